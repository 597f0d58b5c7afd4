import { hasRole } from '../identity/session';
import { lazyPage, type MenuItem, type PageRoute } from '../../ui/lazyPage';

const Dashboard = lazyPage(() => import('../../pages/DashboardPage'), 'DashboardPage', true);
const Quality = lazyPage(() => import('../../pages/QualityIndexPage'), 'QualityIndexPage');
const Maturity = lazyPage(() => import('../../pages/MaturityPage'), 'MaturityPage', true);

/** The operations center pages (dashboard, service-quality index, maturity scoring, reports) and their menu links. */
export const operationsRoutes: PageRoute[] = [['dieu-hanh', Dashboard], ['chi-so-phuc-vu', Quality], ['danh-gia-chinh-quyen-so', Maturity]];
export const operationsMenu: MenuItem[] = [
  { to: '/dieu-hanh', label: 'operations.nav.dashboard', visible: (user) => hasRole(user, 'leader') || hasRole(user, 'admin') },
  { to: '/danh-gia-chinh-quyen-so', label: 'operations.nav.maturity', visible: (user) => hasRole(user, 'leader') || hasRole(user, 'admin') },
  { to: '/chi-so-phuc-vu', label: 'operations.nav.quality', visible: () => true },
];
