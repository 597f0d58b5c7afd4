import { hasRole } from '../identity/session';
import { lazyPage, type MenuItem, type PageRoute } from '../../ui/lazyPage';

const Catalog = lazyPage(() => import('../../pages/OpenDataPage'), 'OpenDataPage');
const Admin = lazyPage(() => import('../../pages/OpenDataAdminPage'), 'OpenDataAdminPage', true);

/** The open data pages and their menu links. */
export const openDataRoutes: PageRoute[] = [['du-lieu-mo', Catalog], ['quan-tri/du-lieu-mo', Admin]];
export const openDataMenu: MenuItem[] = [
  // The build status is the province admin's; a district admin sees the link refused, so it is shown to admins only.
  { to: '/quan-tri/du-lieu-mo', label: 'opendata.admin.nav', visible: (user) => hasRole(user, 'admin') },
];
