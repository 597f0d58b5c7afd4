import { Link, Outlet, useNavigate } from 'react-router-dom';
import { Button, Dropdown, Flex, Grid, Layout, Typography } from 'antd';
import { BankOutlined, GlobalOutlined, UserOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/i18n';
import { hasRole, useSession } from '../modules/identity/session';
import { NotificationBell } from '../modules/notify/NotificationBell';

export function PortalLayout() {
  const { t, language, setLanguage } = useI18n();
  const { user, logout } = useSession();
  const navigate = useNavigate();
  // On a phone the header keeps to one line: icons stand for the title, the language and the account.
  const narrow = !Grid.useBreakpoint().md;
  const link = { color: '#fff', whiteSpace: 'nowrap' } as const;

  const menu = [
    { key: 'workspace', label: <Link to="/lam-viec">{t('nav.workspace')}</Link> },
    ...(user && user.kind !== 'official' ? [{ key: 'mine', label: <Link to="/ho-so-cua-toi">{t('nav.myDossiers')}</Link> }] : []),
    ...(hasRole(user, 'admin')
      ? [
          { key: 'agencies', label: <Link to="/quan-tri/co-quan">{t('nav.agencies')}</Link> },
          { key: 'users', label: <Link to="/quan-tri/nguoi-dung">{t('nav.users')}</Link> },
        ]
      : []),
    { type: 'divider' as const },
    { key: 'logout', label: t('nav.logout'), onClick: () => void logout().then(() => navigate('/')) },
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#b71c1c', paddingInline: narrow ? 12 : 24 }}>
        <Flex align="center" justify="space-between" gap={12} style={{ height: '100%' }}>
          <Link to="/" aria-label={t('app.title')} style={{ ...link, fontSize: 20, fontWeight: 600 }}>
            <BankOutlined /> {!narrow && t('app.title')}
          </Link>
          <Flex gap={narrow ? 12 : 16} align="center">
            <Link to="/tra-cuu" style={link}>{t('nav.lookup')}</Link>
            {!narrow && user && user.kind !== 'official' && <Link to="/ho-so-cua-toi" style={link}>{t('nav.myDossiers')}</Link>}
            <Button type="text" style={{ color: '#fff' }} icon={<GlobalOutlined />} aria-label={t('nav.language')} onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}>
              {!narrow && t('nav.language')}
            </Button>
            {user && <NotificationBell />}
            {user ? (
              <Dropdown menu={{ items: menu }} trigger={['click']}>
                <Button icon={<UserOutlined />} aria-label={user.fullName}>{!narrow && user.fullName}</Button>
              </Dropdown>
            ) : (
              <>
                <Link to="/dang-nhap" style={link}>{t('nav.login')}</Link>
                <Link to="/dang-ky" style={link}>{t('nav.register')}</Link>
              </>
            )}
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>
        <Typography.Text type="secondary">Tỉnh Số — nền tảng chính quyền điện tử mã nguồn mở</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
