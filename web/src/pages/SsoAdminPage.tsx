import { useCallback, useEffect, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, Modal, Radio, Switch, Table, Tag, Typography } from 'antd';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { hasRole, useSession } from '../modules/identity/session';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';

type Client = Reply<'/api/admin/oidc-clients', 'get'>['items'][number];
type Policy = Reply<'/api/admin/security/roles', 'get'>['items'][number];
type ClientForm = { clientId: string; name: string; applicationType: 'web' | 'native'; redirectUris: string; postLogoutRedirectUris?: string; backchannelLogoutUri?: string; scopes: string[] };
const SCOPES = ['profile', 'email', 'phone', 'agency', 'offline_access'] as const;
const lines = (text?: string) => (text ?? '').split(/\s+/).map((l) => l.trim()).filter(Boolean);

/** The relying parties of the province's single sign-on: registered here, their secret shown once. */
function Clients() {
  const { t } = useI18n();
  const { run, busy } = useApiAction();
  const [clients, setClients] = useState<Client[]>([]);
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<{ clientId: string; clientSecret: string }>();
  const [form] = Form.useForm<ClientForm>();
  const load = useCallback(async () => setClients((await unwrap(api.GET('/api/admin/oidc-clients'))).items), []);
  useEffect(() => {
    void load();
  }, [load]);
  const add = async (values: ClientForm) => {
    const created = await run(() => unwrap(api.POST('/api/admin/oidc-clients', {
      body: {
        clientId: values.clientId.trim(), name: values.name.trim(), applicationType: values.applicationType, redirectUris: lines(values.redirectUris),
        postLogoutRedirectUris: lines(values.postLogoutRedirectUris), backchannelLogoutUri: values.backchannelLogoutUri?.trim() || null, scopes: values.scopes as never,
      },
    })));
    if (created) {
      setAdding(false);
      form.resetFields();
      setSecret(created);
      await load();
    }
  };
  const rotate = async (clientId: string) => {
    const rotated = await run(() => unwrap(api.POST('/api/admin/oidc-clients/{clientId}/secret', { params: { path: { clientId } } })));
    if (rotated) setSecret(rotated);
  };
  const setActive = async (clientId: string, active: boolean) => {
    if (await run(() => unwrap(api.PATCH('/api/admin/oidc-clients/{clientId}', { params: { path: { clientId } }, body: { active } })))) await load();
  };
  return (
    <Card title={t('ssoAdmin.clients')} extra={<Button type="primary" onClick={() => setAdding(true)}>{t('ssoAdmin.add')}</Button>}>
      <Typography.Paragraph type="secondary">{t('ssoAdmin.hint')}</Typography.Paragraph>
      {secret && (
        <Alert type="warning" showIcon closable onClose={() => setSecret(undefined)} style={{ marginBottom: 12 }}
          message={t('ssoAdmin.secretOnce', { client: secret.clientId })} description={<Typography.Text code copyable style={{ wordBreak: 'break-all' }}>{secret.clientSecret}</Typography.Text>} />
      )}
      <Table rowKey="clientId" size="small" dataSource={clients} pagination={false} scroll={{ x: true }} columns={[
        { title: t('ssoAdmin.clientId'), dataIndex: 'clientId' },
        { title: t('ssoAdmin.name'), dataIndex: 'name' },
        { title: t('ssoAdmin.redirects'), dataIndex: 'redirectUris', render: (uris: string[]) => uris.join(', ') },
        { title: t('ssoAdmin.scopes'), dataIndex: 'scopes', render: (scopes: string[]) => scopes.map((s) => <Tag key={s}>{s}</Tag>) },
        { title: t('ssoAdmin.active'), dataIndex: 'active', render: (active: boolean, c) => <Switch checked={active} aria-label={`${t('ssoAdmin.active')}: ${c.name}`} onChange={(on) => void setActive(c.clientId, on)} /> },
        { title: '', render: (_, c) => <Button size="small" onClick={() => void rotate(c.clientId)}>{t('ssoAdmin.rotate')}</Button> },
      ]} />
      <Modal open={adding} title={t('ssoAdmin.add')} onCancel={() => setAdding(false)} onOk={() => form.submit()} okButtonProps={{ loading: busy }} okText={t('ssoAdmin.add')} cancelText={t('common.cancel')}>
        <Form form={form} layout="vertical" name="ssoClient" onFinish={(v) => void add(v)} initialValues={{ applicationType: 'web', scopes: ['profile', 'agency'] }}>
          <Form.Item name="clientId" label={t('ssoAdmin.clientId')} rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9._-]{2,63}$/, message: t('ssoAdmin.clientIdRule') }]}><Input /></Form.Item>
          <Form.Item name="name" label={t('ssoAdmin.name')} rules={[{ required: true, min: 2 }]}><Input /></Form.Item>
          <Form.Item name="applicationType" label={t('ssoAdmin.type')}>
            <Radio.Group options={[{ value: 'web', label: t('ssoAdmin.web') }, { value: 'native', label: t('ssoAdmin.native') }]} />
          </Form.Item>
          <Form.Item name="redirectUris" label={t('ssoAdmin.redirects')} extra={t('ssoAdmin.onePerLine')} rules={[{ required: true }]}><Input.TextArea rows={2} /></Form.Item>
          <Form.Item name="postLogoutRedirectUris" label={t('ssoAdmin.postLogout')} extra={t('ssoAdmin.onePerLine')}><Input.TextArea rows={2} /></Form.Item>
          <Form.Item name="backchannelLogoutUri" label={t('ssoAdmin.backchannel')}><Input /></Form.Item>
          <Form.Item name="scopes" label={t('ssoAdmin.scopes')}>
            <Checkbox.Group options={SCOPES.map((s) => ({ value: s, label: t(`ssoAdmin.scope.${s}` as MessageKey) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

/** Which roles must sign in with a second factor. */
function RolePolicies() {
  const { t } = useI18n();
  const { run } = useApiAction();
  const [policies, setPolicies] = useState<Policy[]>([]);
  const load = useCallback(async () => setPolicies((await unwrap(api.GET('/api/admin/security/roles'))).items), []);
  useEffect(() => {
    void load();
  }, [load]);
  const set = async (role: string, totpRequired: boolean) => {
    if (await run(() => unwrap(api.PUT('/api/admin/security/roles/{role}', { params: { path: { role: role as never } }, body: { totpRequired } })))) await load();
  };
  return (
    <Card title={t('ssoAdmin.totpRoles')}>
      <Flex vertical gap={8}>
        {policies.map((p) => (
          <Flex key={p.role} gap={8} align="center">
            <Switch checked={p.totpRequired} aria-label={`${t('ssoAdmin.totpRequired')}: ${t(`role.${p.role}` as MessageKey)}`} onChange={(on) => void set(p.role, on)} />
            <span>{t(`role.${p.role}` as MessageKey)}</span>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}

/** The province admin: single sign-on clients and the roles that require two-step verification. */
export function SsoAdminPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  if (loading) return null;
  if (!hasRole(user, 'admin')) return <Navigate to="/dang-nhap?tiep=%2Fquan-tri%2Fdang-nhap-mot-lan" replace />;
  return (
    <Flex vertical gap={16}>
      <PageTitle text={t('ssoAdmin.title')} />
      <Clients />
      <RolePolicies />
    </Flex>
  );
}
