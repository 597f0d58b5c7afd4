import type { MenuItem, PageRoute } from '../../ui/lazyPage';

/** The open data pages and their menu links. */
export const openDataRoutes: PageRoute[] = [];
export const openDataMenu: MenuItem[] = [];
