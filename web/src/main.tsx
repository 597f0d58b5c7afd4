import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { I18nProvider, useI18n } from './i18n/i18n';
import { SessionProvider } from './modules/identity/session';
import { AppRoutes } from './AppRoutes';
import './ui/kit.css';
import './styles.css';

function Localized() {
  const { language } = useI18n();
  dayjs.locale(language === 'vi' ? 'vi' : 'en');
  return (
    <SessionProvider>
      <AppRoutes />
    </SessionProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <I18nProvider>
        <Localized />
      </I18nProvider>
    </BrowserRouter>
  </StrictMode>,
);
