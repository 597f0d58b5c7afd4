import { hasRole } from '../identity/session';
import { lazyPage, type MenuItem, type PageRoute } from '../../ui/lazyPage';

const Admin = lazyPage(() => import('../../pages/IntegrationAdminPage'), 'IntegrationAdminPage', true);

/** The integration pages and their menu links. */
export const integrationRoutes: PageRoute[] = [['quan-tri/lgsp', Admin]];
export const integrationMenu: MenuItem[] = [
  // The platform is the province admin's; a district admin sees the page refuse, so the link is shown to admins only.
  { to: '/quan-tri/lgsp', label: 'integration.nav', visible: (user) => hasRole(user, 'admin') },
];
