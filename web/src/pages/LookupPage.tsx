import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Card, Descriptions, Flex, Input, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { StatusTag } from '../modules/dossiers/StatusTag';
import { useApiAction } from '../ui/useApiAction';

type Lookup = Reply<'/api/public/dossiers/{code}', 'get'>;
const when = (value: string | null) => (value ? dayjs(value).format('HH:mm DD/MM/YYYY') : '—');

/** Anyone, without an account: the status of a dossier from the code on its receipt. */
export function LookupPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [found, setFound] = useState<Lookup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { busy } = useApiAction();
  const search = async (code: string) => {
    const trimmed = code.trim();
    setParams(trimmed ? { ma: trimmed } : {}, { replace: true });
    setFound(null);
    setError(null);
    if (!trimmed) return;
    try {
      setFound(await unwrap(api.GET('/api/public/dossiers/{code}', { params: { path: { code: trimmed } } })));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Card title={t('lookup.title')} style={{ maxWidth: 820, margin: '0 auto' }}>
      <Flex vertical gap={16}>
        <Input.Search aria-label={t('lookup.label')} placeholder={t('lookup.placeholder')} enterButton={t('lookup.search')} size="large"
          defaultValue={params.get('ma') ?? ''} loading={busy} onSearch={(code) => void search(code)} />
        {error && <Alert type="warning" showIcon message={error} />}
        {found && (
          <Descriptions bordered column={1} size="middle">
            <Descriptions.Item label={t('dossier.code')}><Typography.Text strong>{found.code}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label={t('dossier.procedure')}>{found.procedureName}</Descriptions.Item>
            <Descriptions.Item label={t('dossier.status')}><StatusTag status={found.status} /></Descriptions.Item>
            <Descriptions.Item label={t('dossier.receivingAgency')}>{found.agencyName}</Descriptions.Item>
            <Descriptions.Item label={t('dossier.currentAgency')}>{found.currentAgencyName}</Descriptions.Item>
            <Descriptions.Item label={t('dossier.receivedAt')}>{when(found.receivedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('dossier.dueAt')}>{when(found.dueAt)}</Descriptions.Item>
            {found.extendedDueAt && <Descriptions.Item label={t('dossier.extendedDueAt')}>{when(found.extendedDueAt)}</Descriptions.Item>}
            {found.onTime !== null && (
              <Descriptions.Item label={t('dossier.onTime')}>
                <Tag color={found.onTime ? 'green' : 'red'}>{found.onTime ? t('dossier.onTime') : t('dossier.late')}</Tag>
              </Descriptions.Item>
            )}
          </Descriptions>
        )}
      </Flex>
    </Card>
  );
}
