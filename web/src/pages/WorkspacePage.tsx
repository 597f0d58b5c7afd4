import { Navigate, useNavigate } from 'react-router-dom';
import { Button, Card, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { ApartmentOutlined, BarChartOutlined, CalendarOutlined, ClusterOutlined, FileTextOutlined, TeamOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/i18n';
import { hasRole, useSession } from '../modules/identity/session';
import { roleKey } from '../ui/labels';
import { QueueCard } from '../modules/dossiers/QueueCard';
import { useDocumentTitle } from '../ui/kit';

export function WorkspacePage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const navigate = useNavigate();
  useDocumentTitle(t('nav.workspace'));
  if (loading) return <Card><Skeleton active /></Card>;
  if (!user) return <Navigate to="/dang-nhap" replace />;
  const official = user.roles.filter((r) => r.agencyId !== null);

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={1} style={{ marginTop: 0, fontSize: 24 }}>{t('auth.welcome', { name: user.fullName })}</Typography.Title>
        <Typography.Text type="secondary">{t('workspace.title')} · {user.username}</Typography.Text>
      </Card>
      <Card title={t('workspace.roles')}>
        {user.kind !== 'official' ? (
          <Typography.Paragraph>{t('workspace.citizen')}</Typography.Paragraph>
        ) : (
          <List
            locale={{ emptyText: t('workspace.noRoles') }}
            dataSource={official}
            renderItem={(grant) => (
              <List.Item>
                <List.Item.Meta title={grant.agencyName} description={grant.agencyCode} />
                <Tag color="red">{t(roleKey(grant.role))}</Tag>
              </List.Item>
            )}
          />
        )}
      </Card>
      {(hasRole(user, 'reception') || hasRole(user, 'specialist') || hasRole(user, 'leader')) && <QueueCard reception={hasRole(user, 'reception')} />}
      {user.kind === 'official' && (
        <Flex gap={8} wrap="wrap">
          <Button icon={<FileTextOutlined />} onClick={() => navigate('/van-ban')}>{t('nav.documents')}</Button>
          <Button icon={<BarChartOutlined />} onClick={() => navigate('/bao-cao')}>{t('nav.reports')}</Button>
        </Flex>
      )}
      {hasRole(user, 'admin') && (
        <Flex gap={8} wrap="wrap">
          <Button icon={<ApartmentOutlined />} onClick={() => navigate('/quan-tri/co-quan')}>{t('nav.agencies')}</Button>
          <Button icon={<TeamOutlined />} onClick={() => navigate('/quan-tri/nguoi-dung')}>{t('nav.users')}</Button>
          <Button icon={<CalendarOutlined />} onClick={() => navigate('/quan-tri/lich')}>{t('nav.calendar')}</Button>
          <Button icon={<ClusterOutlined />} onClick={() => navigate('/quan-tri/van-hanh')}>{t('ops.nav')}</Button>
        </Flex>
      )}
    </Flex>
  );
}
