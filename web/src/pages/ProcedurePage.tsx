import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Card, Descriptions, Result, Skeleton, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { api, ApiError, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { formatDays, formatVnd } from '../ui/format';
import { levelKey, onlineKey } from '../ui/labels';

type Procedure = Reply<'/api/procedures/{id}', 'get'>;

export function ProcedurePage() {
  const { t } = useI18n();
  const { id } = useParams();
  const [procedure, setProcedure] = useState<Procedure | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    setProcedure(null);
    setError(null);
    unwrap(api.GET('/api/procedures/{id}', { params: { path: { id: Number(id) } } }))
      .then(setProcedure)
      .catch((e: ApiError) => setError(e));
  }, [id]);

  if (error) return <Result status="404" title={error.message} extra={<Link to="/">{t('catalog.back')}</Link>} />;
  if (!procedure) return <Card><Skeleton active /></Card>;

  return (
    <Card>
      <Link to="/"><ArrowLeftOutlined /> {t('catalog.back')}</Link>
      <Typography.Title level={2}>{procedure.name}</Typography.Title>
      <Descriptions bordered column={1} size="middle" styles={{ label: { width: 260 } }}>
        <Descriptions.Item label={t('catalog.code')}>{procedure.nationalCode}</Descriptions.Item>
        <Descriptions.Item label={t('catalog.agency')}>{procedure.agencyName} ({procedure.agencyCode})</Descriptions.Item>
        <Descriptions.Item label={t('catalog.level')}>{t(levelKey(procedure.level))}</Descriptions.Item>
        <Descriptions.Item label={t('catalog.field')}>{procedure.fieldName}</Descriptions.Item>
        <Descriptions.Item label={t('catalog.processingTime')}>{t('catalog.workingDays', { days: formatDays(procedure.processingDays) })}</Descriptions.Item>
        <Descriptions.Item label={t('catalog.fee')}>
          {procedure.feeVnd ? formatVnd(procedure.feeVnd) : t('catalog.free')}
          {procedure.feeNote ? <Typography.Text type="secondary"> — {procedure.feeNote}</Typography.Text> : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('catalog.onlineLevel')}>
          <Tag color={procedure.onlineLevel === 'full' ? 'green' : 'blue'}>{t(onlineKey(procedure.onlineLevel))}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('catalog.result')}>{procedure.result}</Descriptions.Item>
        <Descriptions.Item label={t('catalog.legalBasis')}>{procedure.legalBasis}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={4} style={{ marginTop: 24 }}>{t('catalog.documents')}</Typography.Title>
      <Table
        rowKey="name"
        pagination={false}
        dataSource={procedure.documents}
        columns={[
          { title: '#', render: (_v, _r, i) => i + 1, width: 50 },
          { title: t('catalog.documentName'), dataIndex: 'name' },
          { title: t('catalog.original'), dataIndex: 'original', width: 100 },
          { title: t('catalog.copies'), dataIndex: 'copies', width: 100 },
        ]}
      />
    </Card>
  );
}
