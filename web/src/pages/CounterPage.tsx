import { useEffect, useMemo, useState } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import { App, Button, Card, Checkbox, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { api, ApiError, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../modules/identity/session';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';

type Procedure = Reply<'/api/procedures/{id}', 'get'>;
type CounterForm = {
  procedureId: number; fullName: string; identityNumber?: string; dateOfBirth?: dayjs.Dayjs; address?: string; phone?: string; documents?: string[];
} & Record<string, unknown>;


/** Searching without diacritics, as on the portal: "khai sinh" finds "Đăng ký khai sinh". */
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** The one-stop desk receives a walk-in applicant's paper dossier and prints the receipt. */
export function CounterPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { user, loading } = useSession();
  const { run, busy } = useApiAction();
  const [form] = Form.useForm<CounterForm>();
  const desks = useMemo(() => (user?.roles ?? []).filter((r) => r.role === 'reception' && r.agencyId !== null), [user]);
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [procedure, setProcedure] = useState<Procedure | null>(null);
  const procedureId = Form.useWatch('procedureId', form);
  const [lookingUp, setLookingUp] = useState(false);

  useEffect(() => {
    void Promise.all(desks.map((d) => unwrap(api.GET('/api/procedures', { params: { query: { agencyId: d.agencyId!, pageSize: 100 } } }))))
      .then((pages) => setOptions(pages.flatMap((p) => p.items.map((i) => ({ value: i.id, label: `${i.name} (${i.nationalCode})` })))));
  }, [desks]);
  useEffect(() => {
    if (procedureId) void unwrap(api.GET('/api/procedures/{id}', { params: { path: { id: procedureId } } })).then(setProcedure);
  }, [procedureId]);

  if (loading) return null;
  if (desks.length === 0) return <Navigate to="/lam-viec" replace />;

  const receive = async (values: CounterForm) => {
    const formData = Object.fromEntries((procedure?.formFields ?? []).map((f) => {
      const v = values[`field_${f.name}`];
      return [f.name, dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : String(v ?? '')];
    }).filter(([, v]) => v !== ''));
    const applicant = Object.fromEntries(Object.entries({ fullName: values.fullName, identityNumber: values.identityNumber, address: values.address, phone: values.phone })
      .filter(([, v]) => v)) as { fullName: string };
    const created = await run(() => unwrap(api.POST('/api/counter/dossiers', { body: { procedureId: values.procedureId, applicant, formData, documents: values.documents ?? [] } })));
    if (!created) return;
    message.success(t('counter.received', { code: created.code ?? '' }));
    // The dossier's page offers the receipt to print as soon as it is signed.
    navigate(`/ho-so/${created.id}?in-giay-hen=1`);
  };
  // The national population database, through the integration platform: the applicant's name, date of birth and address.
  const lookUp = async () => {
    const identityNumber = String(form.getFieldValue('identityNumber') ?? '').trim();
    const showError = (text: string) => form.setFields([{ name: 'identityNumber', errors: [text] }]);
    if (!/^[0-9]{12}$/.test(identityNumber)) return showError(t('interop.lookup.invalid'));
    setLookingUp(true);
    try {
      const person = await unwrap(api.GET('/api/registries/citizens/{idNumber}', { params: { path: { idNumber: identityNumber } } }));
      // The applicant's own date of birth, for the desk to check the papers against (an e-form's dates are about its subject, not filled from here).
      form.setFieldsValue({ fullName: person.fullName, dateOfBirth: dayjs(person.dateOfBirth), address: person.address });
      form.setFields([{ name: 'identityNumber', errors: [] }]);
      message.success(t('interop.lookup.filled', { name: person.fullName }));
    } catch (error) {
      showError(error instanceof ApiError ? error.message : t('common.error'));
    } finally {
      setLookingUp(false);
    }
  };
  const required = (label: string) => [{ required: true, message: t('form.required', { field: label.toLowerCase() }) }];

  return (
    <Card title={<PageTitle text={t('counter.title')} />} style={{ maxWidth: 820, margin: '0 auto' }}>
      <Form<CounterForm> name="counter" form={form} layout="vertical" onFinish={receive}>
        <Form.Item name="procedureId" label={t('counter.procedure')} rules={required(t('counter.procedure'))}>
          <Select showSearch options={options} filterOption={(input, option) => fold(String(option?.label ?? '')).includes(fold(input))} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}><Form.Item name="fullName" label={t('auth.fullName')} rules={required(t('auth.fullName'))}><Input /></Form.Item></Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('auth.identityNumber')} required={false} style={{ marginBottom: 0 }}>
              <Flex gap={8} wrap>
                <Form.Item name="identityNumber" noStyle rules={[{ pattern: /^[0-9]{9,13}$/, message: t('auth.identityNumber') }]}>
                  <Input aria-label={t('auth.identityNumber')} inputMode="numeric" autoComplete="off" style={{ flex: '1 1 140px' }} />
                </Form.Item>
                <Button onClick={() => void lookUp()} loading={lookingUp}>{t('interop.lookup.button')}</Button>
              </Flex>
              <Form.Item shouldUpdate noStyle>
                {() => form.getFieldError('identityNumber').map((e) => <div key={e} role="alert" className="ant-form-item-explain-error">{e}</div>)}
              </Form.Item>
            </Form.Item>
          </Col>
          <Col xs={24} md={8}><Form.Item name="dateOfBirth" label={t('interop.lookup.dateOfBirth')}><DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} /></Form.Item></Col>
          <Col xs={24} md={16}><Form.Item name="address" label={t('dossier.address')}><Input /></Form.Item></Col>
          <Col xs={24} md={12}><Form.Item name="phone" label={t('dossier.phone')} rules={[{ pattern: /^[0-9+ ]{9,15}$/, message: t('dossier.phone') }]}><Input /></Form.Item></Col>
        </Row>
        {(procedure?.formFields ?? []).map((f) => (
          <Form.Item key={f.name} name={`field_${f.name}`} label={f.label} rules={f.required ? required(f.label) : []}>
            {f.type === 'date' ? <DatePicker format="DD/MM/YYYY" /> : f.type === 'textarea' ? <Input.TextArea rows={2} /> : <Input />}
          </Form.Item>
        ))}
        {procedure && (
          <Form.Item name="documents" label={t('counter.checklist')} extra={t('counter.checklistHint')}
            rules={[{ validator: async (_rule, ticked: string[] = []) => {
              const missing = procedure.documents.filter((d) => !d.optional && !ticked.includes(d.name));
              if (missing.length) throw new Error(t('counter.checklistMissing', { names: missing.map((d) => d.name).join('; ') }));
            } }]}>
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              options={procedure.documents.map((d) => ({ value: d.name, label: `${d.name} (${t('catalog.originalCopies', { original: d.original, copies: d.copies })})${d.optional ? ` — ${t('dossier.optional')}` : ''}` }))} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={busy}>{t('counter.receive')}</Button>
      </Form>
    </Card>
  );
}
