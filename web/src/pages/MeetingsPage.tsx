import { useEffect, useState } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { Alert, Button, Card, Flex, List, Tag, Typography } from 'antd';
import { api, ApiError, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { hasRole, useSession } from '../modules/identity/session';
import { meetingSpan, type MeetingPage } from '../modules/meetings/api';
import { PageTitle } from '../ui/PageTitle';

/** The meetings an official's agencies organise or attend, newest first; leaders schedule new ones. */
export function MeetingsPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const [page, setPage] = useState(1);
  const [data, setData] = useState<MeetingPage>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    unwrap(api.GET('/api/meetings', { params: { query: { page, pageSize: 20 } } })).then(setData).catch((e: unknown) => setError((e as ApiError).message));
  }, [page]);
  if (loading) return null;
  if (user?.kind !== 'official') return <Navigate to="/dang-nhap?tiep=/hop-truc-tuyen" replace />;
  return (
    <Card title={<PageTitle text={t('meetings.title')} />} extra={<Link to="/hop-truc-tuyen/thong-ke">{t('meetings.statistics')}</Link>}>
      {hasRole(user, 'leader') && <Link to="/hop-truc-tuyen/to-chuc"><Button type="primary" style={{ marginBottom: 16 }}>{t('meetings.schedule')}</Button></Link>}
      {error ? <Alert type="error" showIcon message={error} /> : (
        <List loading={!data} dataSource={data?.items ?? []} locale={{ emptyText: t('meetings.empty') }}
          pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
          renderItem={(m) => (
            <List.Item key={m.id} style={{ display: 'block' }}>
              <Flex vertical gap={4}>
                <Link to={`/hop-truc-tuyen/${m.id}`} style={{ fontWeight: 600 }}>{m.title}</Link>
                <Typography.Text type="secondary">{meetingSpan(m)} · {m.agencyName}</Typography.Text>
                <Flex gap={4} wrap>
                  <Tag color="blue">{t('meetings.levels', { n: m.levels })}</Tag>
                  <Tag>{t('meetings.endpointsCount', { present: m.present.toLocaleString('vi-VN'), total: m.endpoints.toLocaleString('vi-VN') })}</Tag>
                  {m.invitationNumber && <Tag>{t('meetings.invitation')} {m.invitationNumber}</Tag>}
                  {m.minutesNumber && <Tag color="green">{t('meetings.minutes')} {m.minutesNumber}</Tag>}
                </Flex>
              </Flex>
            </List.Item>
          )} />
      )}
    </Card>
  );
}
