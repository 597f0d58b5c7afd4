import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { App, Button, Card, Col, DatePicker, Descriptions, Flex, Form, Input, List, Radio, Result, Row, Skeleton, Table, Tag, Timeline, Typography } from 'antd';
import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { api, ApiError, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { ActionBar } from '../modules/dossiers/ActionBar';
import { fileUrl, type Dossier } from '../modules/dossiers/api';
import { DeadlineTag } from '../modules/dossiers/DeadlineTag';
import { FileUploader } from '../modules/dossiers/FileUploader';
import { StatusTag } from '../modules/dossiers/StatusTag';
import { formatDate } from '../ui/format';
import { useApiAction } from '../ui/useApiAction';

const dateTime = (value: string | null | undefined) => (value ? dayjs(value).format('HH:mm DD/MM/YYYY') : '—');

type PanelProps = { dossier: Dossier; reload: () => Promise<void> };

/** The applicant's draft: contact details, the e-form, and one upload per required document. */
function DraftEditor({ dossier, reload }: PanelProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { run, busy } = useApiAction();
  const save = async (values: { address?: string; phone?: string } & Record<string, string>) => {
    const { address, phone, ...formData } = values;
    const body = {
      applicant: { ...(address ? { address } : {}), ...(phone ? { phone } : {}) },
      formData: Object.fromEntries(Object.entries(formData as Record<string, unknown>)
        .map(([k, v]) => [k, dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : v])
        .filter(([, v]) => typeof v === 'string' && v !== '')),
    };
    if (await run(() => unwrap(api.PATCH('/api/dossiers/{id}', { params: { path: { id: dossier.id } }, body })))) {
      message.success(t('dossier.saved'));
      await reload();
    }
  };
  return (
    <Card title={t('dossier.documents')}>
      <Form name="draft" layout="vertical" onFinish={save}
        initialValues={{
          address: dossier.applicant.address, phone: dossier.applicant.phone,
          ...Object.fromEntries(dossier.formFields.map((f) => [f.name, f.type === 'date' && dossier.formData[f.name] ? dayjs(dossier.formData[f.name]) : dossier.formData[f.name]])),
        }}>
        <Row gutter={12}>
          <Col xs={24} md={16}><Form.Item name="address" label={t('dossier.address')}><Input /></Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="phone" label={t('dossier.phone')}><Input /></Form.Item></Col>
        </Row>
        {dossier.formFields.map((field) => (
          <Form.Item key={field.name} name={field.name} label={field.label} rules={[{ required: !!field.required, message: t('form.required', { field: field.label.toLowerCase() }) }]}>
            {field.type === 'textarea' ? <Input.TextArea rows={3} /> : field.type === 'date' ? <DatePicker format="DD/MM/YYYY" /> : <Input inputMode={field.type === 'number' ? 'numeric' : undefined} />}
          </Form.Item>
        ))}
        <Button htmlType="submit" loading={busy}>{t('dossier.saveDraft')}</Button>
      </Form>
      <DocumentsTable dossier={dossier} reload={reload} />
    </Card>
  );
}

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
        {dossier.formFields.filter((f) => dossier.formData[f.name]).map((f) => (
          <Descriptions.Item key={f.name} label={f.label}>{f.type === 'date' ? formatDate(dossier.formData[f.name]) : dossier.formData[f.name]}</Descriptions.Item>
        ))}
      </Descriptions>
    </Card>
  );
}

/** What was asked, and where to upload it; the clock resumes on "Nộp bổ sung". */
function SupplementPanel({ dossier, reload }: PanelProps) {
  const { t } = useI18n();
  const request = [...dossier.events].reverse().find((e) => e.action === 'request_supplement');
  const [label, setLabel] = useState('');
  return (
    <Card title={t('dossier.supplementRequest')}>
      {request?.note && <Typography.Paragraph>{request.note}</Typography.Paragraph>}
      <Flex gap={8}>
        <Input aria-label={t('dossier.supplementLabel')} placeholder={t('dossier.supplementLabel')} value={label} onChange={(e) => setLabel(e.target.value)} style={{ maxWidth: 360 }} />
        <FileUploader dossierId={dossier.id} kind="supplement" label={label} onUploaded={async () => { setLabel(''); await reload(); }} />
      </Flex>
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

function RatingCard({ dossier, reload }: PanelProps) {
  const { t } = useI18n();
  const { run, busy } = useApiAction();
  if (dossier.rating) return <Card><Typography.Text>{t('dossier.rated')}: <Tag color="green">{t(`rating.${dossier.rating}` as MessageKey)}</Tag></Typography.Text></Card>;
  const rate = async (values: { rating: 'very_satisfied' | 'satisfied' | 'unsatisfied'; comment?: string }) => {
    if (await run(() => unwrap(api.POST('/api/dossiers/{id}/rating', { params: { path: { id: dossier.id } }, body: values })))) await reload();
  };
  return (
    <Card title={t('dossier.rate')}>
      <Form name="rating" layout="vertical" onFinish={rate}>
        <Form.Item name="rating" rules={[{ required: true, message: t('dossier.rate') }]}>
          <Radio.Group options={(['very_satisfied', 'satisfied', 'unsatisfied'] as const).map((r) => ({ value: r, label: t(`rating.${r}`) }))} />
        </Form.Item>
        <Form.Item name="comment" label={t('dossier.ratingComment')}><Input.TextArea rows={2} /></Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>{t('dossier.rate')}</Button>
      </Form>
    </Card>
  );
}

export function DossierPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const [dossier, setDossier] = useState<Dossier | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    try {
      setDossier(await unwrap(api.GET('/api/dossiers/{id}', { params: { path: { id: Number(id) } } })));
    } catch (e) {
      setError(e as ApiError);
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  // Forms are signed right after the action that asks for them: look again until they are ready.
  const pending = dossier?.files.some((f) => !f.ready) ?? false;
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => void load(), 1000);
    return () => clearTimeout(timer);
  }, [pending, dossier, load]);

  if (error) return <Result status="404" title={error.message} />;
  if (!dossier) return <Card><Skeleton active /></Card>;
  const roles = dossier.viewerRoles;
  const official = roles.some((r) => r !== 'applicant');
  const kinds = ['slip', 'result', 'submission', 'supplement'] as const;

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>{dossier.procedureName}</Typography.Title>
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
      {dossier.status === 'draft' && roles.includes('applicant') ? <DraftEditor dossier={dossier} reload={load} /> : <FormAnswers dossier={dossier} />}
      {['submitted', 'received'].includes(dossier.status) && roles.includes('reception') && (
        // The one-stop desk scans the paper documents of a counter or postal dossier.
        <Card title={t('dossier.documents')}><DocumentsTable dossier={dossier} reload={load} /></Card>
      )}
      {dossier.status === 'awaiting_supplement' && (roles.includes('applicant') || roles.includes('reception')) && <SupplementPanel dossier={dossier} reload={load} />}
      {dossier.status === 'processing' && (dossier.actions.includes('forward') || dossier.actions.includes('approve')) && <ResultPanel dossier={dossier} reload={load} />}
      {dossier.status === 'returned' && roles.includes('applicant') && <RatingCard dossier={dossier} reload={load} />}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title={t('dossier.files')} extra={official && dossier.code ? <a href={`/api/dossiers/${dossier.id}/control-sheet.pdf`} target="_blank" rel="noreferrer"><FilePdfOutlined /> {t('dossier.controlSheet')}</a> : null}>
            {kinds.map((kind) => {
              const files = dossier.files.filter((f) => f.kind === kind);
              return files.length === 0 ? null : (
                <List key={kind} size="small" header={<strong>{t(`dossier.fileKind.${kind}` as MessageKey)}</strong>} dataSource={files}
                  renderItem={(f) => (
                    <List.Item actions={[f.ready
                      ? <a key="d" href={fileUrl(dossier.id, f.id)} aria-label={`${t('dossier.download')} ${f.label}`}><DownloadOutlined /> {t('dossier.download')}</a>
                      : <Typography.Text key="d" type="secondary" role="status">{t('dossier.fileSigning')}</Typography.Text>]}>
                      <List.Item.Meta title={f.label} description={`${f.fileName} · ${formatDate(f.createdAt)}`} />
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
                  <div><strong>{t(`status.${e.toStatus}` as MessageKey)}</strong> · {dateTime(e.at)}</div>
                  <Typography.Text type="secondary">{[e.actorName, e.agencyName].filter(Boolean).join(' · ')}</Typography.Text>
                  {e.note && <div>{e.note}</div>}
                </>
              ),
            }))} />
          </Card>
        </Col>
      </Row>
      <Link to={official ? '/lam-viec' : '/ho-so-cua-toi'}>← {official ? t('queue.title') : t('nav.myDossiers')}</Link>
    </Flex>
  );
}
