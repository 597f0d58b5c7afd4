import type { MenuItem, PageRoute } from '../../ui/lazyPage';

/** The integration pages and their menu links. */
export const integrationRoutes: PageRoute[] = [];
export const integrationMenu: MenuItem[] = [];
