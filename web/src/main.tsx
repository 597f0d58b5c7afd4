import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { I18nProvider, useI18n } from './i18n/i18n';
import { SessionProvider } from './modules/identity/session';
import { AppRoutes } from './AppRoutes';
import './styles.css';

function Localized() {
  const { language } = useI18n();
  dayjs.locale(language === 'vi' ? 'vi' : 'en');
  return (
    <ConfigProvider locale={language === 'vi' ? viVN : enUS} theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 6 } }}>
      <AntApp>
        <SessionProvider>
          <AppRoutes />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
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
