import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Col, Descriptions, Flex, Input, List, Row, Table, Tag, Timeline, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { useApiAction } from '../../ui/useApiAction';
import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { ActionBar } from './ActionBar';
import { fileUrl, type Dossier } from './api';
import { DeadlineTag } from './DeadlineTag';
import { FileUploader } from './FileUploader';
import { OfficialFee } from '../payments/OfficialFee';
import { StatusTag } from './StatusTag';
import { formatDate } from '../../ui/format';
import { useDocumentTitle } from '../../ui/kit';

const dateTime = (value: string | null | undefined) => (value ? dayjs(value).format('HH:mm DD/MM/YYYY') : '—');

type PanelProps = { dossier: Dossier; reload: () => Promise<void> };

/** The procedure's required documents with what is attached to each, and an upload per document. */
function DocumentsTable({ dossier, reload }: PanelProps) {
  const { t } = useI18n();
  const uploaded = (name: string) => dossier.files.filter((f) => f.kind === 'submission' && f.label === name);
  return (
    <>
      <Table
        style={{ marginTop: 16 }}
        rowKey="name"
        pagination={false}
        dataSource={dossier.procedureDocuments}
        columns={[
          { title: t('catalog.documentName'), dataIndex: 'name', render: (name: string, doc) => <>{name}{doc.optional ? <Typography.Text type="secondary"> ({t('dossier.optional')})</Typography.Text> : null}</> },
          { title: t('dossier.files'), render: (_, doc) => uploaded(doc.name).map((f) => <div key={f.id}><a href={fileUrl(dossier.id, f.id)}>{f.fileName}</a></div>) },
          { title: '', width: 140, render: (_, doc) => <FileUploader dossierId={dossier.id} kind="submission" label={doc.name} onUploaded={reload} /> },
        ]}
      />
      <Typography.Text type="secondary">{t('dossier.uploadHint')}</Typography.Text>
    </>
  );
}

/** The applicant's details and e-form answers, as submitted. */
function FormAnswers({ dossier }: { dossier: Dossier }) {
  const { t } = useI18n();
  const a = dossier.applicant;
  return (
    <Card title={t('dossier.form')}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('dossier.applicant')}>{a.fullName}</Descriptions.Item>
        {a.identityNumber && <Descriptions.Item label={t('auth.identityNumber')}>{a.identityNumber}</Descriptions.Item>}
        {a.address && <Descriptions.Item label={t('dossier.address')}>{a.address}</Descriptions.Item>}
        {a.phone && <Descriptions.Item label={t('dossier.phone')}>{a.phone}</Descriptions.Item>}
        {a.email && <Descriptions.Item label={t('auth.email')}>{a.email}</Descriptions.Item>}
        {dossier.formFields.filter((f) => dossier.formDisplay[f.name]).map((f) => (
          <Descriptions.Item key={f.name} label={f.label}><span style={{ whiteSpace: 'pre-line' }}>{dossier.formDisplay[f.name]}</span></Descriptions.Item>
        ))}
      </Descriptions>
    </Card>
  );
}

/** What was asked, and where to upload it; the clock resumes on "Nộp bổ sung". */
function SupplementPanel({ dossier, reload }: PanelProps) {
  const { t } = useI18n();
  const request = [...dossier.events].reverse().find((e) => e.action === 'request_supplement');
  // The desk receives the papers asked for (an applicant bringing them to the counter): one upload per item.
  const items = request?.items.length ? request.items : [t('dossier.supplementOther')];
  return (
    <Card title={t('dossier.supplementRequest')}>
      {request?.note && <Typography.Paragraph>{request.note}</Typography.Paragraph>}
      <List size="small" dataSource={items} renderItem={(item) => {
        const files = dossier.files.filter((f) => f.kind === 'supplement' && f.label === item);
        return (
          <List.Item actions={[<FileUploader key="u" dossierId={dossier.id} kind="supplement" label={item} onUploaded={reload} />]}>
            <List.Item.Meta title={item} description={files.map((f) => f.fileName).join(', ') || undefined} />
          </List.Item>
        );
      }} />
    </Card>
  );
}

/** The specialist attaches the result before forwarding it for approval. */
function ResultPanel({ dossier, reload }: PanelProps) {
  const { t } = useI18n();
  const [label, setLabel] = useState('Kết quả giải quyết');
  return (
    <Card title={t('dossier.uploadResult')}>
      <Flex gap={8}>
        <Input aria-label={t('dossier.resultLabel')} value={label} onChange={(e) => setLabel(e.target.value)} style={{ maxWidth: 360 }} />
        <FileUploader dossierId={dossier.id} kind="result" label={label} buttonLabel={t('dossier.uploadResult')} onUploaded={reload} />
      </Flex>
    </Card>
  );
}

/** A result sent by post: where, under which consignment, and how delivery went (the desk records it). */
function PostalDelivery({ dossier, setDossier }: { dossier: Dossier; setDossier: (dossier: Dossier) => void }) {
  const { t } = useI18n();
  const { run, busy } = useApiAction();
  const record = async (status: 'delivered' | 'failed') => {
    const updated = await run(() => unwrap(api.POST('/api/dossiers/{id}/delivery', { params: { path: { id: dossier.id } }, body: { status } })));
    if (updated) setDossier(updated);
  };
  const canRecord = dossier.status === 'returned' && dossier.consignmentNumber && dossier.viewerRoles.includes('reception');
  return (
    <Card title={t('delivery.byPost')} extra={canRecord && (
      <Flex gap={8} wrap="wrap">
        <Button loading={busy} onClick={() => void record('delivered')}>{t('delivery.markDelivered')}</Button>
        <Button loading={busy} danger onClick={() => void record('failed')}>{t('delivery.markFailed')}</Button>
      </Flex>
    )}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('delivery.address')}>{dossier.deliveryAddress}</Descriptions.Item>
        {dossier.consignmentNumber && <Descriptions.Item label={t('delivery.consignment')}>{dossier.consignmentNumber}</Descriptions.Item>}
        {dossier.deliveryStatus && <Descriptions.Item label={t('dossier.status')}>{t(`delivery.status.${dossier.deliveryStatus}` as MessageKey)} · {dateTime(dossier.deliveryUpdatedAt)}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}

/** A dossier as the officials who work on it see it: their actions, the files, the history. */
export function OfficialDossier({ dossier, reload, setDossier }: PanelProps & { setDossier: (dossier: Dossier) => void }) {
  const { t } = useI18n();
  const load = reload;
  const [params] = useSearchParams();
  useDocumentTitle(dossier.code ? `${dossier.code} · ${dossier.procedureName}` : dossier.procedureName);
  // Just received at the counter: the receipt to print, as soon as it is signed.
  const receipt = params.has('in-giay-hen') ? dossier.files.find((f) => f.label === 'Mẫu 01') : undefined;
  const roles = dossier.viewerRoles;
  const kinds = ['slip', 'result', 'submission', 'supplement'] as const;

  return (
    <Flex vertical gap={16}>
      {receipt && (
        <Alert type="success" showIcon message={t('counter.received', { code: dossier.code ?? '' })}
          description={receipt.ready
            ? <a href={fileUrl(dossier.id, receipt.id)} target="_blank" rel="noreferrer" className="ant-btn ant-btn-primary" style={{ marginTop: 8 }}><FilePdfOutlined /> {t('counter.printReceipt')}</a>
            : <span role="status">{t('dossier.fileSigning')}</span>} />
      )}
      <Card>
        <Typography.Title level={1} style={{ marginTop: 0, fontSize: 24 }}>{dossier.procedureName}</Typography.Title>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('dossier.code')}>{dossier.code ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('dossier.status')}>
            <StatusTag status={dossier.status} />
            {dossier.outcome === 'refused' && <Tag color="red">{t('dossier.outcomeRefused')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('dossier.applicant')}>{dossier.applicant.fullName}</Descriptions.Item>
          <Descriptions.Item label={t('dossier.receivingAgency')}>{dossier.receivingAgencyName} · {t(`dossier.channel.${dossier.channel}` as MessageKey)}</Descriptions.Item>
          <Descriptions.Item label={t('dossier.receivedAt')}>{dateTime(dossier.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('dossier.dueAt')}>{dateTime(dossier.dueAt)}</Descriptions.Item>
          {dossier.extendedDueAt && <Descriptions.Item label={t('dossier.extendedDueAt')}>{dateTime(dossier.extendedDueAt)}</Descriptions.Item>}
          {dossier.stepName && <Descriptions.Item label={t('dossier.step')}>{dossier.stepName} · {dossier.currentAgencyName}</Descriptions.Item>}
          {(dossier.workingDaysLeft !== null || dossier.pausedAt) && (
            <Descriptions.Item label={t('dossier.daysLeft')}><DeadlineTag workingDaysLeft={dossier.workingDaysLeft} paused={!!dossier.pausedAt} /></Descriptions.Item>
          )}
          {dossier.closedReason && <Descriptions.Item label={t('dossier.reason')}>{dossier.closedReason}</Descriptions.Item>}
        </Descriptions>
        <div style={{ marginTop: 16 }}><ActionBar dossier={dossier} onDone={setDossier} /></div>
      </Card>
      <FormAnswers dossier={dossier} />
      <OfficialFee dossier={dossier} reload={load} />
      {dossier.resultDelivery === 'post' && <PostalDelivery dossier={dossier} setDossier={setDossier} />}
      {['submitted', 'received'].includes(dossier.status) && roles.includes('reception') && (
        // The one-stop desk scans the paper documents of a counter or postal dossier.
        <Card title={t('dossier.documents')}><DocumentsTable dossier={dossier} reload={load} /></Card>
      )}
      {dossier.status === 'awaiting_supplement' && roles.includes('reception') && <SupplementPanel dossier={dossier} reload={load} />}
      {dossier.status === 'processing' && (dossier.actions.includes('forward') || dossier.actions.includes('approve')) && <ResultPanel dossier={dossier} reload={load} />}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title={t('dossier.files')} extra={dossier.code ? <a href={`/api/dossiers/${dossier.id}/control-sheet.pdf`} target="_blank" rel="noreferrer"><FilePdfOutlined /> {t('dossier.controlSheet')}</a> : null}>
            {kinds.map((kind) => {
              const files = dossier.files.filter((f) => f.kind === kind);
              return files.length === 0 ? null : (
                <List key={kind} size="small" header={<strong>{t(`dossier.fileKind.${kind}` as MessageKey)}</strong>} dataSource={files}
                  renderItem={(f) => (
                    <List.Item actions={[f.ready
                      ? <a key="d" href={fileUrl(dossier.id, f.id)} aria-label={`${t('dossier.download')} ${f.label}`}><DownloadOutlined /> {t('dossier.download')}</a>
                      : <Typography.Text key="d" type="secondary" role="status">{t('dossier.fileSigning')}</Typography.Text>]}>
                      <List.Item.Meta title={f.label} description={`${f.fileName} · ${formatDate(f.createdAt)}${f.reusedFrom ? ` · ${t('store.reusedFrom', { reference: f.reusedFrom.reference })}` : ''}`} />
                    </List.Item>
                  )} />
              );
            })}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('dossier.history')}>
            <Timeline items={dossier.events.map((e) => ({
              children: (
                <>
                  <div><strong>{t(`status.${e.toStatus}` as MessageKey)}</strong>{e.stepName ? ` · ${e.stepName}` : ''} · {dateTime(e.at)}</div>
                  <Typography.Text type="secondary">{[e.actorName, e.agencyName].filter(Boolean).join(' · ')}</Typography.Text>
                  {e.note && <div>{e.note}</div>}
                </>
              ),
            }))} />
          </Card>
        </Col>
      </Row>
      <Link to="/lam-viec">← {t('queue.title')}</Link>
    </Flex>
  );
}
