import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { filterOption, isoDay, leadersOf, type Directory, type DocTypeCode, type DocTypes } from './api';
import { useFormAction } from './useFormAction';
import { provinceToday } from '../../ui/format';

type IncomingValues = {
  agencyId: number; docType: DocTypeCode; numberSymbol: string; issuedOn: Dayjs; issuerName: string; issuerCode?: string;
  summary: string; urgency: number; confidentiality: number; dueOn?: Dayjs | null; leaderId: number;
};

type IncomingFormProps = { open: boolean; onClose: () => void; agencies: { id: number; name: string }[]; types?: DocTypes; directory?: Directory };

/** The clerk registers a document that came on paper: its number, issuer and summary, and the leader it goes to. */
export function IncomingForm({ open, onClose, agencies, types, directory }: IncomingFormProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { run, busy } = useFormAction();
  const [form] = Form.useForm<IncomingValues>();
  const agencyId = Form.useWatch('agencyId', { form, preserve: true }) as number | undefined;
  const leaders = leadersOf(directory, agencyId);
  useEffect(() => {
    // The agency's only leader is the one to choose.
    if (open && leaders.length === 1 && !form.getFieldValue('leaderId')) form.setFieldValue('leaderId', leaders[0]!.id);
  }, [open, leaders, form]);

  const required = (label: string) => [{ required: true, whitespace: true, message: t('form.required', { field: label.toLowerCase() }) }];
  const submit = async (v: IncomingValues) => {
    const created = await run(form, () => unwrap(api.POST('/api/documents/incoming', {
      body: {
        agencyId: v.agencyId ?? (form.getFieldValue('agencyId') as number), docType: v.docType, numberSymbol: v.numberSymbol.trim(), issuedOn: isoDay(v.issuedOn)!, issuerName: v.issuerName.trim(),
        issuerCode: v.issuerCode?.trim() || null, summary: v.summary.trim(), urgency: v.urgency, confidentiality: v.confidentiality,
        dueOn: isoDay(v.dueOn), leaderId: v.leaderId,
      },
    })), { DOCUMENT_PERSON_INVALID: 'leaderId', DOCUMENT_TYPE_UNKNOWN: 'docType' });
    if (!created) return;
    message.success(t('doc.registered'));
    onClose();
    navigate(`/van-ban/${created.id}`);
  };

  return (
    <Modal title={t('doc.registerIncoming')} open={open} onCancel={onClose} onOk={() => form.submit()} okText={t('doc.register')} cancelText={t('common.cancel')}
      confirmLoading={busy} destroyOnHidden width={720}>
      <Form<IncomingValues> name="incoming" form={form} layout="vertical" onFinish={submit}
        initialValues={{ agencyId: agencies[0]?.id, docType: 'CV', urgency: 0, confidentiality: 0, issuedOn: provinceToday() }}>
        {agencies.length > 1 && (
          <Form.Item name="agencyId" label={t('doc.agency')} rules={required(t('doc.agency'))}>
            <Select options={agencies.map((a) => ({ value: a.id, label: a.name }))} onChange={() => form.setFieldValue('leaderId', undefined)} />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="docType" label={t('doc.type')} rules={required(t('doc.type'))}>
              <Select showSearch={{ filterOption }} options={(types?.types ?? []).map((x) => ({ value: x.code, label: x.name }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="numberSymbol" label={t('doc.numberSymbol')} extra={t('doc.numberSymbolHint')} rules={required(t('doc.numberSymbol'))}>
              <Input maxLength={60} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="issuedOn" label={t('doc.issuedOn')} rules={[{ required: true, message: t('form.required', { field: t('doc.issuedOn').toLowerCase() }) }]}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(provinceToday(), 'day')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="dueOn" label={t('doc.dueOn')}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="issuerName" label={t('doc.issuer')} rules={required(t('doc.issuer'))}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="issuerCode" label={t('doc.issuerCode')} rules={[{ min: 3, max: 35, message: t('doc.issuerCodeHint') }]}>
              <Input maxLength={35} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="summary" label={t('doc.summary')} rules={required(t('doc.summary'))}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="urgency" label={t('doc.urgency')}>
              <Select options={(types?.urgency ?? []).map((label, value) => ({ value, label }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="confidentiality" label={t('doc.confidentiality')} extra={t('doc.confidentialityHint')}>
              <Select options={(types?.confidentiality ?? []).map((label, value) => ({ value, label }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="leaderId" label={t('doc.leader')} rules={[{ required: true, message: t('form.required', { field: t('doc.leader').toLowerCase() }) }]}>
          <Select showSearch={{ filterOption }} options={leaders.map((p) => ({ value: p.id, label: p.fullName }))} notFoundContent={t('doc.noLeaders')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
