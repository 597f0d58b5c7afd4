import { hasRole } from '../identity/session';
import { lazyPage, type MenuItem, type PageRoute } from '../../ui/lazyPage';

const Public = lazyPage(() => import('../../pages/FeedbackPublicPage'), 'FeedbackPublicPage');
const Send = lazyPage(() => import('../../pages/FeedbackSendPage'), 'FeedbackSendPage');
const Report = lazyPage(() => import('../../pages/FeedbackReportPage'), 'FeedbackReportPage');
const Mine = lazyPage(() => import('../../pages/FeedbackMinePage'), 'FeedbackMinePage');
const Work = lazyPage(() => import('../../pages/FeedbackWorkPage'), 'FeedbackWorkPage', true);
const Case = lazyPage(() => import('../../pages/FeedbackCasePage'), 'FeedbackCasePage', true);
const Unsubscribe = lazyPage(() => import('../../pages/FeedbackUnsubscribePage'), 'FeedbackUnsubscribePage');
const Admin = lazyPage(() => import('../../pages/FeedbackAdminPage'), 'FeedbackAdminPage', true);

/** The feedback pages (phản ánh kiến nghị) and their menu links. The router ranks the fixed paths above `:code`. */
export const feedbackRoutes: PageRoute[] = [
  ['phan-anh', Public], ['phan-anh/gui', Send], ['phan-anh/huy-theo-doi', Unsubscribe], ['phan-anh/xu-ly', Work], ['phan-anh/xu-ly/:id', Case], ['phan-anh/:code', Report],
  ['phan-anh-cua-toi', Mine], ['quan-tri/phan-anh', Admin],
];

const handles = (user: Parameters<MenuItem['visible']>[0]) => (['reception', 'specialist', 'leader', 'admin'] as const).some((role) => hasRole(user, role));

export const feedbackMenu: MenuItem[] = [
  { to: '/phan-anh', label: 'feedback.nav.public', visible: () => true },
  { to: '/phan-anh-cua-toi', label: 'feedback.nav.mine', visible: (user) => user.kind !== 'official' },
  { to: '/phan-anh/xu-ly', label: 'feedback.nav.work', visible: (user) => user.kind === 'official' && handles(user) },
  { to: '/quan-tri/phan-anh', label: 'feedback.nav.admin', visible: (user) => hasRole(user, 'admin') },
];
