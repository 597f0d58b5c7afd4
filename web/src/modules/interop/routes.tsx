import { hasRole } from '../identity/session';
import { lazyPage, type MenuItem, type PageRoute } from '../../ui/lazyPage';

const SyncAdmin = lazyPage(() => import('../../pages/InteropSyncPage'), 'InteropSyncPage', true);

/** The interop pages and their menu links. */
export const interopRoutes: PageRoute[] = [['quan-tri/dong-bo', SyncAdmin]];
export const interopMenu: MenuItem[] = [
  // The sync is the province admin's; a district admin sees the page refuse them, so the link is shown to admins only.
  { to: '/quan-tri/dong-bo', label: 'interop.admin.nav', visible: (user) => hasRole(user, 'admin') },
];
