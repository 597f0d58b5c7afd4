import { useCallback, useEffect, useMemo, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { App, Button, Card, Flex, Form, Input, Modal, Popconfirm, Select, Table, Tag, TreeSelect } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { buildAgencyTree, useAgencies } from '../modules/identity/agencies';
import { hasRole, useSession } from '../modules/identity/session';
import { roleKey } from '../ui/labels';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';

type User = Reply<'/api/admin/users', 'get'>['items'][number];
type OfficialRole = 'reception' | 'specialist' | 'leader' | 'clerk' | 'admin' | 'finance' | 'editor';
const OFFICIAL_ROLES: OfficialRole[] = ['reception', 'specialist', 'leader', 'clerk', 'admin', 'finance', 'editor'];
type NewOfficial = { username: string; fullName: string; password: string; email?: string; role: OfficialRole; agencyId: number };
type RoleForm = { role: OfficialRole; agencyId: number };

export function UsersPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { user: me, loading } = useSession();
  const { agencies } = useAgencies();
  const { run, busy } = useApiAction();
  const [filter, setFilter] = useState<{ q?: string; agencyId?: number; page: number }>({ page: 1 });
  const [data, setData] = useState<{ items: User[]; total: number }>({ items: [], total: 0 });
  const [creating, setCreating] = useState(false);
  const [grantingTo, setGrantingTo] = useState<User | null>(null);
  const [createForm] = Form.useForm<NewOfficial>();
  const [roleForm] = Form.useForm<RoleForm>();
  const tree = useMemo(() => buildAgencyTree(agencies), [agencies]);
  const isAdmin = hasRole(me, 'admin');

  const load = useCallback(async () => {
    const body = await run(() => unwrap(api.GET('/api/admin/users', { params: { query: { ...filter, pageSize: 20 } } })));
    if (body) setData(body);
  }, [filter]);
  useEffect(() => {
    if (isAdmin) void load();
  }, [load, isAdmin]);

  if (loading) return null;
  if (!isAdmin) return <Navigate to="/dang-nhap" replace />;

  const roleOptions = OFFICIAL_ROLES.map((r) => ({ value: r, label: t(roleKey(r)) }));
  const required = (label: string) => [{ required: true, message: t('form.required', { field: label.toLowerCase() }) }];
  const agencyPicker = <TreeSelect treeData={tree} treeDefaultExpandAll showSearch treeNodeFilterProp="title" />;

  const create = async (values: NewOfficial) => {
    const created = await run(() => unwrap(api.POST('/api/admin/users', {
      body: {
        username: values.username.trim().toLowerCase(), fullName: values.fullName.trim(), password: values.password,
        ...(values.email ? { email: values.email } : {}), roles: [{ role: values.role, agencyId: values.agencyId }],
      },
    })));
    if (!created) return;
    message.success(t('user.created', { name: created.fullName }));
    setCreating(false);
    createForm.resetFields();
    await load();
  };

  const update = async (action: () => Promise<unknown>) => {
    if (await run(action)) {
      message.success(t('user.saved'));
      await load();
    }
  };

  return (
    <Card title={<PageTitle text={t('user.title')} />} extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('user.add')}</Button>}>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Input.Search aria-label={t('user.search')} placeholder={t('user.search')} allowClear style={{ width: 260, maxWidth: '100%' }}
          onSearch={(q) => setFilter((f) => ({ ...f, q: q || undefined, page: 1 }))} />
        <TreeSelect aria-label={t('user.agencyFilter')} placeholder={t('user.agencyFilter')} allowClear style={{ width: 320, maxWidth: '100%' }}
          treeData={tree} treeDefaultExpandAll showSearch treeNodeFilterProp="title"
          onChange={(agencyId?: number) => setFilter((f) => ({ ...f, agencyId, page: 1 }))} />
      </Flex>
      <Table<User>
        scroll={{ x: 'max-content' }}
        rowKey="id"
        loading={busy}
        dataSource={data.items}
        pagination={{ current: filter.page, pageSize: 20, total: data.total, onChange: (page) => setFilter((f) => ({ ...f, page })) }}
        columns={[
          { title: t('auth.fullName'), dataIndex: 'fullName' },
          { title: t('auth.username'), dataIndex: 'username' },
          {
            title: t('user.roles'),
            render: (_, u) => (
              <Flex gap={4} wrap>
                {u.roles.map((r) => (
                  <Tag key={r.id}>
                    {t(roleKey(r.role))} · {r.agencyName}
                    {u.roles.length > 1 && (
                      // Taking a role away is asked once more: the official loses that work at once.
                      <Popconfirm title={t('user.removeRoleConfirm', { role: t(roleKey(r.role)), name: u.fullName })} okText={t('user.removeRole')} cancelText={t('common.cancel')}
                        onConfirm={() => update(() => unwrap(api.DELETE('/api/admin/users/{id}/roles/{roleId}', { params: { path: { id: u.id, roleId: r.id } } })))}>
                        <Button type="text" size="small" aria-label={`${t('user.removeRole')}: ${t(roleKey(r.role))} · ${r.agencyName ?? ''}`} style={{ marginLeft: 4, padding: '0 4px', height: 24 }}>×</Button>
                      </Popconfirm>
                    )}
                  </Tag>
                ))}
              </Flex>
            ),
          },
          { title: t('user.status'), dataIndex: 'active', render: (active: boolean) => <Tag color={active ? 'green' : 'default'}>{active ? t('user.active') : t('user.locked')}</Tag> },
          {
            title: t('common.actions'),
            render: (_, u) => (
              <Flex gap={4}>
                <Button size="small" onClick={() => { roleForm.resetFields(); setGrantingTo(u); }}>{t('user.addRole')}</Button>
                {u.id !== me?.id && (
                  // An admin cannot lock their own account (the server refuses it too).
                  <Popconfirm title={u.active ? t('user.lockConfirm', { name: u.fullName }) : t('user.unlock')} okText={u.active ? t('user.lock') : t('user.unlock')} cancelText={t('common.cancel')}
                    onConfirm={() => update(() => unwrap(api.PATCH('/api/admin/users/{id}', { params: { path: { id: u.id } }, body: { active: !u.active } })))}>
                    <Button size="small" danger={u.active}>{u.active ? t('user.lock') : t('user.unlock')}</Button>
                  </Popconfirm>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <Modal title={t('user.add')} open={creating} onCancel={() => setCreating(false)} onOk={() => createForm.submit()}
        okText={t('common.create')} cancelText={t('common.cancel')} confirmLoading={busy} destroyOnHidden>
        <Form<NewOfficial> name="officialCreate" form={createForm} layout="vertical" onFinish={create}>
          <Form.Item name="fullName" label={t('auth.fullName')} rules={required(t('auth.fullName'))}><Input /></Form.Item>
          <Form.Item name="username" label={t('auth.username')} extra={t('auth.usernameHint')}
            rules={[...required(t('auth.username')), { pattern: /^[a-z0-9._-]{3,64}$/, message: t('auth.usernameHint') }]}><Input /></Form.Item>
          <Form.Item name="password" label={t('auth.password')} extra={t('auth.passwordHint')} rules={required(t('auth.password'))}><Input.Password autoComplete="new-password" /></Form.Item>
          <Form.Item name="email" label={t('auth.email')} rules={[{ type: 'email' }]}><Input /></Form.Item>
          <Form.Item name="role" label={t('user.role')} rules={required(t('user.role'))}><Select options={roleOptions} /></Form.Item>
          <Form.Item name="agencyId" label={t('user.agency')} rules={required(t('user.agency'))}>{agencyPicker}</Form.Item>
        </Form>
      </Modal>
      <Modal title={`${t('user.addRole')}: ${grantingTo?.fullName ?? ''}`} open={grantingTo !== null} onCancel={() => setGrantingTo(null)}
        onOk={() => roleForm.submit()} okText={t('user.addRole')} cancelText={t('common.cancel')} confirmLoading={busy} destroyOnHidden>
        <Form<RoleForm> name="roleGrant" form={roleForm} layout="vertical" onFinish={async (values) => {
          await update(() => unwrap(api.POST('/api/admin/users/{id}/roles', { params: { path: { id: grantingTo!.id } }, body: values })));
          setGrantingTo(null);
        }}>
          <Form.Item name="role" label={t('user.role')} rules={required(t('user.role'))}><Select options={roleOptions} /></Form.Item>
          <Form.Item name="agencyId" label={t('user.agency')} rules={required(t('user.agency'))}>{agencyPicker}</Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
