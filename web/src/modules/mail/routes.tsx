import { hasRole } from '../identity/session';
import { lazyPage, type MenuItem, type PageRoute } from '../../ui/lazyPage';

const Admin = lazyPage(() => import('../../pages/MailAdminPage'), 'MailAdminPage', true);

/** The official mail pages and their menu links. */
export const mailRoutes: PageRoute[] = [['quan-tri/thu-cong-vu', Admin]];
export const mailMenu: MenuItem[] = [
  { to: '/quan-tri/thu-cong-vu', label: 'mail.nav', visible: (user) => hasRole(user, 'admin') },
];
