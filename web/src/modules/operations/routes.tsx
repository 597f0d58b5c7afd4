import type { MenuItem, PageRoute } from '../../ui/lazyPage';

/** The operations center pages (dashboard, service-quality index, maturity scoring, reports) and their menu links. */
export const operationsRoutes: PageRoute[] = [];
export const operationsMenu: MenuItem[] = [];
