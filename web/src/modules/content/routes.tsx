import type { MenuItem, PageRoute } from '../../ui/lazyPage';

/** The portal's content pages (questions and answers, news, open data) and their menu links. */
export const contentRoutes: PageRoute[] = [];
export const contentMenu: MenuItem[] = [];
