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
        <Route path="*" element={<Result status="404" title="404" subTitle={t('common.notFound')} />} />
      </Route>
    </Routes>
  );
}
