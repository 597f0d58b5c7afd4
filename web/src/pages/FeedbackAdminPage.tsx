import { useCallback, useEffect, useRef, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, List, Modal, Select, Switch, Tag, Typography } from 'antd';
import { api, ApiError, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import {
  createCategory, issueOpen311Key, listAdminCategories, listAreas, listOpen311Keys, loadAreas, revokeOpen311Key, updateCategory,
  type AdminCategory, type Areas, type CategoryInput, type Open311Key,
} from '../modules/feedback/api';
import { useFormAction } from '../modules/documents/useFormAction';
import { WrappedTabs } from '../modules/documents/WrappedTabs';
import { useSession } from '../modules/identity/session';
import { formatDate } from '../ui/format';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';

type Agency = { id: number; name: string; code: string };

/**
 * The province admin's feedback settings: the categories (deadline in working days, who handles them:
 * one agency, or the district or commune where the point lies), the administrative boundaries those
 * levels are found from (a GeoJSON file), and the API keys of Open311 clients (a key is shown once).
 */
export function FeedbackAdminPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const [tab, setTab] = useState('linh-vuc');
  // Only the province admin may: the server says so for anyone else (a district admin included).
  const [refused, setRefused] = useState<string>();
  useEffect(() => {
    if (user) listAdminCategories().then(() => setRefused(undefined)).catch((e: unknown) => setRefused(e instanceof ApiError ? e.message : t('common.error')));
  }, [user, t]);
  if (loading) return null;
  if (!user) return <Navigate to="/dang-nhap?tiep=%2Fquan-tri%2Fphan-anh" replace />;
  if (refused) return <Card title={<PageTitle text={t('feedback.admin.title')} />}><Alert type="warning" showIcon message={refused} /></Card>;
  return (
    <Card title={<PageTitle text={t('feedback.admin.title')} />}>
      <WrappedTabs id="quan-tri-phan-anh" label={t('feedback.admin.title')} active={tab} onChange={setTab} items={[
        { key: 'linh-vuc', label: t('feedback.admin.categories'), children: <CategoriesTab /> },
        { key: 'dia-ban', label: t('feedback.admin.areas'), children: <AreasTab /> },
        { key: 'open311', label: t('feedback.admin.keys'), children: <KeysTab /> },
      ]} />
    </Card>
  );
}

function CategoriesTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const load = useApiAction();
  const save = useFormAction();
  const [items, setItems] = useState<AdminCategory[]>([]);
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [editing, setEditing] = useState<AdminCategory | 'new' | null>(null);
  const [form] = Form.useForm<CategoryInput>();
  const reload = useCallback(() => void load.run(listAdminCategories).then((found) => found && setItems(found.items)), []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    reload();
    unwrap(api.GET('/api/agencies')).then((found) => setAgencies(found.items.filter((a) => !a.validTo).map((a) => ({ id: a.id, name: a.name, code: a.code })))).catch(() => undefined);
  }, [reload]);
  useEffect(() => {
    if (!editing) return;
    form.resetFields();
    form.setFieldsValue(editing === 'new' ? { deadlineDays: 10, level: 'agency', active: true } : {
      code: editing.code, name: editing.name, description: editing.description, deadlineDays: editing.deadlineDays, level: editing.level, agencyId: editing.agencyId, active: editing.active, position: editing.position,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editing]);

  const submit = async (v: CategoryInput) => {
    const input: CategoryInput = { ...v, code: v.code.trim(), name: v.name.trim(), description: v.description?.trim() || null };
    const done = await save.run(form, async () => {
      if (editing === 'new') await createCategory(input);
      else await updateCategory((editing as AdminCategory).id, input);
      return true;
    }, { FEEDBACK_CATEGORY_CODE_TAKEN: 'code' });
    if (!done) return;
    message.success(t('feedback.admin.saved'));
    setEditing(null);
    reload();
  };
  const required = (field: string) => [{ required: true, message: t('form.required', { field: field.toLowerCase() }) }];

  return (
    <Flex vertical gap={12}>
      <div><Button type="primary" onClick={() => setEditing('new')}>{t('feedback.admin.addCategory')}</Button></div>
      <List loading={load.busy} dataSource={items} locale={{ emptyText: t('feedback.admin.noCategories') }} renderItem={(c) => (
        <List.Item key={c.id} actions={[<Button key="edit" onClick={() => setEditing(c)} aria-label={`${t('feedback.admin.edit')}: ${c.name}`}>{t('feedback.admin.edit')}</Button>]}>
          <List.Item.Meta
            title={<span>{c.name} {!c.active && <Tag>{t('feedback.admin.inactive')}</Tag>}</span>}
            description={<span style={{ overflowWrap: 'anywhere' }}>{c.code} · {t('feedback.admin.deadline', { days: c.deadlineDays })} · {t(`feedback.level.${c.level}`)} · {c.agencyName}</span>} />
        </List.Item>
      )} />
      <Modal open={!!editing} title={editing === 'new' ? t('feedback.admin.addCategory') : t('feedback.admin.editCategory')} onCancel={() => setEditing(null)}
        okText={t('feedback.admin.save')} cancelText={t('common.cancel')} okButtonProps={{ loading: save.busy }} onOk={() => form.submit()} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item name="name" label={t('feedback.admin.name')} rules={required(t('feedback.admin.name'))}><Input maxLength={200} /></Form.Item>
          <Form.Item name="code" label={t('feedback.admin.code')} extra={t('feedback.admin.codeHint')} rules={[...required(t('feedback.admin.code')), { pattern: /^[a-z0-9][a-z0-9-]{1,39}$/, message: t('feedback.admin.codeHint') }]}>
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
          <Form.Item name="description" label={t('feedback.admin.description')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
          <Form.Item name="deadlineDays" label={t('feedback.admin.deadlineDays')} rules={required(t('feedback.admin.deadlineDays'))}><InputNumber min={1} max={90} precision={0} style={{ width: 160 }} /></Form.Item>
          <Form.Item name="level" label={t('feedback.admin.level')} extra={t('feedback.admin.levelHint')} rules={required(t('feedback.admin.level'))}>
            <Select options={(['agency', 'district', 'commune'] as const).map((l) => ({ value: l, label: t(`feedback.level.${l}`) }))} />
          </Form.Item>
          <Form.Item name="agencyId" label={t('feedback.admin.agency')} extra={t('feedback.admin.agencyHint')} rules={required(t('feedback.admin.agency'))}>
            <Select showSearch optionFilterProp="label" options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
          </Form.Item>
          <Form.Item name="position" label={t('feedback.admin.position')}><InputNumber min={0} max={1000} precision={0} style={{ width: 160 }} /></Form.Item>
          <Form.Item name="active" label={t('feedback.admin.active')} valuePropName="checked"><Switch /></Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}

function AreasTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const load = useApiAction();
  const upload = useApiAction();
  const [areas, setAreas] = useState<Areas>();
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const reload = useCallback(() => void load.run(listAreas).then((found) => found && setAreas(found)), []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(reload, [reload]);

  const pick = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    setError(undefined);
    let geojson: unknown;
    try {
      geojson = JSON.parse(await file.text());
    } catch {
      return setError(t('feedback.admin.notJson', { name: file.name }));
    }
    const loaded = await upload.run(() => loadAreas(geojson));
    if (!loaded) return;
    message.success(t('feedback.admin.areasLoaded', { areas: loaded.areas, districts: loaded.districts, communes: loaded.communes }));
    reload();
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ marginBottom: 0 }}>{t('feedback.admin.areasHint')}</Typography.Paragraph>
      <input ref={input} type="file" accept=".geojson,.json,application/geo+json,application/json" hidden aria-label={t('feedback.admin.loadAreas')} onChange={(e) => void pick(e.target.files?.[0])} />
      <div><Button type="primary" loading={upload.busy} onClick={() => input.current?.click()}>{t('feedback.admin.loadAreas')}</Button></div>
      {error && <Alert type="error" showIcon message={error} />}
      {areas && <Typography.Text type="secondary">{areas.loadedAt ? t('feedback.admin.loadedAt', { n: areas.items.length, date: formatDate(areas.loadedAt) }) : t('feedback.admin.noAreas')}</Typography.Text>}
      <List loading={load.busy} dataSource={areas?.items ?? []} locale={{ emptyText: t('feedback.admin.noAreas') }} renderItem={(a) => (
        <List.Item key={a.id}>
          <List.Item.Meta title={a.name} description={<span style={{ overflowWrap: 'anywhere' }}>{t(`feedback.level.${a.level}`)} · {a.agencyName} ({a.agencyCode})</span>} />
        </List.Item>
      )} />
    </Flex>
  );
}

function KeysTab() {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const load = useApiAction();
  const act = useFormAction();
  const [keys, setKeys] = useState<Open311Key[]>([]);
  const [issuing, setIssuing] = useState(false);
  const [issued, setIssued] = useState<{ name: string; key: string } | null>(null);
  const [form] = Form.useForm<{ name: string }>();
  const reload = useCallback(() => void load.run(listOpen311Keys).then((found) => found && setKeys(found.items)), []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(reload, [reload]);

  const issue = async ({ name }: { name: string }) => {
    const done = await act.run(form, () => issueOpen311Key(name.trim()));
    if (!done) return;
    setIssuing(false);
    setIssued(done);
    reload();
  };
  const revoke = (key: Open311Key) => modal.confirm({
    title: t('feedback.admin.revoke'), content: t('feedback.admin.revokeConfirm', { name: key.name }), okText: t('feedback.admin.revoke'), okButtonProps: { danger: true }, cancelText: t('common.cancel'),
    onOk: async () => {
      const done = await act.run(null, async () => {
        await revokeOpen311Key(key.id);
        return true;
      });
      if (done) {
        message.success(t('feedback.admin.revoked'));
        reload();
      }
    },
  });

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph style={{ marginBottom: 0 }}>{t('feedback.admin.keysHint')}</Typography.Paragraph>
      <div><Button type="primary" onClick={() => { form.resetFields(); setIssuing(true); }}>{t('feedback.admin.issue')}</Button></div>
      {issued && (
        <Alert type="success" showIcon closable onClose={() => setIssued(null)} message={t('feedback.admin.issuedTitle', { name: issued.name })} description={
          <Flex vertical gap={4}>
            <Typography.Text copyable={{ text: issued.key }} code style={{ overflowWrap: 'anywhere' }}>{issued.key}</Typography.Text>
            <span>{t('feedback.admin.issuedOnce')}</span>
          </Flex>
        } />
      )}
      <List loading={load.busy} dataSource={keys} locale={{ emptyText: t('feedback.admin.noKeys') }} renderItem={(k) => (
        <List.Item key={k.id} actions={k.revokedAt ? [] : [<Button key="revoke" danger onClick={() => revoke(k)} aria-label={`${t('feedback.admin.revoke')}: ${k.name}`}>{t('feedback.admin.revoke')}</Button>]}>
          <List.Item.Meta
            title={<span>{k.name} {k.revokedAt && <Tag color="red">{t('feedback.admin.revokedOn', { date: formatDate(k.revokedAt) })}</Tag>}</span>}
            description={<span style={{ overflowWrap: 'anywhere' }}>{k.prefix}… · {t('feedback.admin.created', { date: formatDate(k.createdAt) })} · {k.lastUsedAt ? t('feedback.admin.lastUsed', { date: formatDate(k.lastUsedAt) }) : t('feedback.admin.neverUsed')}</span>} />
        </List.Item>
      )} />
      <Modal open={issuing} title={t('feedback.admin.issue')} onCancel={() => setIssuing(false)} okText={t('feedback.admin.issue')} cancelText={t('common.cancel')}
        okButtonProps={{ loading: act.busy }} onOk={() => form.submit()} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => void issue(v)}>
          <Form.Item name="name" label={t('feedback.admin.keyName')} extra={t('feedback.admin.keyNameHint')} rules={[{ required: true, whitespace: true, min: 3, message: t('form.required', { field: t('feedback.admin.keyName').toLowerCase() }) }]}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
