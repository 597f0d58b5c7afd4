import { useCallback, useEffect, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Flex, Tag, Typography, message } from 'antd';
import dayjs from 'dayjs';
import { api, ApiError, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { hasRole, useSession } from '../modules/identity/session';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';
import { fileSize } from './OpenDataPage';

type Statuses = Reply<'/api/opendata/builds', 'get'>['items'];
const when = (value: string | null) => (value ? dayjs(value).format('DD/MM/YYYY HH:mm') : null);

/** The province admin: when each open data set was built, why the last build failed, and a rebuild now. */
export function OpenDataAdminPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const { run } = useApiAction();
  const [items, setItems] = useState<Statuses>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setItems((await unwrap(api.GET('/api/opendata/builds'))).items);
    } catch (e) {
      setError((e as ApiError).message);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  if (loading) return null;
  if (!hasRole(user, 'admin')) return <Navigate to="/dang-nhap" replace />;
  if (error) return <Alert type="error" showIcon message={error} />;

  const refresh = async (dataset?: string) => {
    setBusy(dataset ?? '*');
    const done = await run(() => unwrap(api.POST('/api/opendata/refresh', { body: dataset ? { dataset } : {} })));
    setBusy(null);
    if (done) {
      setItems(done.items);
      void message.success(t('opendata.admin.refreshed'));
    }
  };
  return (
    <Flex vertical gap={16}>
      <Card title={<PageTitle text={t('opendata.admin.title')} />}
        extra={<Button loading={busy === '*'} onClick={() => void refresh()}>{t('opendata.admin.refreshAll')}</Button>}>
        <Typography.Paragraph><a href="/du-lieu-mo">{t('opendata.title')}</a></Typography.Paragraph>
      </Card>
      {items?.map((s) => (
        <Card key={s.dataset} title={s.title} extra={<Button type="primary" loading={busy === s.dataset} onClick={() => void refresh(s.dataset)}>{t('opendata.admin.refresh')}</Button>}>
          <Descriptions column={1} size="small" items={[
            { key: 'success', label: t('opendata.admin.lastSuccess'), children: when(s.lastSuccessAt) ?? t('opendata.admin.never') },
            { key: 'next', label: t('opendata.admin.nextDue'), children: when(s.nextDueAt) },
            {
              key: 'error', label: t('opendata.admin.lastError'),
              children: s.lastError ? <Tag color="red" style={{ whiteSpace: 'normal' }}>{when(s.lastErrorAt)}: {s.lastError}</Tag> : <Tag color="green">{t('opendata.admin.noError')}</Tag>,
            },
            { key: 'count', label: t('opendata.admin.builds'), children: s.buildCount.toLocaleString('vi-VN') },
            ...s.files.map((f) => ({
              key: f.format, label: f.format.toUpperCase(),
              children: `${fileSize(f.size)} · ${f.rowCount.toLocaleString('vi-VN')} ${t('opendata.rows').toLowerCase()} · ${when(f.modifiedAt)}`,
            })),
          ]} />
        </Card>
      ))}
    </Flex>
  );
}
