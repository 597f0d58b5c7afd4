import { useEffect, useMemo, useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { App, Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Row, Select, Skeleton, Switch, TreeSelect, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { buildAgencyTree, useAgencies } from '../modules/identity/agencies';
import { hasRole, useSession } from '../modules/identity/session';
import { levelKey, onlineKey } from '../ui/labels';
import { PageTitle } from '../ui/PageTitle';
import { FeeScheduleEditor, scheduleForm, scheduleOf, type ScheduleForm } from '../modules/payments/FeeScheduleEditor';
import { useApiAction } from '../ui/useApiAction';

type Procedure = Reply<'/api/procedures/{id}', 'get'>;
type Fields = Reply<'/api/procedure-fields', 'get'>['items'];
type ProcedureForm = Omit<Procedure, 'id' | 'fieldName' | 'agencyName' | 'agencyCode' | 'feeNote'> & { feeNote?: string };

const EMPTY: Partial<ProcedureForm> = {
  level: 'commune', onlineLevel: 'partial', feeVnd: 0, processingDays: 1, documents: [{ name: '', original: 1, copies: 0 }],
  published: false, feeSchedule: { lines: [], exemptions: [], payWhen: 'before_reception' } as never, legalBasis: '', steps: '', result: '', applicants: '', conditions: '',
};

/**
 * The province IT admin creates and edits a procedure of the catalog: its particulars, fees, documents,
 * the e-form an applicant fills in online, legal basis and the other sections of the national portal.
 * The workflow is edited on its own page, linked from here.
 */
export function ProcedureEditorPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const creating = id === undefined;
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { user, loading } = useSession();
  const { run, busy } = useApiAction();
  const [form] = Form.useForm<ProcedureForm>();
  const [fields, setFields] = useState<Fields>([]);
  const [loaded, setLoaded] = useState<Procedure | null>(null);
  const { agencies } = useAgencies();
  const tree = useMemo(() => buildAgencyTree(agencies), [agencies]);

  useEffect(() => {
    unwrap(api.GET('/api/procedure-fields')).then((body) => setFields(body.items)).catch(() => undefined);
  }, []);
  useEffect(() => {
    if (creating) return;
    unwrap(api.GET('/api/procedures/{id}', { params: { path: { id: Number(id) } } })).then((p) => {
      setLoaded(p);
      form.setFieldsValue({ ...p, feeNote: p.feeNote ?? undefined, feeSchedule: scheduleForm(p.feeSchedule) as never });
    }).catch(() => undefined);
  }, [creating, id, form]);

  if (loading) return null;
  if (!hasRole(user, 'admin')) return <Navigate to="/" replace />;
  if (!creating && !loaded) return <Card><Skeleton active /></Card>;

  const save = async (values: ProcedureForm) => {
    const body = {
      ...values,
      feeNote: values.feeNote?.trim() || null,
      documents: values.documents.map((d) => ({ ...d, name: d.name.trim(), ...(d.note?.trim() ? { note: d.note.trim() } : { note: undefined }) })),
      formFields: undefined,
      feeSchedule: scheduleOf(values.feeSchedule as unknown as ScheduleForm),
    };
    const saved = await run(() => creating
      ? unwrap(api.POST('/api/admin/procedures', { body }))
      : unwrap(api.PATCH('/api/admin/procedures/{id}', { params: { path: { id: Number(id) } }, body })));
    if (!saved) return;
    message.success(t('procedure.saved'));
    navigate(`/thu-tuc/${saved.id}`);
  };
  const required = (label: string) => [{ required: true, message: t('form.required', { field: label.toLowerCase() }) }];
  const title = creating ? t('procedure.create') : `${t('procedure.edit')}: ${loaded!.name}`;

  return (
    <Card title={<PageTitle text={title} />} extra={!creating && <Link to={`/quan-tri/quy-trinh/${id}`}>{t('catalog.editWorkflow')}</Link>} style={{ maxWidth: 980, margin: '0 auto' }}>
      <Form<ProcedureForm> name="procedure" form={form} layout="vertical" onFinish={save} initialValues={EMPTY} scrollToFirstError>
        <Row gutter={12}>
          <Col xs={24} md={8}><Form.Item name="nationalCode" label={t('catalog.code')} extra={t('procedure.codeHint')} rules={[...required(t('catalog.code')), { pattern: /^[0-9]\.[0-9]{6}(\..+)?$/, message: t('procedure.codeHint') }]}><Input /></Form.Item></Col>
          <Col xs={24} md={16}><Form.Item name="name" label={t('catalog.name')} rules={[...required(t('catalog.name')), { min: 5 }]}><Input /></Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="fieldCode" label={t('catalog.field')} rules={required(t('catalog.field'))}><Select showSearch optionFilterProp="label" options={fields.map((f) => ({ value: f.code, label: f.name }))} /></Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="level" label={t('catalog.level')} rules={required(t('catalog.level'))}><Select options={(['province', 'district', 'commune'] as const).map((l) => ({ value: l, label: t(levelKey(l)) }))} /></Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="agencyId" label={t('catalog.agency')} rules={required(t('catalog.agency'))}><TreeSelect treeData={tree} treeDefaultExpandAll showSearch treeNodeFilterProp="title" /></Form.Item></Col>
          <Col xs={12} md={6}><Form.Item name="processingDays" label={t('procedure.processingDays')} rules={required(t('procedure.processingDays'))}><InputNumber min={0.5} max={365} step={0.5} decimalSeparator="," style={{ width: '100%' }} /></Form.Item></Col>
          <Col xs={12} md={6}><Form.Item name="onlineLevel" label={t('catalog.onlineLevel')}><Select options={(['full', 'partial'] as const).map((o) => ({ value: o, label: t(onlineKey(o)) }))} /></Form.Item></Col>
          <Col xs={12} md={6}><Form.Item name="feeVnd" label={t('procedure.feeVnd')}><InputNumber<number> min={0} step={1000} style={{ width: '100%' }} formatter={(v) => new Intl.NumberFormat('vi-VN').format(Number(v ?? 0))} parser={(v) => Number((v ?? '').replace(/\D/g, ''))} /></Form.Item></Col>
          <Col xs={12} md={6}><Form.Item name="published" label={t('procedure.published')} valuePropName="checked"><Switch /></Form.Item></Col>
          <Col span={24}><Form.Item name="feeNote" label={t('procedure.feeNote')}><Input /></Form.Item></Col>
        </Row>
        <Typography.Title level={2} style={{ fontSize: 18 }}>{t('catalog.documents')}</Typography.Title>
        <Form.List name="documents">
          {(items, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginBottom: 16 }}>
              {items.map(({ key, name }, i) => (
                <Row key={key} gutter={8} align="bottom">
                  <Col xs={24} md={10}><Form.Item name={[name, 'name']} label={`${t('catalog.documentName')} ${i + 1}`} rules={required(t('catalog.documentName'))}><Input /></Form.Item></Col>
                  <Col xs={8} md={3}><Form.Item name={[name, 'original']} label={t('catalog.original')}><InputNumber min={0} max={20} style={{ width: '100%' }} /></Form.Item></Col>
                  <Col xs={8} md={3}><Form.Item name={[name, 'copies']} label={t('catalog.copies')}><InputNumber min={0} max={20} style={{ width: '100%' }} /></Form.Item></Col>
                  <Col xs={8} md={4}><Form.Item name={[name, 'optional']} valuePropName="checked"><Checkbox>{t('dossier.optional')}</Checkbox></Form.Item></Col>
                  <Col xs={24} md={4}><Form.Item><Button icon={<MinusCircleOutlined />} onClick={() => remove(name)} aria-label={`${t('procedure.remove')} ${i + 1}`}>{t('procedure.remove')}</Button></Form.Item></Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ name: '', original: 1, copies: 0 })} style={{ alignSelf: 'flex-start' }}>{t('procedure.addDocument')}</Button>
            </Flex>
          )}
        </Form.List>
        <Typography.Title level={2} style={{ fontSize: 18 }}>{t('procedure.eform')}</Typography.Title>
        {/* The e-form has its own designer, with versions: a dossier keeps the version it was filled in. */}
        <Typography.Paragraph>
          {creating ? t('procedure.eformAfterCreate') : <Link to={`/quan-tri/bieu-mau/${id}`}>{t('designer.link')}</Link>}
        </Typography.Paragraph>
        <FeeScheduleEditor numberFields={(loaded?.formFields ?? []).filter((f) => f.type === 'number' || f.type === 'money').map((f) => ({ value: f.name, label: f.label }))} />
        <Form.Item name="applicants" label={t('catalog.applicants')}><Input /></Form.Item>
        <Form.Item name="steps" label={t('catalog.steps')} extra={t('procedure.linesHint')}><Input.TextArea rows={5} /></Form.Item>
        <Form.Item name="conditions" label={t('catalog.conditions')} extra={t('procedure.linesHint')}><Input.TextArea rows={3} /></Form.Item>
        <Form.Item name="result" label={t('catalog.result')}><Input /></Form.Item>
        <Form.Item name="legalBasis" label={t('catalog.legalBasis')} rules={required(t('catalog.legalBasis'))}><Input.TextArea rows={3} /></Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>{t('procedure.save')}</Button>
      </Form>
    </Card>
  );
}
