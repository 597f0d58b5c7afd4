import { Route, Routes } from 'react-router-dom';
import { Result } from 'antd';
import { PortalLayout } from './ui/PortalLayout';
import { HomePage } from './pages/HomePage';
import { ProcedurePage } from './pages/ProcedurePage';
import { LoginPage } from './pages/LoginPage';
import { RegisterPage } from './pages/RegisterPage';
import { WorkspacePage } from './pages/WorkspacePage';
import { AgenciesPage } from './pages/AgenciesPage';
import { UsersPage } from './pages/UsersPage';
import { useI18n } from './i18n/i18n';
import { DossierPage } from './pages/DossierPage';
import { MyDossiersPage } from './pages/MyDossiersPage';
import { LookupPage } from './pages/LookupPage';
import { CounterPage } from './pages/CounterPage';
import { WorkflowPage } from './pages/WorkflowPage';
import { CalendarPage } from './pages/CalendarPage';
import { ReportsPage } from './pages/ReportsPage';
import { JobsPage } from './pages/JobsPage';

export function AppRoutes() {
  const { t } = useI18n();
  return (
    <Routes>
      <Route element={<PortalLayout />}>
        <Route index element={<HomePage />} />
        <Route path="thu-tuc/:id" element={<ProcedurePage />} />
        <Route path="dang-nhap" element={<LoginPage />} />
        <Route path="dang-ky" element={<RegisterPage />} />
        <Route path="lam-viec" element={<WorkspacePage />} />
        <Route path="quan-tri/co-quan" element={<AgenciesPage />} />
        <Route path="quan-tri/nguoi-dung" element={<UsersPage />} />
        <Route path="quan-tri/quy-trinh/:id" element={<WorkflowPage />} />
        <Route path="quan-tri/lich" element={<CalendarPage />} />
        <Route path="quan-tri/cong-viec" element={<JobsPage />} />
        <Route path="ho-so/:id" element={<DossierPage />} />
        <Route path="ho-so-cua-toi" element={<MyDossiersPage />} />
        <Route path="tra-cuu" element={<LookupPage />} />
        <Route path="tiep-nhan-tai-quay" element={<CounterPage />} />
        <Route path="bao-cao" element={<ReportsPage />} />
        <Route path="*" element={<Result status="404" title="404" subTitle={t('common.notFound')} />} />
      </Route>
    </Routes>
  );
}
