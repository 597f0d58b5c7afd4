import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Steps, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { api, ApiError, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { formatDays, formatVnd } from '../ui/format';
import { levelKey, onlineKey, roleKey } from '../ui/labels';
import { hasRole, useSession } from '../modules/identity/session';
import { useApiAction } from '../ui/useApiAction';

type Procedure = Reply<'/api/procedures/{id}', 'get'>;
type Workflow = Reply<'/api/procedures/{id}/workflow', 'get'>;

export function ProcedurePage() {
  const { t } = useI18n();
  const { id } = useParams();
  const [procedure, setProcedure] = useState<Procedure | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [workflow, setWorkflow] = useState<Workflow | null>(null);
  const { user } = useSession();
  const navigate = useNavigate();
  const { run, busy } = useApiAction();

  useEffect(() => {
    setProcedure(null);
    setError(null);
    unwrap(api.GET('/api/procedures/{id}', { params: { path: { id: Number(id) } } }))
      .then(setProcedure)
      .catch((e: ApiError) => setError(e));
    unwrap(api.GET('/api/procedures/{id}/workflow', { params: { path: { id: Number(id) } } })).then(setWorkflow).catch(() => setWorkflow(null));
  }, [id]);

  const apply = async () => {
    if (!user) return navigate('/dang-nhap');
    const draft = await run(() => unwrap(api.POST('/api/dossiers', { body: { procedureId: Number(id) } })));
    if (draft) navigate(`/ho-so/${draft.id}`);
  };

  if (error) return <Result status="404" title={error.message} extra={<Link to="/">{t('catalog.back')}</Link>} />;
  if (!procedure) return <Card><Skeleton active /></Card>;

  return (
    <Card>
      <Link to="/"><ArrowLeftOutlined /> {t('catalog.back')}</Link>
      <Typography.Title level={2}>{procedure.name}</Typography.Title>
      <Flex gap={8} style={{ marginBottom: 16 }}>
        {user?.kind !== 'official' && (
          <Button type="primary" size="large" loading={busy} onClick={() => void apply()}>{user ? t('catalog.apply') : t('catalog.loginToApply')}</Button>
        )}
        {hasRole(user, 'admin') && <Button onClick={() => navigate(`/quan-tri/quy-trinh/${procedure.id}`)}>{t('catalog.editWorkflow')}</Button>}
      </Flex>
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
      {workflow && (
        <>
          <Typography.Title level={4} style={{ marginTop: 24 }}>{t('catalog.workflow')}</Typography.Title>
          <Steps size="small" current={-1} items={workflow.steps.map((s) => ({ title: s.name, description: `${t(roleKey(s.role))} · ${s.timeShare}%` }))} />
        </>
      )}
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
