import { useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { hasRole, useSession } from '../modules/identity/session';
import { NotificationBell } from '../modules/notify/NotificationBell';
import { feedbackMenu } from '../modules/feedback/routes';
import { contentMenu } from '../modules/content/routes';
import { openDataMenu } from '../modules/opendata/routes';
import { integrationMenu } from '../modules/integration/routes';
import { interopMenu } from '../modules/interop/routes';
import { mailMenu } from '../modules/mail/routes';
import { operationsMenu } from '../modules/operations/routes';
import { meetingMenu } from '../modules/meetings/routes';
import { BankIcon, GlobeIcon, SearchIcon, UserIcon } from './icons';

/** The portal's public sections, on every page. */
const FOOTER_LINKS: [string, MessageKey][] = [
  ['/tra-cuu', 'nav.lookup'], ['/phan-anh', 'nav.feedback'], ['/hoi-dap', 'nav.questions'], ['/tin-tuc', 'nav.news'],
  ['/du-lieu-mo', 'nav.openData'], ['/chi-so-phuc-vu', 'nav.serviceIndex'],
];

/** Where "Đăng nhập" leads: back to this page once signed in. */
export const loginPath = (from: string) => (from === '/' || from.startsWith('/dang-') ? '/dang-nhap' : `/dang-nhap?tiep=${encodeURIComponent(from)}`);

export function PortalLayout() {
  const { t, language, setLanguage } = useI18n();
  const { user, logout } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const account = useRef<HTMLDetailsElement>(null);
  const here = location.pathname + location.search;
  // A menu left open would cover the next page.
  useEffect(() => account.current?.removeAttribute('open'), [location]);
  // Offline, the installed app shows what it kept: say so.
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">{t('nav.skip')}</a>
      <header className="shell-header">
        <div className="shell-bar">
          <Link to="/" className="shell-brand" aria-label={t('app.title')}><BankIcon /><span className="label-wide">{t('app.title')}</span></Link>
          <nav className="shell-nav" aria-label={t('nav.main')}>
            <Link to="/tra-cuu" aria-label={t('nav.lookup')}><SearchIcon /><span className="label-wide">{t('nav.lookup')}</span></Link>
            <button type="button" onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')} aria-label={t('nav.language')} lang={language === 'vi' ? 'en' : 'vi'}>
              <GlobeIcon /><span className="label-wide">{t('nav.language')}</span>
            </button>
            {user && user.kind !== 'official' && <Link to="/ho-so-cua-toi" className="label-wide-link">{t('nav.myDossiers')}</Link>}
            {user && user.kind === 'official' && <Link to="/lam-viec" className="label-wide-link">{t('nav.workspace')}</Link>}
            {user && <NotificationBell />}
            {user ? (
              <details className="shell-menu" ref={account}>
                <summary aria-label={user.fullName}><UserIcon /><span className="label-wide">{user.fullName}</span></summary>
                <ul className="shell-menu-list">
                  {user.kind === 'official' && <li><Link to="/lam-viec">{t('nav.workspace')}</Link></li>}
                  {user.kind === 'official' && <li><Link to="/van-ban">{t('nav.documents')}</Link></li>}
                  {user.kind !== 'official' && <li><Link to="/ho-so-cua-toi">{t('nav.myDossiers')}</Link></li>}
                  {user.kind !== 'official' && <li><Link to="/lich-hen">{t('nav.appointments')}</Link></li>}
                  {hasRole(user, 'reception') && <li><Link to="/quay">{t('nav.counter')}</Link></li>}
                  <li><Link to="/tai-khoan/thong-bao">{t('notifySettings.title')}</Link></li>
                  <li><Link to="/tai-khoan/bao-mat">{t('nav.security')}</Link></li>
                  {[...feedbackMenu, ...contentMenu, ...openDataMenu, ...integrationMenu, ...interopMenu, ...operationsMenu, ...meetingMenu, ...mailMenu].filter((item) => item.visible(user)).map((item) => <li key={item.to}><Link to={item.to}>{t(item.label)}</Link></li>)}
                  {(hasRole(user, 'finance') || hasRole(user, 'admin')) && <li><Link to="/ke-toan">{t('nav.finance')}</Link></li>}
                  {hasRole(user, 'admin') && (
                    <>
                      <li><Link to="/quan-tri/co-quan">{t('nav.agencies')}</Link></li>
                      <li><Link to="/quan-tri/nguoi-dung">{t('nav.users')}</Link></li>
                      <li><Link to="/quan-tri/thu-tuc/moi">{t('procedure.create')}</Link></li>
                      <li><Link to="/quan-tri/lich">{t('nav.calendar')}</Link></li>
                      <li><Link to="/quan-tri/dang-nhap-mot-lan">{t('nav.sso')}</Link></li>
                    </>
                  )}
                  <li><button type="button" onClick={() => void logout().then(() => navigate('/'))}>{t('nav.logout')}</button></li>
                </ul>
              </details>
            ) : (
              <>
                <Link to={loginPath(here)}>{t('nav.login')}</Link>
                <Link to="/dang-ky" className="label-wide-link">{t('nav.register')}</Link>
              </>
            )}
          </nav>
        </div>
      </header>
      {!online && <div className="shell-offline" role="status">{t('app.offline')}</div>}
      <main id="main" className="shell-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="shell-footer">
        <nav aria-label={t('nav.footer')}>
          <ul className="shell-footer-links">
            {FOOTER_LINKS.map(([to, label]) => <li key={to}><Link to={to}>{t(label)}</Link></li>)}
          </ul>
        </nav>
        <p>Tỉnh Số — nền tảng chính quyền điện tử mã nguồn mở</p>
      </footer>
    </div>
  );
}
