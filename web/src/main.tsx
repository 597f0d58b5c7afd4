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

// WCAG AA (4.5:1) for every text colour on white and on the tags' light backgrounds (see styles.css).
const THEME = {
  token: {
    colorPrimary: '#b71c1c', borderRadius: 6, colorLink: '#0958d9', colorInfo: '#0958d9', colorSuccess: '#237804',
    colorWarning: '#ad4e00', colorError: '#c41d1d', colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)', colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  },
};

function Localized() {
  const { language } = useI18n();
  dayjs.locale(language === 'vi' ? 'vi' : 'en');
  return (
    <ConfigProvider locale={language === 'vi' ? viVN : enUS} theme={THEME}>
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
