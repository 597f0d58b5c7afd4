import { hasRole } from '../identity/session';
import { lazyPage, type MenuItem, type PageRoute } from '../../ui/lazyPage';

const Dashboard = lazyPage(() => import('../../pages/DashboardPage'), 'DashboardPage', true);
const Quality = lazyPage(() => import('../../pages/QualityIndexPage'), 'QualityIndexPage');
const Maturity = lazyPage(() => import('../../pages/MaturityPage'), 'MaturityPage', true);
const OperationsAdmin = lazyPage(() => import('../../pages/OperationsAdminPage'), 'OperationsAdminPage', true);

/** The operations center pages (dashboard, service-quality index, maturity scoring, reports), the admins' operations page, and their menu links. */
export const operationsRoutes: PageRoute[] = [['dieu-hanh', Dashboard], ['chi-so-phuc-vu', Quality], ['danh-gia-chinh-quyen-so', Maturity], ['quan-tri/van-hanh', OperationsAdmin]];
export const operationsMenu: MenuItem[] = [
  { to: '/dieu-hanh', label: 'operations.nav.dashboard', visible: (user) => hasRole(user, 'leader') || hasRole(user, 'admin') },
  { to: '/danh-gia-chinh-quyen-so', label: 'operations.nav.maturity', visible: (user) => hasRole(user, 'leader') || hasRole(user, 'admin') },
  // Platform-wide figures: the server answers the province's admins only (others see its refusal).
  { to: '/quan-tri/van-hanh', label: 'ops.nav', visible: (user) => hasRole(user, 'admin') },
  { to: '/chi-so-phuc-vu', label: 'operations.nav.quality', visible: () => true },
];
