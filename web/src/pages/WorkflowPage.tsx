import { useEffect, useMemo, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router-dom';
import { App, Button, Card, Flex, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useAgencies } from '../modules/identity/agencies';
import { hasRole, useSession } from '../modules/identity/session';
import { roleKey } from '../ui/labels';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';

type Step = { name: string; role: 'specialist' | 'leader'; agencyId: number | null; timeShare: number };

/** Admins edit a procedure's workflow: ordered steps, each a role, an agency and a share of the time. */
export function WorkflowPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { id } = useParams();
  const { user, loading } = useSession();
  const { agencies } = useAgencies();
  const { run, busy } = useApiAction();
  const [form] = Form.useForm<{ steps: Step[] }>();
  const [name, setName] = useState('');
  const steps = Form.useWatch('steps', form) ?? [];
  const total = steps.reduce((sum, s) => sum + (Number(s?.timeShare) || 0), 0);
  const agencyOptions = useMemo(() => [
    { value: 0, label: t('workflow.receivingAgency') },
    ...agencies.map((a) => ({ value: a.id, label: `${a.name} (${a.code})` })),
  ], [agencies, t]);

  useEffect(() => {
    void Promise.all([
      unwrap(api.GET('/api/procedures/{id}', { params: { path: { id: Number(id) } } })),
      unwrap(api.GET('/api/procedures/{id}/workflow', { params: { path: { id: Number(id) } } })),
    ]).then(([procedure, workflow]) => {
      setName(procedure.name);
      form.setFieldsValue({ steps: workflow.steps.map((s) => ({ name: s.name, role: s.role, agencyId: s.agencyId ?? 0, timeShare: s.timeShare })) });
    });
  }, [id, form]);

  if (loading) return null;
  if (!hasRole(user, 'admin')) return <Navigate to="/dang-nhap" replace />;

  const save = async (values: { steps: Step[] }) => {
    const body = { steps: values.steps.map((s) => ({ ...s, agencyId: s.agencyId || null, timeShare: Number(s.timeShare) })) };
    if (await run(() => unwrap(api.PUT('/api/admin/procedures/{id}/workflow', { params: { path: { id: Number(id) } }, body })))) message.success(t('workflow.saved'));
  };

  return (
    <Card title={<PageTitle text={t('workflow.title', { name })} />} extra={<Link to={`/thu-tuc/${id}`}>{t('catalog.back')}</Link>}>
      <Form name="workflow" form={form} onFinish={save} layout="vertical">
        <Form.List name="steps">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 8 }}>
                  <Typography.Text strong style={{ lineHeight: '32px' }}>{index + 1}.</Typography.Text>
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true, message: t('workflow.stepName') }]}>
                    <Input aria-label={`${t('workflow.stepName')} ${index + 1}`} placeholder={t('workflow.stepName')} style={{ width: 300 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'role']} rules={[{ required: true }]}>
                    <Select aria-label={`${t('workflow.role')} ${index + 1}`} style={{ width: 180 }}
                      options={(['specialist', 'leader'] as const).map((r) => ({ value: r, label: t(roleKey(r)) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'agencyId']}>
                    <Select aria-label={`${t('workflow.agency')} ${index + 1}`} style={{ width: 300 }} showSearch optionFilterProp="label" options={agencyOptions} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'timeShare']} rules={[{ required: true }]}>
                    <InputNumber aria-label={`${t('workflow.share')} ${index + 1}`} min={1} max={100} addonAfter="%" />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={`xóa ${index + 1}`} />
                </Space>
              ))}
              <Flex gap={16} align="center">
                <Button icon={<PlusOutlined />} onClick={() => add({ name: '', role: 'specialist', agencyId: 0, timeShare: 10 })}>{t('workflow.addStep')}</Button>
                <Typography.Text type={Math.abs(total - 100) < 0.01 ? 'success' : 'danger'}>{t('workflow.total', { total })}</Typography.Text>
              </Flex>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 16 }}>{t('workflow.save')}</Button>
      </Form>
    </Card>
  );
}
