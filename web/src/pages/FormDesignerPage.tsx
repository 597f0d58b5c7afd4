import { useCallback, useEffect, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, Col, Flex, Form, Input, InputNumber, List, Modal, Popconfirm, Row, Select, Space, Switch, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, ApiError, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { hasRole, useSession } from '../modules/identity/session';
import { EFormFields, type FormField } from '../modules/eform/EFormFields';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';

type Design = Reply<'/api/admin/procedures/{id}/form', 'get'>;
const TYPES = ['text', 'textarea', 'number', 'money', 'date', 'select', 'multiselect', 'address', 'id_number', 'phone', 'email', 'checkbox', 'table', 'file'] as const;

/** A field code from its Vietnamese label: "Số bản sao" → "so_ban_sao". */
const codeOf = (label: string) => label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
  .toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 50) || 'truong';

type Editing = {
  label: string; name: string; type: FormField['type']; required: boolean; hint?: string; options?: string; columns?: string;
  showField?: string; showEquals?: string; min?: number; max?: number; minLength?: number; maxLength?: number; pattern?: string; message?: string;
};

function toEditing(f: FormField): Editing {
  return {
    label: f.label, name: f.name, type: f.type, required: !!f.required, hint: f.hint, options: f.options?.join('\n'),
    columns: f.columns?.map((c) => `${c.label} | ${c.type}`).join('\n'), showField: f.showIf?.field, showEquals: f.showIf?.equals, ...f.rules,
  };
}

function toField(e: Editing): FormField {
  const lines = (text?: string) => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  const rules = Object.fromEntries(Object.entries({ min: e.min, max: e.max, minLength: e.minLength, maxLength: e.maxLength, pattern: e.pattern?.trim() || undefined, message: e.message?.trim() || undefined })
    .filter(([, v]) => v !== undefined && v !== null));
  return {
    name: e.name, label: e.label.trim(), type: e.type, ...(e.required ? { required: true } : {}), ...(e.hint?.trim() ? { hint: e.hint.trim() } : {}),
    ...(e.type === 'select' || e.type === 'multiselect' ? { options: lines(e.options) } : {}),
    ...(e.type === 'table' ? {
      columns: lines(e.columns).map((l) => {
        const [label, type] = l.split('|').map((p) => p.trim());
        return { name: codeOf(label!), label: label!, type: (['number', 'date'].includes(type ?? '') ? type : 'text') as 'text' | 'number' | 'date' };
      }),
    } : {}),
    ...(e.showField ? { showIf: { field: e.showField, equals: e.showEquals ?? '' } } : {}),
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
  } as FormField;
}

/** The province admin designs a procedure's e-form, sees it on a phone-sized frame, and publishes a version. */
export function FormDesignerPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const { user, loading } = useSession();
  const { run, busy } = useApiAction();
  const [design, setDesign] = useState<Design>();
  const [fields, setFields] = useState<FormField[]>([]);
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState<{ index: number | null; value: Editing }>();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [form] = Form.useForm<Editing>();
  const type = Form.useWatch('type', form);
  const procedureId = Number(id);

  const load = useCallback(async () => {
    try {
      const found = await unwrap(api.GET('/api/admin/procedures/{id}/form', { params: { path: { id: procedureId } } }));
      setDesign(found);
      setFields((found.draft?.fields ?? found.fields) as FormField[]);
    } catch (e) {
      setError((e as ApiError).message);
    }
  }, [procedureId]);
  useEffect(() => {
    void load();
  }, [load]);
  if (loading) return null;
  if (!hasRole(user, 'admin')) return <Navigate to="/dang-nhap" replace />;
  if (error) return <Alert type="error" showIcon message={error} />;

  const save = async () => {
    const saved = await run(() => unwrap(api.PUT('/api/admin/procedures/{id}/form/draft', { params: { path: { id: procedureId } }, body: { fields: fields as never } })));
    if (saved) setDesign(saved);
    return saved;
  };
  const publish = async () => {
    if (!(await save())) return;
    const published = await run(() => unwrap(api.POST('/api/admin/procedures/{id}/form/publish', { params: { path: { id: procedureId } } })));
    if (published) setDesign(published);
  };
  const move = (i: number, by: number) => setFields((list) => {
    const next = [...list];
    const [moved] = next.splice(i, 1);
    next.splice(i + by, 0, moved!);
    return next;
  });
  const open = (index: number | null) => {
    const value = index === null ? { label: '', name: '', type: 'text' as const, required: false } : toEditing(fields[index]!);
    form.setFieldsValue(value);
    setEditing({ index, value });
  };
  const commit = (values: Editing) => {
    const field = toField({ ...values, name: editing?.index === null ? codeOf(values.label) : editing!.value.name });
    setFields((list) => (editing?.index === null ? [...list, field] : list.map((f, i) => (i === editing!.index ? field : f))));
    setEditing(undefined);
  };
  const earlier = editing ? fields.slice(0, editing.index ?? fields.length) : [];

  return (
    <Flex vertical gap={16}>
      <Card title={<PageTitle text={t('designer.title')} />} extra={<Link to={`/thu-tuc/${procedureId}`}>{t('catalog.back')}</Link>}>
        <Space wrap>
          {design && <Tag color="green">{t('designer.current', { version: design.version })}</Tag>}
          {design?.draft && <Tag>{t('designer.draftSaved', { time: dayjs(design.draft.updatedAt).format('HH:mm DD/MM/YYYY') })}</Tag>}
          <Button onClick={() => void save()} loading={busy}>{t('designer.saveDraft')}</Button>
          <Popconfirm title={t('designer.publishConfirm')} onConfirm={() => void publish()} okText={t('designer.publish')} cancelText={t('common.cancel')}>
            <Button type="primary" loading={busy}>{t('designer.publish')}</Button>
          </Popconfirm>
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={13}>
          <Card title={t('designer.fields')} extra={<Button onClick={() => open(null)}>{t('designer.add')}</Button>}>
            <List dataSource={fields} locale={{ emptyText: t('designer.empty') }} renderItem={(f, i) => (
              <List.Item actions={[
                <Button key="u" size="small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`${t('designer.up')}: ${f.label}`}>↑</Button>,
                <Button key="d" size="small" disabled={i === fields.length - 1} onClick={() => move(i, 1)} aria-label={`${t('designer.down')}: ${f.label}`}>↓</Button>,
                <Button key="e" size="small" onClick={() => open(i)}>{t('designer.edit')}</Button>,
                <Button key="r" size="small" danger onClick={() => setFields((list) => list.filter((_, j) => j !== i))} aria-label={`${t('designer.remove')}: ${f.label}`}>{t('designer.remove')}</Button>,
              ]}>
                <List.Item.Meta title={<>{f.label}{f.required ? ' *' : ''}</>}
                  description={<>{t(`fieldType.${f.type}` as MessageKey)} · <code>{f.name}</code>{f.showIf ? ` · ${t('designer.showIf')} ${f.showIf.field} = ${f.showIf.equals}` : ''}</>} />
              </List.Item>
            )} />
          </Card>
          {design && design.versions.length > 0 && (
            <Card title={t('designer.versions')} style={{ marginTop: 16 }}>
              <List size="small" dataSource={design.versions} renderItem={(v) => (
                <List.Item>{t('designer.version', { version: v.version, count: v.fieldCount, time: dayjs(v.publishedAt).format('HH:mm DD/MM/YYYY'), by: v.publishedByName ? ` · ${v.publishedByName}` : '' })}</List.Item>
              )} />
            </Card>
          )}
        </Col>
        <Col xs={24} lg={11}>
          <Card title={t('designer.preview')}>
            {/* The citizen's own form components, at a phone's width. */}
            <div className="designer-phone" role="region" aria-label={t('designer.preview')}>
              <EFormFields fields={fields} answers={answers} onChange={(name, value) => setAnswers((a) => ({ ...a, [name]: value }))} />
            </div>
          </Card>
        </Col>
      </Row>
      <Modal open={!!editing} title={editing?.index === null ? t('designer.add') : t('designer.edit')} onCancel={() => setEditing(undefined)} onOk={() => form.submit()}
        okText={editing?.index === null ? t('designer.add') : t('designer.edit')} cancelText={t('common.cancel')} destroyOnHidden>
        <Form<Editing> form={form} layout="vertical" onFinish={commit} name="designerField">
          <Form.Item name="label" label={t('designer.label')} rules={[{ required: true, min: 2, message: t('form.required', { field: t('designer.label').toLowerCase() }) }]}><Input /></Form.Item>
          <Form.Item name="type" label={t('designer.type')}><Select options={TYPES.map((v) => ({ value: v, label: t(`fieldType.${v}` as MessageKey) }))} /></Form.Item>
          <Form.Item name="required" label={t('designer.required')} valuePropName="checked"><Switch /></Form.Item>
          <Form.Item name="hint" label={t('designer.hint')}><Input /></Form.Item>
          {(type === 'select' || type === 'multiselect') && (
            <Form.Item name="options" label={t('designer.options')} rules={[{ required: true, message: t('form.required', { field: t('designer.options').toLowerCase() }) }]}><Input.TextArea rows={3} /></Form.Item>
          )}
          {type === 'table' && <Form.Item name="columns" label={t('designer.columns')} rules={[{ required: true }]}><Input.TextArea rows={3} /></Form.Item>}
          <Typography.Text strong>{t('designer.showIf')}</Typography.Text>
          <Flex gap={8}>
            <Form.Item name="showField" style={{ flex: 1 }} aria-label={t('designer.showIf')}>
              <Select allowClear placeholder={t('designer.none')} options={earlier.map((f) => ({ value: f.name, label: f.label }))} aria-label={t('designer.showIf')} />
            </Form.Item>
            <Form.Item name="showEquals" style={{ flex: 1 }}><Input placeholder={t('designer.equals')} aria-label={t('designer.equals')} /></Form.Item>
          </Flex>
          <Typography.Text strong>{t('designer.rules')}</Typography.Text>
          <Flex gap={8} wrap="wrap">
            {(['min', 'max', 'minLength', 'maxLength'] as const).map((k) => (
              <Form.Item key={k} name={k} label={t(`designer.${k}`)} style={{ width: 140 }}><InputNumber style={{ width: '100%' }} /></Form.Item>
            ))}
          </Flex>
          <Form.Item name="pattern" label={t('designer.pattern')}><Input /></Form.Item>
          <Form.Item name="message" label={t('designer.message')}><Input /></Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
