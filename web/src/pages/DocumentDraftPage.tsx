import { useEffect, useMemo, useState } from 'react';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, Skeleton } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, ApiError, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import {
  agenciesWith, day, EXTERNAL_ORGANS, filterOption, fold, isoDay, leadersOf, useDirectory, useDocumentTypes,
  type DocTypeCode, type DocumentDetail, type DraftBody,
} from '../modules/documents/api';
import { useFormAction } from '../modules/documents/useFormAction';
import { useSession } from '../modules/identity/session';
import { PageTitle } from '../ui/PageTitle';
import { provinceToday } from '../ui/format';

type Agency = Reply<'/api/agencies', 'get'>['items'][number];
type DraftValues = {
  agencyId: number; docType: DocTypeCode; summary: string; body?: string; urgency: number; unitSymbol?: string; recipients: string[];
  dueOn?: Dayjs | null; signerId: number; signerPosition: string; signerCompetence?: string;
};

// A recipient in the picker: an agency on the platform ("a:12") or an organ over the national axis ("o:000.00.00.G09").
const agencyKey = (id: number) => `a:${id}`;
const organKey = (organId: string) => `o:${organId}`;
const toRecipient = (key: string): DraftBody['recipients'][number] => {
  if (key.startsWith('a:')) return { agencyId: Number(key.slice(2)) };
  const organ = EXTERNAL_ORGANS.find((o) => organKey(o.organId) === key);
  return { organId: organ?.organId ?? key.slice(2), organName: organ?.organName ?? key.slice(2) };
};

/** The usual title of the head of an agency: Giám đốc of a Sở, Chủ tịch of a people's committee. */
const defaultPosition = (agency: Agency | undefined) => (agency && (agency.kind === 'department' || /^Sở\b/.test(agency.name)) ? 'Giám đốc' : 'Chủ tịch');

/** The drafter composes an outgoing document (dự thảo), or edits their draft: content, recipients and who signs it. */
export function DocumentDraftPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id } = useParams();
  const [params] = useSearchParams();
  const { user, loading } = useSession();
  const { run, busy } = useFormAction();
  const [form] = Form.useForm<DraftValues>();
  const editingId = id ? Number(id) : undefined;
  const replyTo = params.get('traLoi') ? Number(params.get('traLoi')) : undefined;
  const dossierId = params.get('hoSo') ? Number(params.get('hoSo')) : undefined;

  const drafterAgencies = useMemo(() => agenciesWith(user, 'specialist', 'leader'), [user]);
  const types = useDocumentTypes();
  const directory = useDirectory(drafterAgencies.length > 0);
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [editing, setEditing] = useState<DocumentDetail | null>();
  const [answered, setAnswered] = useState<DocumentDetail['document'] | null>();
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    unwrap(api.GET('/api/agencies')).then((found) => setAgencies(found.items)).catch(() => undefined);
  }, []);
  useEffect(() => {
    if (!editingId) return setEditing(null);
    unwrap(api.GET('/api/documents/{id}', { params: { path: { id: editingId } } })).then(setEditing)
      .catch((e: unknown) => setFailure(e instanceof ApiError ? e.message : t('common.error')));
  }, [editingId, t]);
  useEffect(() => {
    if (!replyTo || editingId) return setAnswered(null);
    unwrap(api.GET('/api/documents/{id}', { params: { path: { id: replyTo } } })).then((found) => setAnswered(found.document))
      .catch((e: unknown) => setFailure(e instanceof ApiError ? e.message : t('common.error')));
  }, [replyTo, editingId, t]);

  const agencyId = (Form.useWatch('agencyId', { form, preserve: true }) as number | undefined) ?? editing?.document.agencyId;
  const docType = Form.useWatch('docType', form);
  const leaders = leadersOf(directory, agencyId);
  const ready = editing !== undefined && answered !== undefined && agencies.length > 0;

  // The first values, once everything they come from has arrived.
  const [filled, setFilled] = useState(false);
  useEffect(() => {
    if (!ready || filled || !types) return;
    if (editing) {
      const d = editing.document;
      form.setFieldsValue({
        agencyId: d.agencyId, docType: d.docType as DocTypeCode, summary: d.summary, body: d.body ?? '', urgency: d.urgency, unitSymbol: d.unitSymbol ?? undefined,
        recipients: editing.recipients.map((r) => (r.agencyId ? agencyKey(r.agencyId) : organKey(r.organId))),
        dueOn: d.dueOn ? dayjs(d.dueOn) : null, signerId: d.signerId ?? undefined, signerPosition: d.signerPosition ?? '', signerCompetence: d.signerCompetence ?? undefined,
      });
    } else {
      const own = answered && drafterAgencies.some((a) => a.id === answered.agencyId) ? answered.agencyId : drafterAgencies[0]?.id;
      const values: Partial<DraftValues> = { agencyId: own, docType: 'CV', urgency: 0, recipients: [], signerPosition: defaultPosition(agencies.find((a) => a.id === own)) };
      if (answered) {
        // A reply goes back to whoever sent the document, when they are on the platform or reached over the axis.
        const issuer = agencies.find((a) => a.id !== own && ((answered.issuerCode && a.code === answered.issuerCode) || fold(a.name) === fold(answered.issuerName ?? '')));
        const organ = EXTERNAL_ORGANS.find((o) => o.organId === answered.issuerCode || fold(o.organName) === fold(answered.issuerName ?? ''));
        values.recipients = issuer ? [agencyKey(issuer.id)] : organ ? [organKey(organ.organId)] : [];
        const typeName = types.types.find((x) => x.code === answered.docType)?.name ?? '';
        // The summary is part of the official document: always in Vietnamese.
        values.summary = `V/v trả lời ${typeName} số ${answered.numberSymbol ?? ''} ngày ${day(answered.issuedOn)} của ${answered.issuerName ?? ''}`.replace(/\s+/g, ' ');
      }
      form.setFieldsValue(values);
    }
    setFilled(true);
  }, [ready, filled, types, editing, answered, agencies, drafterAgencies, form]);
  useEffect(() => {
    // The agency's only leader signs unless someone else is chosen.
    if (filled && leaders.length === 1 && !form.getFieldValue('signerId')) form.setFieldValue('signerId', leaders[0]!.id);
  }, [filled, leaders, form]);

  if (loading) return null;
  if (!user) return <Navigate to={`/dang-nhap?tiep=${encodeURIComponent(window.location.pathname + window.location.search)}`} replace />;
  const title = editingId ? t('doc.editDraft') : replyTo ? t('doc.composeReply') : t('doc.compose');
  if (drafterAgencies.length === 0) return <Card title={<PageTitle text={title} />}><Alert type="warning" showIcon message={t('doc.drafterOnly')} /></Card>;
  if (failure) return <Card title={<PageTitle text={title} />}><Alert type="error" showIcon message={failure} /></Card>;
  if (editing && (editing.document.status !== 'draft' || editing.document.createdBy !== user.id)) {
    return <Card title={<PageTitle text={title} />}><Alert type="warning" showIcon message={t('doc.notEditable')} /><Link to={`/van-ban/${editing.document.id}`}>{t('doc.backToDocument')}</Link></Card>;
  }

  const recipientOptions = [
    ...agencies.filter((a) => a.id !== agencyId).map((a) => ({ value: agencyKey(a.id), label: a.name })),
    ...EXTERNAL_ORGANS.map((o) => ({ value: organKey(o.organId), label: `${o.organName} (${t('doc.viaAxis')})` })),
  ];
  const required = (label: string) => [{ required: true, whitespace: true, message: t('form.required', { field: label.toLowerCase() }) }];
  const choose = (label: string) => [{ required: true, message: t('doc.choose', { field: label.toLowerCase() }) }];
  const codes = { DOCUMENT_PERSON_INVALID: 'signerId', DOCUMENT_RECIPIENT_INVALID: 'recipients', DOCUMENT_NO_RECIPIENTS: 'recipients', DOCUMENT_TYPE_UNKNOWN: 'docType' };

  const save = async (v: DraftValues) => {
    const fields = {
      docType: v.docType, summary: v.summary.trim(), body: v.body ?? '', urgency: v.urgency, confidentiality: 0,
      unitSymbol: v.docType === 'CV' && v.unitSymbol?.trim() ? v.unitSymbol.trim() : null, recipients: v.recipients.map(toRecipient),
      signerId: v.signerId, signerPosition: v.signerPosition.trim(), signerCompetence: v.signerCompetence?.trim() || null, dueOn: isoDay(v.dueOn),
    };
    if (editing) {
      const d = editing.document;
      const done = await run(form, () => unwrap(api.PUT('/api/documents/{id}', { params: { path: { id: d.id } }, body: { ...fields, version: d.version } })), codes);
      if (!done) return;
      message.success(t('doc.saved'));
      navigate(`/van-ban/${d.id}`);
      return;
    }
    const created = await run(form, () => unwrap(api.POST('/api/documents', {
      body: { ...fields, agencyId: v.agencyId ?? (form.getFieldValue('agencyId') as number), ...(dossierId ? { dossierId } : {}), ...(answered ? { respondsTo: answered.id } : {}) },
    })), codes);
    if (!created) return;
    message.success(t('doc.saved'));
    navigate(`/van-ban/${created.id}`);
  };

  return (
    <Card title={<PageTitle text={title} />} style={{ maxWidth: 880, margin: '0 auto' }}>
      {!filled ? <Skeleton active /> : (
        <Form<DraftValues> name="draft" form={form} layout="vertical" onFinish={save}
          onValuesChange={(changed: Partial<DraftValues>) => {
            if (changed.agencyId === undefined) return;
            // Another agency: its own head signs, under the usual title, unless the drafter already wrote one.
            form.setFieldValue('signerId', undefined);
            if (!form.isFieldTouched('signerPosition')) form.setFieldValue('signerPosition', defaultPosition(agencies.find((a) => a.id === changed.agencyId)));
          }}>
          {answered && (
            <Alert type="info" showIcon style={{ marginBottom: 16 }}
              message={<>{t('doc.replyingTo')}: <Link to={`/van-ban/${answered.id}`} style={{ textDecoration: 'underline' }}>{answered.numberSymbol ?? answered.summary}</Link> · {answered.issuerName}</>} />
          )}
          {dossierId && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={<>{t('doc.resultOfDossier')}: <Link to={`/ho-so/${dossierId}`} style={{ textDecoration: 'underline' }}>{t('doc.openDossier')}</Link></>} />}
          {!editing && drafterAgencies.length > 1 && (
            <Form.Item name="agencyId" label={t('doc.agency')} rules={choose(t('doc.agency'))}>
              <Select options={drafterAgencies.map((a) => ({ value: a.id, label: a.name }))} disabled={!!answered} />
            </Form.Item>
          )}
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="docType" label={t('doc.type')} rules={choose(t('doc.type'))}>
                <Select showSearch={{ filterOption }} options={(types?.types ?? []).map((x) => ({ value: x.code, label: x.name }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="urgency" label={t('doc.urgency')}>
                <Select options={(types?.urgency ?? []).map((label, value) => ({ value, label }))} />
              </Form.Item>
            </Col>
          </Row>
          {docType === 'CV' && (
            <Form.Item name="unitSymbol" label={t('doc.unitSymbol')} extra={t('doc.unitSymbolHint')}
              rules={[{ pattern: /^[A-ZĐ][A-ZĐa-z0-9]{0,9}$/, message: t('doc.unitSymbolHint') }]}>
              <Input maxLength={10} autoComplete="off" style={{ maxWidth: 200 }} />
            </Form.Item>
          )}
          <Form.Item name="summary" label={t('doc.summary')} rules={required(t('doc.summary'))}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item name="body" label={t('doc.body')} extra={t('doc.bodyHint')}>
            <Input.TextArea rows={10} maxLength={100_000} />
          </Form.Item>
          <Form.Item name="recipients" label={t('doc.recipients')} rules={[{ required: true, type: 'array', min: 1, message: t('doc.choose', { field: t('doc.recipients').toLowerCase() }) }]}>
            <Select mode="multiple" showSearch={{ filterOption }} options={recipientOptions} />
          </Form.Item>
          <Form.Item name="dueOn" label={t('doc.replyDue')}>
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%', maxWidth: 240 }} disabledDate={(d) => d.isBefore(provinceToday(), 'day')} />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item name="signerId" label={t('doc.signer')} rules={choose(t('doc.signer'))}>
                <Select showSearch={{ filterOption }} options={leaders.map((p) => ({ value: p.id, label: p.fullName }))} notFoundContent={t('doc.noLeaders')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="signerPosition" label={t('doc.signerPosition')} rules={required(t('doc.signerPosition'))}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="signerCompetence" label={t('doc.signerCompetence')} extra={t('doc.signerCompetenceHint')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
          <Flex gap={8} wrap>
            <Button type="primary" htmlType="submit" loading={busy}>{t('doc.saveDraft')}</Button>
            <Button onClick={() => navigate(editing ? `/van-ban/${editing.document.id}` : '/van-ban')}>{t('common.cancel')}</Button>
          </Flex>
        </Form>
      )}
    </Card>
  );
}
