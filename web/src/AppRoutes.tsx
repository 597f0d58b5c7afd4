import { Suspense, type ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PortalLayout } from './ui/PortalLayout';
import { lazyPage } from './ui/lazyPage';
import { feedbackRoutes } from './modules/feedback/routes';
import { contentRoutes } from './modules/content/routes';
import { openDataRoutes } from './modules/opendata/routes';
import { integrationRoutes } from './modules/integration/routes';
import { interopRoutes } from './modules/interop/routes';
import { mailRoutes } from './modules/mail/routes';
import { operationsRoutes } from './modules/operations/routes';
import { meetingRoutes } from './modules/meetings/routes';

const Home = lazyPage(() => import('./pages/HomePage'), 'HomePage');
const Procedure = lazyPage(() => import('./pages/ProcedurePage'), 'ProcedurePage');
const Login = lazyPage(() => import('./pages/LoginPage'), 'LoginPage');
const ForgotPassword = lazyPage(() => import('./pages/PasswordResetPage'), 'ForgotPasswordPage');
const ResetPassword = lazyPage(() => import('./pages/PasswordResetPage'), 'ResetPasswordPage');
const Register = lazyPage(() => import('./pages/RegisterPage'), 'RegisterPage');
const Workspace = lazyPage(() => import('./pages/WorkspacePage'), 'WorkspacePage', true);
const Agencies = lazyPage(() => import('./pages/AgenciesPage'), 'AgenciesPage', true);
const Users = lazyPage(() => import('./pages/UsersPage'), 'UsersPage', true);
const ProcedureEditor = lazyPage(() => import('./pages/ProcedureEditorPage'), 'ProcedureEditorPage', true);
const Workflow = lazyPage(() => import('./pages/WorkflowPage'), 'WorkflowPage', true);
const Calendar = lazyPage(() => import('./pages/CalendarPage'), 'CalendarPage', true);
const Dossier = lazyPage(() => import('./pages/DossierPage'), 'DossierPage');
const MyDossiers = lazyPage(() => import('./pages/MyDossiersPage'), 'MyDossiersPage');
const Lookup = lazyPage(() => import('./pages/LookupPage'), 'LookupPage');
const Counter = lazyPage(() => import('./pages/CounterPage'), 'CounterPage', true);
const Reports = lazyPage(() => import('./pages/ReportsPage'), 'ReportsPage', true);
const PaymentResult = lazyPage(() => import('./pages/PaymentResultPage'), 'PaymentResultPage');
const Finance = lazyPage(() => import('./pages/FinancePage'), 'FinancePage', true);
const Booking = lazyPage(() => import('./pages/BookingPage'), 'BookingPage');
const MyAppointments = lazyPage(() => import('./pages/BookingPage'), 'MyAppointmentsPage');
const QueueScreen = lazyPage(() => import('./pages/QueueScreenPage'), 'QueueScreenPage');
const CounterDesk = lazyPage(() => import('./pages/CounterDeskPage'), 'CounterDeskPage', true);
const FormDesigner = lazyPage(() => import('./pages/FormDesignerPage'), 'FormDesignerPage', true);
const NotificationSettings = lazyPage(() => import('./pages/NotificationSettingsPage'), 'NotificationSettingsPage');
const Documents = lazyPage(() => import('./pages/DocumentsPage'), 'DocumentsPage', true);
const DocumentView = lazyPage(() => import('./pages/DocumentPage'), 'DocumentPage', true);
const DocumentDraft = lazyPage(() => import('./pages/DocumentDraftPage'), 'DocumentDraftPage', true);
const Security = lazyPage(() => import('./pages/SecurityPage'), 'SecurityPage');
const SsoConsent = lazyPage(() => import('./pages/SsoConsentPage'), 'SsoConsentPage');
const EidLink = lazyPage(() => import('./pages/EidLinkPage'), 'EidLinkPage');
const SsoAdmin = lazyPage(() => import('./pages/SsoAdminPage'), 'SsoAdminPage', true);
const NotFound = lazyPage(() => import('./pages/NotFoundPage'), 'NotFoundPage');
/** The background-jobs page became part of the operations page: old bookmarks land there. */
const JobsMoved = () => <Navigate to="/quan-tri/van-hanh" replace />;

const routes: [string | undefined, ComponentType][] = [
  [undefined, Home], ['thu-tuc/:id', Procedure], ['dang-nhap', Login], ['dang-ky', Register], ['quen-mat-khau', ForgotPassword], ['dat-lai-mat-khau', ResetPassword], ['lam-viec', Workspace],
  ['quan-tri/co-quan', Agencies], ['quan-tri/nguoi-dung', Users], ['quan-tri/thu-tuc/moi', ProcedureEditor], ['quan-tri/thu-tuc/:id', ProcedureEditor], ['quan-tri/quy-trinh/:id', Workflow], ['quan-tri/lich', Calendar],
  ['quan-tri/cong-viec', JobsMoved], ['ho-so/:id', Dossier], ['ho-so-cua-toi', MyDossiers], ['tra-cuu', Lookup],
  ['tiep-nhan-tai-quay', Counter], ['bao-cao', Reports], ['thanh-toan/ket-qua', PaymentResult], ['ke-toan', Finance],
  ['dat-lich/:id', Booking], ['lich-hen', MyAppointments], ['man-hinh/:id', QueueScreen], ['quay', CounterDesk], ['quan-tri/bieu-mau/:id', FormDesigner], ['tai-khoan/thong-bao', NotificationSettings], ['tai-khoan/bao-mat', Security], ['sso/dong-y/:uid', SsoConsent], ['dang-nhap/lien-ket-dinh-danh', EidLink], ['quan-tri/dang-nhap-mot-lan', SsoAdmin],
  ['van-ban', Documents], ['van-ban/moi', DocumentDraft], ['van-ban/:id', DocumentView], ['van-ban/:id/sua', DocumentDraft], ...feedbackRoutes, ...contentRoutes, ...openDataRoutes, ...integrationRoutes, ...interopRoutes, ...operationsRoutes, ...meetingRoutes, ...mailRoutes, ['*', NotFound],
];

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PortalLayout />}>
        {routes.map(([path, Page]) => {
          const element = <Suspense fallback={<div className="page-loading" role="status" />}><Page /></Suspense>;
          return path ? <Route key={path} path={path} element={element} /> : <Route key="index" index element={element} />;
        })}
      </Route>
    </Routes>
  );
}
