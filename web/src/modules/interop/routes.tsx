import type { MenuItem, PageRoute } from '../../ui/lazyPage';

/** The interop pages and their menu links. */
export const interopRoutes: PageRoute[] = [];
export const interopMenu: MenuItem[] = [];
