import { useCallback, useEffect, useMemo, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { type FormInstance, Alert, App, Button, Card, Flex, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, ApiError, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { buildAgencyTree, useAgencies } from '../modules/identity/agencies';
import { hasRole, useSession } from '../modules/identity/session';
import { PageTitle } from '../ui/PageTitle';

type Settings = Reply<'/api/admin/mail/agencies/{agencyId}', 'get'>;
type Page = Reply<'/api/admin/mail/mailboxes', 'get'>;
type Mailbox = Page['items'][number];
type Alias = Reply<'/api/admin/mail/aliases', 'get'>['items'][number];
type Candidates = Reply<'/api/admin/mail/agencies/{agencyId}/candidates', 'get'>;
/** What the small mailbox dialog changes. */
type Editing = { mailbox: Mailbox; action: 'rename' | 'quota' | 'password' } | null;

const megabytes = (n: number) => `${n.toLocaleString('vi-VN')} MB`;
const when = (value: string | null) => (value ? dayjs(value).format('DD/MM/YYYY HH:mm') : '—');

/** The server's refusals that belong to one field of a form: shown under that field. */
const FIELD_OF: Record<string, string> = {
  MAIL_ADDRESS_TAKEN: 'localPart', MAIL_ADDRESS_INVALID: 'localPart', MAIL_WEAK_PASSWORD: 'password', MAIL_DOMAIN_TAKEN: 'domain',
  MAIL_DOMAIN_INVALID: 'domain', MAIL_DOMAIN_IN_USE: 'domain', MAIL_OFFICIAL_NOT_FOUND: 'userId', MAIL_ALIAS_MEMBERS_INVALID: 'memberIds', MAILBOX_EXISTS: 'userId',
};

/** Where a refusal of one field is shown: under that field of the form. */
type FieldTarget = { fields: string[]; show: (field: string, error: string) => void };
const fieldsOf = <V,>(form: FormInstance<V>, fields: (keyof V & string)[]): FieldTarget => ({
  fields, show: (field, error) => form.setFields([{ name: field as never, errors: [error] }]),
});

/**
 * Official mail for agency admins (thư điện tử công vụ): the agency's mail domain and default quota, its
 * officials' mailboxes (create, rename, quota, password, suspend, resume, remove) and its shared addresses.
 */
export function MailAdminPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { user, loading } = useSession();
  const { agencies } = useAgencies();
  const [agencyId, setAgencyId] = useState<number>();
  const [settings, setSettings] = useState<Settings>();
  const [page, setPage] = useState<Page>();
  const [aliases, setAliases] = useState<Alias[]>([]);
  const [candidates, setCandidates] = useState<Candidates>();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [domainForm] = Form.useForm<{ domain: string; defaultQuotaMb: number }>();
  const [createForm] = Form.useForm<{ userId: number; localPart?: string; quotaMb?: number; password?: string }>();
  const [editForm] = Form.useForm<{ localPart?: string; quotaMb?: number; password?: string }>();
  const [aliasForm] = Form.useForm<{ localPart: string; description?: string; memberIds: number[] }>();
  const tree = useMemo(() => buildAgencyTree(agencies), [agencies]);

  // The admin's own agency first.
  useEffect(() => {
    if (agencyId === undefined && user) setAgencyId(user.roles.find((r) => r.role === 'admin')?.agencyId ?? undefined);
  }, [user, agencyId]);

  const load = useCallback(async () => {
    if (agencyId === undefined) return;
    try {
      const [s, p, a, c] = await Promise.all([
        unwrap(api.GET('/api/admin/mail/agencies/{agencyId}', { params: { path: { agencyId } } })),
        unwrap(api.GET('/api/admin/mail/mailboxes', { params: { query: { agencyId, pageSize: 100 } } })),
        unwrap(api.GET('/api/admin/mail/aliases', { params: { query: { agencyId } } })),
        unwrap(api.GET('/api/admin/mail/agencies/{agencyId}/candidates', { params: { path: { agencyId } } })),
      ]);
      setSettings(s);
      setPage(p);
      setAliases(a.items);
      setCandidates(c);
      setError(undefined);
      domainForm.setFieldsValue({ domain: s.domain ?? '', defaultQuotaMb: s.defaultQuotaMb ?? 1024 });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('common.error'));
    }
  }, [agencyId, domainForm, t]);
  useEffect(() => {
    void load();
  }, [load]);

  if (loading) return null;
  if (!hasRole(user, 'admin')) return <Navigate to="/dang-nhap" replace />;

  /** Runs a change; a refusal of one field is shown under it, any other as a message. */
  const submit = async (target: FieldTarget | null, action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusy(true);
    try {
      await action();
      void message.success(done);
      await load();
      return true;
    } catch (e) {
      const field = e instanceof ApiError ? FIELD_OF[e.code] : undefined;
      if (target && field && target.fields.includes(field)) target.show(field, (e as ApiError).message);
      else void message.error(e instanceof ApiError ? e.message : t('common.error'));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const saveDomain = (values: { domain: string; defaultQuotaMb: number }) =>
    submit(fieldsOf(domainForm, ['domain']), () => unwrap(api.PUT('/api/admin/mail/agencies/{agencyId}', { params: { path: { agencyId: agencyId! } }, body: { domain: values.domain.trim().toLowerCase(), defaultQuotaMb: values.defaultQuotaMb } })), t('mail.saved'));

  const createMailbox = async (values: { userId: number; localPart?: string; quotaMb?: number; password?: string }) => {
    const body = { agencyId: agencyId!, userId: values.userId, ...(values.localPart?.trim() ? { localPart: values.localPart.trim() } : {}), ...(values.quotaMb ? { quotaMb: values.quotaMb } : {}), ...(values.password ? { password: values.password } : {}) };
    if (await submit(fieldsOf(createForm, ['userId', 'localPart', 'password']), () => unwrap(api.POST('/api/admin/mail/mailboxes', { body })), t('mail.created'))) {
      setCreating(false);
      createForm.resetFields();
    }
  };

  const saveEdit = async (values: { localPart?: string; quotaMb?: number; password?: string }) => {
    if (!editing) return;
    const { mailbox: m, action } = editing;
    const path = { params: { path: { id: m.id } } };
    const call = action === 'rename' ? () => unwrap(api.POST('/api/admin/mail/mailboxes/{id}/rename', { ...path, body: { localPart: values.localPart!.trim(), version: m.version } }))
      : action === 'quota' ? () => unwrap(api.PUT('/api/admin/mail/mailboxes/{id}/quota', { ...path, body: { quotaMb: values.quotaMb!, version: m.version } }))
        : () => unwrap(api.POST('/api/admin/mail/mailboxes/{id}/password', { ...path, body: { password: values.password!, version: m.version } }));
    if (await submit(fieldsOf(editForm, ['localPart', 'password']), call, t('mail.saved'))) setEditing(null);
  };

  const setStatus = (m: Mailbox, action: 'suspend' | 'resume') =>
    submit(null, () => unwrap(api.POST(action === 'suspend' ? '/api/admin/mail/mailboxes/{id}/suspend' : '/api/admin/mail/mailboxes/{id}/resume', { params: { path: { id: m.id } }, body: { version: m.version } })), t('mail.saved'));
  const remove = (m: Mailbox) => submit(null, () => unwrap(api.DELETE('/api/admin/mail/mailboxes/{id}', { params: { path: { id: m.id }, query: { version: m.version } } })), t('mail.removed'));

  const createAlias = async (values: { localPart: string; description?: string; memberIds: number[] }) => {
    if (await submit(fieldsOf(aliasForm, ['localPart', 'memberIds']), () => unwrap(api.POST('/api/admin/mail/aliases', { body: { agencyId: agencyId!, localPart: values.localPart.trim(), description: values.description?.trim() ?? '', memberIds: values.memberIds ?? [] } })), t('mail.created'))) {
      aliasForm.resetFields();
    }
  };
  const removeAlias = (a: Alias) => submit(null, () => unwrap(api.DELETE('/api/admin/mail/aliases/{id}', { params: { path: { id: a.id }, query: { version: a.version } } })), t('mail.removed'));

  const mailboxes = page?.items ?? [];
  const addressOf = new Map(mailboxes.map((m) => [m.id, m.address]));
  const required = (label: string) => [{ required: true, message: t('form.required', { field: label.toLowerCase() }) }];
  const syncTag = (state: Mailbox['syncState'], error: string | null) => (
    <Tag color={state === 'synced' ? 'green' : state === 'failed' ? 'red' : 'gold'} title={error ?? undefined} style={{ whiteSpace: 'normal' }}>{t(`mail.sync.${state}`)}</Tag>
  );

  return (
    <Flex vertical gap={16}>
      <Card title={<PageTitle text={t('mail.title')} />}>
        <Form layout="vertical">
          <Form.Item label={t('mail.agency')} htmlFor="mail-agency">
            <TreeSelect id="mail-agency" treeData={tree} value={agencyId} onChange={(id: number) => setAgencyId(id)} treeDefaultExpandAll showSearch treeNodeFilterProp="title" style={{ width: '100%' }} />
          </Form.Item>
        </Form>
        {error && <Alert type="error" showIcon message={error} />}
        {page && !page.directoryConfigured && <Alert type="warning" showIcon message={t('mail.notConfigured')} style={{ marginBottom: 16 }} />}
        {settings && (
          <Form form={domainForm} name="mail-domain" layout="vertical" onFinish={(v) => void saveDomain(v)} aria-label={t('mail.domain.title')}>
            <Typography.Title level={2} style={{ fontSize: 16 }}>{t('mail.domain.title')}</Typography.Title>
            {settings.inheritedFrom && <Typography.Paragraph>{t('mail.domain.inherited', { domain: settings.effectiveDomain ?? '', agency: settings.inheritedFrom })}</Typography.Paragraph>}
            <Flex wrap gap={8} align="flex-end">
              <Form.Item name="domain" label={t('mail.domain.domain')} rules={required(t('mail.domain.domain'))} style={{ flex: '1 1 220px', marginBottom: 8 }}>
                <Input placeholder="stp.langson.gov.vn" autoCapitalize="none" />
              </Form.Item>
              <Form.Item name="defaultQuotaMb" label={t('mail.domain.quota')} rules={required(t('mail.domain.quota'))} style={{ flex: '0 1 160px', marginBottom: 8 }}>
                <InputNumber min={1} max={1048576} style={{ width: '100%' }} />
              </Form.Item>
              <Button htmlType="submit" loading={busy} style={{ marginBottom: 8 }}>{t('mail.save')}</Button>
            </Flex>
          </Form>
        )}
      </Card>

      <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('mail.mailboxes')}</Typography.Title>}
        extra={<Button type="primary" disabled={!settings?.effectiveDomain} onClick={() => setCreating(true)}>{t('mail.create')}</Button>}>
        {settings && !settings.effectiveDomain && <Typography.Paragraph>{t('mail.noDomain')}</Typography.Paragraph>}
        <Table size="small" rowKey="id" pagination={false} scroll={{ x: true }} dataSource={mailboxes} locale={{ emptyText: t('mail.none') }}
          columns={[
            {
              title: t('mail.address'), dataIndex: 'address',
              render: (address: string, m) => <><div>{address}</div>{m.formerAddresses.length > 0 && <Typography.Text type="secondary">{t('mail.former')}: {m.formerAddresses.join(', ')}</Typography.Text>}</>,
            },
            { title: t('mail.official'), dataIndex: 'displayName' },
            { title: t('mail.quota'), dataIndex: 'quotaMb', align: 'right', render: megabytes },
            {
              title: t('mail.status'), dataIndex: 'status',
              render: (status: Mailbox['status'], m) => <Tag color={status === 'active' ? 'green' : 'orange'}>{t(`mail.status.${status}`)}{m.suspendedReason === 'account' ? ` (${t('mail.status.byAccount')})` : ''}</Tag>,
            },
            { title: t('mail.sync'), dataIndex: 'syncState', render: (state: Mailbox['syncState'], m) => <>{syncTag(state, m.syncError)}<div><Typography.Text type="secondary">{when(m.syncedAt)}</Typography.Text></div></> },
            {
              title: t('mail.actions'), key: 'actions',
              render: (_: unknown, m) => (
                <Space wrap size={4}>
                  <Button size="small" onClick={() => { editForm.resetFields(); setEditing({ mailbox: m, action: 'rename' }); }} aria-label={`${t('mail.rename')}: ${m.address}`}>{t('mail.rename')}</Button>
                  <Button size="small" onClick={() => { editForm.setFieldsValue({ quotaMb: m.quotaMb }); setEditing({ mailbox: m, action: 'quota' }); }} aria-label={`${t('mail.setQuota')}: ${m.address}`}>{t('mail.setQuota')}</Button>
                  <Button size="small" onClick={() => { editForm.resetFields(); setEditing({ mailbox: m, action: 'password' }); }} aria-label={`${t('mail.setPassword')}: ${m.address}`}>{t('mail.setPassword')}</Button>
                  {m.status === 'active'
                    ? <Button size="small" onClick={() => void setStatus(m, 'suspend')} aria-label={`${t('mail.suspend')}: ${m.address}`}>{t('mail.suspend')}</Button>
                    : <Button size="small" onClick={() => void setStatus(m, 'resume')} aria-label={`${t('mail.resume')}: ${m.address}`}>{t('mail.resume')}</Button>}
                  <Popconfirm title={t('mail.removeConfirm', { address: m.address })} okText={t('mail.remove')} cancelText={t('mail.cancel')} onConfirm={() => void remove(m)}>
                    <Button size="small" danger aria-label={`${t('mail.remove')}: ${m.address}`}>{t('mail.remove')}</Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]} />
      </Card>

      <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('mail.aliases')}</Typography.Title>}>
        <Typography.Paragraph type="secondary">{t('mail.aliasHint')}</Typography.Paragraph>
        <Table size="small" rowKey="id" pagination={false} scroll={{ x: true }} dataSource={aliases} locale={{ emptyText: t('mail.noAliases') }}
          columns={[
            { title: t('mail.address'), dataIndex: 'address' },
            { title: t('mail.description'), dataIndex: 'description' },
            { title: t('mail.members'), dataIndex: 'memberIds', render: (ids: number[]) => ids.map((id) => addressOf.get(id) ?? `#${id}`).join(', ') || '—' },
            { title: t('mail.sync'), dataIndex: 'syncState', render: (state: Alias['syncState'], a) => syncTag(state, a.syncError) },
            {
              title: t('mail.actions'), key: 'actions',
              render: (_: unknown, a) => (
                <Popconfirm title={t('mail.removeConfirm', { address: a.address })} okText={t('mail.remove')} cancelText={t('mail.cancel')} onConfirm={() => void removeAlias(a)}>
                  <Button size="small" danger aria-label={`${t('mail.remove')}: ${a.address}`}>{t('mail.remove')}</Button>
                </Popconfirm>
              ),
            },
          ]} />
        {settings?.effectiveDomain && (
          <Form form={aliasForm} name="mail-alias" layout="vertical" onFinish={(v) => void createAlias(v)} style={{ marginTop: 16 }} aria-label={t('mail.aliasCreate')}>
            <Typography.Title level={3} style={{ fontSize: 15 }}>{t('mail.aliasCreate')}</Typography.Title>
            <Form.Item name="localPart" label={t('mail.aliasName')} rules={required(t('mail.aliasName'))} extra={`@${settings.effectiveDomain}`}>
              <Input placeholder="vanthu" autoCapitalize="none" />
            </Form.Item>
            <Form.Item name="description" label={t('mail.description')}><Input maxLength={200} /></Form.Item>
            <Form.Item name="memberIds" label={t('mail.members')} rules={required(t('mail.members'))}>
              <Select mode="multiple" options={mailboxes.filter((m) => m.status === 'active').map((m) => ({ value: m.id, label: m.address }))} />
            </Form.Item>
            <Button htmlType="submit" loading={busy}>{t('mail.aliasCreate')}</Button>
          </Form>
        )}
      </Card>

      <Modal open={creating} title={t('mail.create')} okText={t('mail.create')} cancelText={t('mail.cancel')} confirmLoading={busy} onCancel={() => setCreating(false)} onOk={() => createForm.submit()} destroyOnHidden>
        <Form form={createForm} name="mail-create" layout="vertical" onFinish={(v) => void createMailbox(v)} preserve={false}>
          <Form.Item name="userId" label={t('mail.official')} rules={required(t('mail.official'))}>
            <Select showSearch optionFilterProp="label" options={(candidates?.items ?? []).map((c) => ({ value: c.userId, label: `${c.fullName} — ${c.suggestedAddress ?? ''}` }))}
              notFoundContent={t('mail.noCandidates')} />
          </Form.Item>
          <Form.Item name="localPart" label={t('mail.localPart')} extra={t('mail.localPartHint', { domain: settings?.effectiveDomain ?? '' })}><Input autoCapitalize="none" /></Form.Item>
          <Form.Item name="quotaMb" label={t('mail.quota')} extra={t('mail.quotaHint', { quota: settings?.defaultQuotaMb ?? '' })}><InputNumber min={1} max={1048576} style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="password" label={t('mail.password')} extra={t('mail.passwordHint')}><Input.Password autoComplete="new-password" /></Form.Item>
        </Form>
      </Modal>

      <Modal open={editing !== null} title={editing ? `${t(`mail.${editing.action === 'quota' ? 'setQuota' : editing.action === 'password' ? 'setPassword' : 'rename'}`)}: ${editing.mailbox.address}` : ''}
        okText={t('mail.save')} cancelText={t('mail.cancel')} confirmLoading={busy} onCancel={() => setEditing(null)} onOk={() => editForm.submit()} destroyOnHidden>
        <Form form={editForm} name="mail-edit" layout="vertical" onFinish={(v) => void saveEdit(v)}>
          {editing?.action === 'rename' && (
            <Form.Item name="localPart" label={t('mail.localPart')} rules={required(t('mail.localPart'))} extra={t('mail.renameHint')}><Input autoCapitalize="none" /></Form.Item>
          )}
          {editing?.action === 'quota' && (
            <Form.Item name="quotaMb" label={t('mail.quota')} rules={required(t('mail.quota'))}><InputNumber min={1} max={1048576} style={{ width: '100%' }} /></Form.Item>
          )}
          {editing?.action === 'password' && (
            <Form.Item name="password" label={t('mail.password')} rules={required(t('mail.password'))} extra={t('mail.passwordHint')}><Input.Password autoComplete="new-password" /></Form.Item>
          )}
        </Form>
      </Modal>
    </Flex>
  );
}
