import { useCallback, useEffect, useMemo, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { Alert, App, Button, Card, Flex, Form, Input, List, Popconfirm, Select, Switch, Tag, Typography } from 'antd';
import { api, ApiError, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { filterOption } from '../modules/documents/api';
import { useFormAction } from '../modules/documents/useFormAction';
import { hasRole, useSession } from '../modules/identity/session';
import type { Endpoint, KeyIssued } from '../modules/meetings/api';
import { OnlineTag } from '../modules/meetings/format';
import { PageTitle } from '../ui/PageTitle';

type Agency = Reply<'/api/agencies', 'get'>['items'][number];
type Values = { agencyId?: number; name: string; room: string; equipment?: string; contactName: string; contactPhone?: string; contactEmail?: string; active?: boolean };

/** The admin registers their agencies' endpoints (room, equipment, contact) and sees which are online. */
export function MeetingEndpointsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { user, loading } = useSession();
  const { run, busy } = useFormAction();
  const [form] = Form.useForm<Values>();
  const [editForm] = Form.useForm<Values>();
  const [items, setItems] = useState<Endpoint[]>();
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [editing, setEditing] = useState<Endpoint | null>(null);
  const [issued, setIssued] = useState<KeyIssued | null>(null);
  const [error, setError] = useState<string>();
  const load = useCallback(async () => {
    try {
      setItems((await unwrap(api.GET('/api/meeting-endpoints'))).items);
    } catch (e) {
      setError((e as ApiError).message);
    }
  }, []);
  useEffect(() => {
    void load();
    unwrap(api.GET('/api/agencies')).then((found) => setAgencies(found.items)).catch(() => undefined);
    const timer = setInterval(() => void load(), 30_000);
    return () => clearInterval(timer);
  }, [load]);
  // The agencies of the admin's scope: where they are admin, and everything below.
  const scope = useMemo(() => {
    const roots = new Set(user?.roles.filter((r) => r.role === 'admin').map((r) => r.agencyId));
    const inScope = (a: Agency): boolean => roots.has(a.id) || (a.parentId !== null && agencies.some((p) => p.id === a.parentId && inScope(p)));
    return agencies.filter(inScope);
  }, [agencies, user]);

  if (loading) return null;
  if (!hasRole(user, 'admin')) return <Navigate to="/dang-nhap" replace />;
  if (error) return <Alert type="error" showIcon message={error} />;

  const required = (label: string) => [{ required: true, whitespace: true, message: t('form.required', { field: label.toLowerCase() }) }];
  const codes = { MEETING_ENDPOINT_NAME_TAKEN: 'name', MEETING_AGENCY_UNKNOWN: 'agencyId' };
  const fields = (v: Values) => ({
    name: v.name.trim(), room: v.room.trim(), equipment: v.equipment?.trim() ?? '', contactName: v.contactName.trim(),
    contactPhone: v.contactPhone?.trim() || null, contactEmail: v.contactEmail?.trim() || null,
  });
  const register = async (v: Values) => {
    const done = await run(form, () => unwrap(api.POST('/api/meeting-endpoints', { body: { agencyId: v.agencyId!, ...fields(v) } })), codes);
    if (!done) return;
    setIssued(done);
    form.resetFields(['name', 'room', 'equipment', 'contactName', 'contactPhone', 'contactEmail']);
    await load();
  };
  const save = async (v: Values) => {
    if (!editing) return;
    const done = await run(editForm, () => unwrap(api.PUT('/api/meeting-endpoints/{id}', {
      params: { path: { id: editing.id } }, body: { ...fields(v), active: v.active ?? true, version: editing.version },
    })), codes);
    if (!done) return;
    message.success(t('meetings.endpoints.saved'));
    setEditing(null);
    await load();
  };
  const newKey = async (id: number) => {
    const done = await run(null, () => unwrap(api.POST('/api/meeting-endpoints/{id}/key', { params: { path: { id } } })));
    if (done) setIssued(done);
  };
  const endpointFields = (
    <>
      <Form.Item name="name" label={t('meetings.endpoints.name')} rules={required(t('meetings.endpoints.name'))}><Input maxLength={200} /></Form.Item>
      <Form.Item name="room" label={t('meetings.endpoints.room')} rules={required(t('meetings.endpoints.room'))}><Input maxLength={200} /></Form.Item>
      <Form.Item name="equipment" label={t('meetings.endpoints.equipment')}><Input.TextArea rows={2} maxLength={1000} /></Form.Item>
      <Form.Item name="contactName" label={t('meetings.endpoints.contactName')} rules={required(t('meetings.endpoints.contactName'))}><Input maxLength={200} autoComplete="off" /></Form.Item>
      <Form.Item name="contactPhone" label={t('meetings.endpoints.contactPhone')}><Input maxLength={30} inputMode="tel" autoComplete="off" /></Form.Item>
      <Form.Item name="contactEmail" label={t('meetings.endpoints.contactEmail')} rules={[{ type: 'email', message: t('form.required', { field: t('meetings.endpoints.contactEmail').toLowerCase() }) }]}>
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
    </>
  );
  const online = items?.filter((x) => x.active && x.online).length ?? 0;
  return (
    <Flex vertical gap={16}>
      <Card title={<PageTitle text={t('meetings.endpoints.title')} />}>
        <Typography.Paragraph type="secondary">{t('meetings.endpoints.explain')}</Typography.Paragraph>
        {issued && (
          <Alert type="success" showIcon closable onClose={() => setIssued(null)} style={{ marginBottom: 16 }}
            message={t('meetings.endpoints.linkTitle')}
            description={<><Typography.Paragraph copyable={{ text: issued.link }} style={{ wordBreak: 'break-all', marginBottom: 4 }}><a href={issued.link}>{issued.link}</a></Typography.Paragraph>{t('meetings.endpoints.linkHint')}</>} />
        )}
        <Typography.Text strong>{t('meetings.endpoints.count', { online: online.toLocaleString('vi-VN'), total: (items?.filter((x) => x.active).length ?? 0).toLocaleString('vi-VN') })}</Typography.Text>
        <List loading={!items} dataSource={items ?? []} locale={{ emptyText: t('meetings.endpoints.empty') }} renderItem={(x) => (
          <List.Item key={x.id} style={{ display: 'block' }}>
            {editing?.id === x.id ? (
              <Form<Values> form={editForm} name={`endpoint-${x.id}`} layout="vertical" initialValues={{ ...x, contactPhone: x.contactPhone ?? '', contactEmail: x.contactEmail ?? '' }} onFinish={save}>
                {endpointFields}
                <Form.Item name="active" label={t('meetings.endpoints.active')} valuePropName="checked"><Switch /></Form.Item>
                <Flex gap={8} wrap>
                  <Button type="primary" htmlType="submit" loading={busy}>{t('meetings.endpoints.save')}</Button>
                  <Button onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
                </Flex>
              </Form>
            ) : (
              <Flex vertical gap={4}>
                <Flex gap={8} wrap align="center">
                  <Typography.Text strong>{x.name}</Typography.Text>
                  {x.active ? <OnlineTag online={x.online} lastSeenAt={x.lastSeenAt} /> : <Tag>{t('meetings.endpoints.inactive')}</Tag>}
                </Flex>
                <Typography.Text type="secondary">{x.agencyName} · {x.room}</Typography.Text>
                {x.equipment && <Typography.Text>{x.equipment}</Typography.Text>}
                <Typography.Text>{[x.contactName, x.contactPhone, x.contactEmail].filter(Boolean).join(' · ')}</Typography.Text>
                <Flex gap={8} wrap>
                  <Button size="small" onClick={() => { setEditing(x); editForm.resetFields(); }}>{t('meetings.endpoints.edit')}</Button>
                  <Popconfirm title={t('meetings.endpoints.newKeyConfirm')} onConfirm={() => void newKey(x.id)} okText={t('meetings.endpoints.newKey')} cancelText={t('common.cancel')}>
                    <Button size="small">{t('meetings.endpoints.newKey')}</Button>
                  </Popconfirm>
                </Flex>
              </Flex>
            )}
          </List.Item>
        )} />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('meetings.endpoints.register')}</h2>}>
        <Form<Values> form={form} name="register-endpoint" layout="vertical" onFinish={register} style={{ maxWidth: 640 }}>
          <Form.Item name="agencyId" label={t('meetings.endpoints.agency')} rules={[{ required: true, message: t('doc.choose', { field: t('meetings.endpoints.agency').toLowerCase() }) }]}>
            <Select showSearch={{ filterOption }} options={scope.map((a) => ({ value: a.id, label: a.name }))} />
          </Form.Item>
          {endpointFields}
          <Button type="primary" htmlType="submit" loading={busy}>{t('meetings.endpoints.register')}</Button>
        </Form>
      </Card>
    </Flex>
  );
}
