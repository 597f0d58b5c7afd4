import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import { useI18n } from '../i18n/i18n';

// WCAG AA (4.5:1) for every text colour on white and on the tags' light backgrounds (see styles.css).
const THEME = {
  token: {
    colorPrimary: '#b71c1c', borderRadius: 6, colorLink: '#0958d9', colorInfo: '#0958d9', colorSuccess: '#237804',
    colorWarning: '#ad4e00', colorError: '#c41d1d', colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)', colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  },
};

/** Ant Design's locale, theme and message context, for the officers' and admins' screens that use it. */
export function AntdScope({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  return (
    <ConfigProvider locale={language === 'vi' ? viVN : enUS} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
