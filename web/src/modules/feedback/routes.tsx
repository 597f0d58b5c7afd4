import type { MenuItem, PageRoute } from '../../ui/lazyPage';

/** The feedback pages (phản ánh kiến nghị) and their menu links. */
export const feedbackRoutes: PageRoute[] = [];
export const feedbackMenu: MenuItem[] = [];
