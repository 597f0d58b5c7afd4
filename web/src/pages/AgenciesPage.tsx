import { useEffect, useMemo, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { App, Button, Card, Col, DatePicker, Empty, Form, Input, Modal, Row, Select, Tree, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { buildAgencyTree, useAgencies, type Agency } from '../modules/identity/agencies';
import { hasRole, useSession } from '../modules/identity/session';
import { formatWorkingHours, parseWorkingHours, type WorkingPeriod } from '../modules/identity/working-hours';
import { agencyKindKey } from '../ui/labels';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';
import { provinceToday } from '../ui/format';

type AgencyForm = {
  code: string; name: string; kind: Agency['kind']; address?: string; phone?: string; email?: string;
  validFrom?: Dayjs; validTo?: Dayjs | null; workingHours?: string;
};

const KINDS: Agency['kind'][] = ['province', 'department', 'district', 'commune', 'unit'];
const isoDate = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const orNull = (s: string | undefined) => (s?.trim() ? s.trim() : null);

function AgencyFields() {
  const { t } = useI18n();
  const required = (label: string) => [{ required: true, message: t('form.required', { field: label.toLowerCase() }) }];
  return (
    <>
      <Form.Item name="code" label={t('agency.code')} extra={t('agency.codeHint')} rules={required(t('agency.code'))}><Input /></Form.Item>
      <Form.Item name="name" label={t('agency.name')} rules={required(t('agency.name'))}><Input /></Form.Item>
      <Form.Item name="kind" label={t('agency.kind')} rules={required(t('agency.kind'))}>
        <Select options={KINDS.map((k) => ({ value: k, label: t(agencyKindKey(k)) }))} />
      </Form.Item>
      <Form.Item name="address" label={t('agency.address')}><Input /></Form.Item>
      <Row gutter={8}>
        <Col span={12}><Form.Item name="phone" label={t('agency.phone')}><Input /></Form.Item></Col>
        <Col span={12}><Form.Item name="email" label={t('agency.email')} rules={[{ type: 'email' }]}><Input /></Form.Item></Col>
      </Row>
      <Form.Item name="workingHours" label={t('agency.workingHours')} extra={t('agency.workingHoursHint')}
        rules={[{ validator: async (_, value: string | undefined) => { if (parseWorkingHours(value ?? '') === 'invalid') throw new Error(t('agency.workingHoursHint')); } }]}>
        <Input placeholder="07:00-11:30, 13:30-17:00" />
      </Form.Item>
      <Row gutter={8}>
        <Col span={12}><Form.Item name="validFrom" label={t('agency.validFrom')}><DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} /></Form.Item></Col>
        <Col span={12}><Form.Item name="validTo" label={t('agency.validTo')}><DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} /></Form.Item></Col>
      </Row>
    </>
  );
}

const toBody = (values: AgencyForm) => ({
  code: values.code.trim(), name: values.name.trim(), kind: values.kind, address: orNull(values.address), phone: orNull(values.phone),
  email: orNull(values.email), ...(values.validFrom ? { validFrom: isoDate(values.validFrom)! } : {}), validTo: isoDate(values.validTo),
  workingHours: parseWorkingHours(values.workingHours ?? '') as WorkingPeriod[] | null,
});

export function AgenciesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { user, loading } = useSession();
  const { agencies, reload } = useAgencies();
  const { run, busy } = useApiAction();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  // Everything starts expanded; a new agency's parent is expanded so the new node shows at once.
  const [collapsed, setCollapsed] = useState<Set<number>>(new Set());
  const [creatingUnder, setCreatingUnder] = useState<number | null | undefined>(undefined);
  const [editForm] = Form.useForm<AgencyForm>();
  const [createForm] = Form.useForm<AgencyForm>();

  const describe = (a: Agency) => `${a.name} · ${a.code}${a.validTo && a.validTo < provinceToday().format('YYYY-MM-DD') ? ` (${t('agency.expired')})` : ''}`;
  const tree = useMemo(() => buildAgencyTree(agencies, describe), [agencies, t]);
  const selected = agencies.find((a) => a.id === selectedId) ?? null;

  useEffect(() => {
    if (!selected) return;
    editForm.setFieldsValue({
      ...selected, address: selected.address ?? '', phone: selected.phone ?? '', email: selected.email ?? '',
      validFrom: dayjs(selected.validFrom), validTo: selected.validTo ? dayjs(selected.validTo) : null,
      workingHours: formatWorkingHours(selected.workingHours),
    });
  }, [selected, editForm]);

  if (loading) return null;
  if (!hasRole(user, 'admin')) return <Navigate to="/dang-nhap" replace />;

  const save = async (values: AgencyForm) => {
    const updated = await run(() => unwrap(api.PATCH('/api/admin/agencies/{id}', { params: { path: { id: selectedId! } }, body: toBody(values) })));
    if (updated) {
      message.success(t('agency.saved'));
      await reload();
    }
  };

  const create = async (values: AgencyForm) => {
    const created = await run(() => unwrap(api.POST('/api/admin/agencies', { body: { ...toBody(values), parentId: creatingUnder ?? null } })));
    if (!created) return;
    message.success(t('agency.created', { name: created.name }));
    if (creatingUnder) setCollapsed((previous) => new Set([...previous].filter((id) => id !== creatingUnder)));
    setCreatingUnder(undefined);
    createForm.resetFields();
    await reload();
    setSelectedId(created.id);
  };

  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Card title={<PageTitle text={t('agency.title')} />} extra={
          <Button icon={<PlusOutlined />} onClick={() => setCreatingUnder(selectedId)}>{selectedId ? t('agency.addChild') : t('agency.add')}</Button>
        }>
          {tree.length > 0 && (
            <Tree
              aria-label={t('agency.title')}
              treeData={tree}
              expandedKeys={agencies.map((a) => a.id).filter((id) => !collapsed.has(id))}
              onExpand={(_keys, { node, expanded }) =>
                setCollapsed((previous) => {
                  const next = new Set(previous);
                  if (expanded) next.delete(Number(node.key));
                  else next.add(Number(node.key));
                  return next;
                })}
              selectedKeys={selectedId ? [selectedId] : []}
              onSelect={(keys) => setSelectedId(keys.length ? Number(keys[0]) : null)}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} md={12}>
        <Card title={selected ? selected.name : t('agency.title')}>
          {selected ? (
            <Form<AgencyForm> name="agencyEdit" form={editForm} layout="vertical" onFinish={save} aria-label={t('agency.save')}>
              <Typography.Paragraph type="secondary">
                {t('agency.parent')}: {agencies.find((a) => a.id === selected.parentId)?.name ?? '—'}
              </Typography.Paragraph>
              <AgencyFields />
              <Button type="primary" htmlType="submit" loading={busy}>{t('agency.save')}</Button>
            </Form>
          ) : (
            <Empty description={t('agency.select')} />
          )}
        </Card>
      </Col>
      <Modal
        title={creatingUnder ? `${t('agency.addChild')}: ${agencies.find((a) => a.id === creatingUnder)?.name ?? ''}` : t('agency.add')}
        open={creatingUnder !== undefined}
        onCancel={() => setCreatingUnder(undefined)}
        okText={t('common.create')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onOk={() => createForm.submit()}
        destroyOnHidden
      >
        <Form<AgencyForm> name="agencyCreate" form={createForm} layout="vertical" onFinish={create} initialValues={{ kind: 'unit' }}>
          <AgencyFields />
        </Form>
      </Modal>
    </Row>
  );
}
