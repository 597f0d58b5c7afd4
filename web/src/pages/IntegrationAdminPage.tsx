import { useCallback, useEffect, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { Alert, Button, Card, Flex, Form, Input, InputNumber, Modal, Radio, Select, Table, Tag, Typography, Upload } from 'antd';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { hasRole, useSession } from '../modules/identity/session';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';
import { WrappedTabs } from '../modules/documents/WrappedTabs';

type Member = Reply<'/api/integration/members', 'get'>['items'][number];
type Service = Reply<'/api/integration/services', 'get'>['items'][number];
type Grant = Reply<'/api/integration/grants', 'get'>['items'][number];
type Traffic = Reply<'/api/integration/traffic', 'get'>;
type Chain = Reply<'/api/integration/chain', 'get'>;
type Verification = Reply<'/api/integration/chain/verification', 'get'>;
type Agency = { id: number; name: string };

const dateTime = (iso: string | Date) => new Date(iso).toLocaleString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const num = (n: number | null) => (n === null ? '—' : n.toLocaleString('vi-VN', { maximumFractionDigits: 2 }));

function useAgencies() {
  const [agencies, setAgencies] = useState<Agency[]>([]);
  useEffect(() => {
    void unwrap(api.GET('/api/agencies', {})).then((r) => setAgencies((r.items as Agency[]).map((a) => ({ id: a.id, name: a.name }))));
  }, []);
  return agencies;
}

function Members({ members, reload }: { members: Member[]; reload: () => Promise<void> }) {
  const { t } = useI18n();
  const { run, busy } = useApiAction();
  const agencies = useAgencies();
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<{ clientId: string; clientSecret: string; tokenUrl: string }>();
  const [certFor, setCertFor] = useState<Member>();
  const [issued, setIssued] = useState<{ certificate: string; privateKey: string; fingerprint: string }>();
  const [form] = Form.useForm<{ identifier: string; name: string; agencyId: number; certificate?: string }>();
  const [certForm] = Form.useForm<{ certificate: string }>();
  const add = async (v: { identifier: string; name: string; agencyId: number; certificate?: string }) => {
    const created = await run(() => unwrap(api.POST('/api/integration/members', { body: { identifier: v.identifier.trim(), name: v.name.trim(), agencyId: v.agencyId, ...(v.certificate?.trim() ? { certificate: v.certificate.trim() } : {}) } })));
    if (created) {
      setAdding(false);
      form.resetFields();
      setSecret(created);
      await reload();
    }
  };
  const rotate = async (m: Member) => {
    const rotated = await run(() => unwrap(api.POST('/api/integration/members/{id}/secret', { params: { path: { id: m.id } } })));
    if (rotated) setSecret(rotated);
  };
  const setState = async (m: Member) => {
    if (await run(() => unwrap(api.POST('/api/integration/members/{id}/state', { params: { path: { id: m.id } }, body: { state: m.state === 'active' ? 'suspended' : 'active', version: m.version } })))) await reload();
  };
  const saveCertificate = async (v: { certificate: string }) => {
    if (!certFor) return;
    if (await run(() => unwrap(api.PUT('/api/integration/members/{id}/certificate', { params: { path: { id: certFor.id } }, body: { certificate: v.certificate?.trim() || null } })))) {
      setCertFor(undefined);
      await reload();
    }
  };
  const issueDemo = async () => {
    if (!certFor) return;
    const created = await run(() => unwrap(api.POST('/api/integration/members/{id}/demo-certificate', { params: { path: { id: certFor.id } } })));
    if (created) {
      setCertFor(undefined);
      setIssued(created);
      await reload();
    }
  };
  return (
    <Card title={t('integration.members')} extra={<Button type="primary" onClick={() => setAdding(true)}>{t('integration.addMember')}</Button>}>
      {secret && (
        <Alert type="warning" showIcon closable onClose={() => setSecret(undefined)} style={{ marginBottom: 12 }}
          message={t('integration.secretOnce', { client: secret.clientId })}
          description={<Flex vertical><Typography.Text>{t('integration.clientId')}: <Typography.Text code copyable>{secret.clientId}</Typography.Text></Typography.Text>
            <Typography.Text>{t('integration.clientSecret')}: <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>{secret.clientSecret}</Typography.Text></Typography.Text>
            <Typography.Text>{t('integration.tokenUrl')}: <Typography.Text code>{secret.tokenUrl}</Typography.Text></Typography.Text></Flex>} />
      )}
      {issued && (
        <Alert type="warning" showIcon closable onClose={() => setIssued(undefined)} style={{ marginBottom: 12 }} message={t('integration.keyOnce', { fingerprint: issued.fingerprint })}
          description={<Flex vertical gap={8}><Input.TextArea aria-label={t('integration.certificatePem')} readOnly rows={4} value={issued.certificate} /><Input.TextArea aria-label={t('integration.privateKey')} readOnly rows={4} value={issued.privateKey} /></Flex>} />
      )}
      <Table rowKey="id" size="small" dataSource={members} pagination={false} scroll={{ x: true }} columns={[
        { title: t('integration.identifier'), dataIndex: 'identifier', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
        { title: t('integration.name'), dataIndex: 'name' },
        { title: t('integration.agency'), dataIndex: 'agencyName' },
        { title: t('integration.state'), dataIndex: 'state', render: (s: string) => <Tag color={s === 'active' ? 'green' : 'red'}>{s === 'active' ? t('integration.active') : t('integration.suspended')}</Tag> },
        { title: t('integration.certificate'), dataIndex: 'certificateFingerprint', render: (f: string | null) => (f ? <Typography.Text code>{f.slice(0, 23)}…</Typography.Text> : '—') },
        {
          title: '', render: (_, m) => (
            <Flex gap={4} wrap>
              <Button size="small" onClick={() => void rotate(m)}>{t('integration.rotate')}</Button>
              <Button size="small" onClick={() => { setCertFor(m); certForm.resetFields(); }}>{t('integration.certificate')}</Button>
              <Button size="small" danger={m.state === 'active'} onClick={() => void setState(m)}>{m.state === 'active' ? t('integration.suspend') : t('integration.resume')}</Button>
            </Flex>
          ),
        },
      ]} />
      <Modal open={adding} title={t('integration.addMember')} onCancel={() => setAdding(false)} onOk={() => form.submit()} okButtonProps={{ loading: busy }} okText={t('integration.register')} cancelText={t('common.cancel')}>
        <Form form={form} layout="vertical" name="lgspMember" onFinish={(v) => void add(v)}>
          <Form.Item name="identifier" label={t('integration.identifier')} extra={t('integration.identifierHint')} rules={[{ required: true, pattern: /^[A-Z]{2}\/[A-Z]{2,8}\/[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+$/, message: t('integration.identifierHint') }]}><Input /></Form.Item>
          <Form.Item name="name" label={t('integration.name')} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="agencyId" label={t('integration.agency')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
          </Form.Item>
          <Form.Item name="certificate" label={t('integration.certificatePem')}><Input.TextArea rows={3} /></Form.Item>
        </Form>
      </Modal>
      <Modal open={!!certFor} title={t('integration.certificate')} onCancel={() => setCertFor(undefined)} onOk={() => certForm.submit()} okButtonProps={{ loading: busy }} okText={t('integration.save')} cancelText={t('common.cancel')}>
        <Typography.Paragraph type="secondary">{t('integration.certificateHint')}</Typography.Paragraph>
        <Button style={{ marginBottom: 12 }} loading={busy} onClick={() => void issueDemo()}>{t('integration.issueDemo')}</Button>
        <Form form={certForm} layout="vertical" name="lgspCertificate" onFinish={(v) => void saveCertificate(v)}>
          <Form.Item name="certificate" label={t('integration.certificatePem')}><Input.TextArea rows={6} /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

function Services({ services, reload }: { services: Service[]; reload: () => Promise<void> }) {
  const { t } = useI18n();
  const { run, busy } = useApiAction();
  const agencies = useAgencies();
  const [adding, setAdding] = useState(false);
  const [openapi, setOpenapi] = useState<{ name: string; text: string }>();
  const [form] = Form.useForm<{ code: string; name: string; agencyId: number; upstreamUrl: string; retention: 'full' | 'metadata'; timeoutMs: number }>();
  const add = async (v: { code: string; name: string; agencyId: number; upstreamUrl: string; retention: 'full' | 'metadata'; timeoutMs: number }) => {
    if (await run(() => unwrap(api.POST('/api/integration/services', { body: { ...v, code: v.code.trim(), upstreamUrl: v.upstreamUrl.trim(), openapi: openapi?.text ?? null } })))) {
      setAdding(false);
      setOpenapi(undefined);
      form.resetFields();
      await reload();
    }
  };
  const toggle = async (s: Service) => {
    if (await run(() => unwrap(api.PATCH('/api/integration/services/{id}', { params: { path: { id: s.id } }, body: { version: s.version, state: s.state === 'active' ? 'disabled' : 'active' } })))) await reload();
  };
  return (
    <Card title={t('integration.services')} extra={<Button type="primary" onClick={() => setAdding(true)}>{t('integration.publish')}</Button>}>
      <Table rowKey="id" size="small" dataSource={services} pagination={false} scroll={{ x: true }} columns={[
        { title: t('integration.code'), dataIndex: 'code', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
        { title: t('integration.name'), dataIndex: 'name' },
        { title: t('integration.upstream'), dataIndex: 'upstreamUrl' },
        { title: t('integration.operations'), dataIndex: 'operations', render: (ops: Service['operations']) => (ops.length ? ops.map((o) => <Tag key={o.id}>{o.id}</Tag>) : t('integration.wholeService')) },
        { title: t('integration.retention'), dataIndex: 'retention', render: (r: string) => (r === 'full' ? t('integration.retentionFull') : t('integration.retentionMetadata')) },
        { title: t('integration.timeout'), dataIndex: 'timeoutMs', render: (ms: number) => `${num(ms)} ms` },
        { title: t('integration.state'), dataIndex: 'state', render: (s: string, svc) => <Button size="small" onClick={() => void toggle(svc)}>{s === 'active' ? t('integration.active') : t('integration.disabled')}</Button> },
      ]} />
      <Modal open={adding} title={t('integration.publish')} onCancel={() => setAdding(false)} onOk={() => form.submit()} okButtonProps={{ loading: busy }} okText={t('integration.publish')} cancelText={t('common.cancel')}>
        <Form form={form} layout="vertical" name="lgspService" onFinish={(v) => void add(v)} initialValues={{ retention: 'metadata', timeoutMs: 10000 }}>
          <Form.Item name="code" label={t('integration.code')} extra={t('integration.codeHint')} rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9-]{1,62}$/, message: t('integration.codeHint') }]}><Input /></Form.Item>
          <Form.Item name="name" label={t('integration.name')} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="agencyId" label={t('integration.agency')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
          </Form.Item>
          <Form.Item name="upstreamUrl" label={t('integration.upstream')} rules={[{ required: true, pattern: /^https?:\/\/\S+$/ }]}><Input placeholder="https://" /></Form.Item>
          <Form.Item label={t('integration.openapi')}>
            <Upload accept=".json,application/json" maxCount={1} showUploadList={false} beforeUpload={(file) => { void file.text().then((text) => setOpenapi({ name: file.name, text })); return false; }}>
              <Button>{t('integration.chooseFile')}</Button>
            </Upload>
            {openapi && <Typography.Text style={{ marginLeft: 8 }}>{openapi.name}</Typography.Text>}
          </Form.Item>
          <Form.Item name="retention" label={t('integration.retention')}>
            <Radio.Group options={[{ value: 'metadata', label: t('integration.retentionMetadata') }, { value: 'full', label: t('integration.retentionFull') }]} />
          </Form.Item>
          <Form.Item name="timeoutMs" label={t('integration.timeoutMs')}><InputNumber min={100} max={120000} step={500} /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

function Grants({ members, services }: { members: Member[]; services: Service[] }) {
  const { t } = useI18n();
  const { run, busy } = useApiAction();
  const [grants, setGrants] = useState<Grant[]>([]);
  const [form] = Form.useForm<{ memberId: number; serviceId: number; operations?: string[] }>();
  const serviceId = Form.useWatch('serviceId', form);
  const load = useCallback(async () => setGrants((await unwrap(api.GET('/api/integration/grants', {}))).items), []);
  useEffect(() => {
    void load();
  }, [load]);
  const add = async (v: { memberId: number; serviceId: number; operations?: string[] }) => {
    if (await run(() => unwrap(api.POST('/api/integration/grants', { body: { memberId: v.memberId, serviceId: v.serviceId, operations: v.operations ?? [] } })))) {
      form.resetFields();
      await load();
    }
  };
  const revoke = async (g: Grant) => {
    if (await run(() => unwrap(api.DELETE('/api/integration/grants/{id}', { params: { path: { id: g.id } } })))) await load();
  };
  const operations = services.find((s) => s.id === serviceId)?.operations ?? [];
  return (
    <Card title={t('integration.grants')}>
      <Form form={form} layout="vertical" name="lgspGrant" onFinish={(v) => void add(v)}>
        <Flex gap={8} wrap align="end">
          <Form.Item name="memberId" label={t('integration.member')} rules={[{ required: true }]} style={{ minWidth: 220, flex: 1 }}>
            <Select showSearch optionFilterProp="label" options={members.map((m) => ({ value: m.id, label: `${m.name} (${m.identifier})` }))} />
          </Form.Item>
          <Form.Item name="serviceId" label={t('integration.service')} rules={[{ required: true }]} style={{ minWidth: 200, flex: 1 }}>
            <Select options={services.map((s) => ({ value: s.id, label: s.code }))} />
          </Form.Item>
          <Form.Item name="operations" label={t('integration.operationsOptional')} style={{ minWidth: 200, flex: 1 }}>
            <Select mode="multiple" options={operations.map((o) => ({ value: o.id, label: o.id }))} />
          </Form.Item>
          <Form.Item><Button type="primary" htmlType="submit" loading={busy}>{t('integration.grant')}</Button></Form.Item>
        </Flex>
      </Form>
      <Table rowKey="id" size="small" dataSource={grants} pagination={false} scroll={{ x: true }} columns={[
        { title: t('integration.member'), dataIndex: 'memberName', render: (n: string, g) => <>{n} <Typography.Text code>{g.memberIdentifier}</Typography.Text></> },
        { title: t('integration.service'), dataIndex: 'serviceCode' },
        { title: t('integration.operation'), dataIndex: 'operation', render: (o: string | null) => o ?? t('integration.wholeService') },
        { title: t('integration.grantedAt'), dataIndex: 'grantedAt', render: (d: string) => dateTime(d) },
        { title: '', render: (_, g) => <Button size="small" danger onClick={() => void revoke(g)}>{t('integration.revoke')}</Button> },
      ]} />
    </Card>
  );
}

/** A line of the calls per bucket, drawn inline (no chart library). */
function Sparkline({ values, label }: { values: number[]; label: string }) {
  if (values.length === 0) return null;
  const max = Math.max(1, ...values);
  const w = 120;
  const h = 28;
  const points = values.map((v, i) => `${values.length === 1 ? w / 2 : (i / (values.length - 1)) * w},${h - (v / max) * (h - 2) - 1}`).join(' ');
  return (
    <svg width={w} height={h} role="img" aria-label={label}>
      <polyline points={points} fill="none" stroke="#1677ff" strokeWidth={1.5} />
    </svg>
  );
}

function TrafficAndChain() {
  const { t } = useI18n();
  const { run, busy } = useApiAction();
  const [hours, setHours] = useState(24);
  const [traffic, setTraffic] = useState<Traffic>();
  const [chain, setChain] = useState<Chain>();
  const [verification, setVerification] = useState<Verification>();
  const load = useCallback(async () => {
    setTraffic(await unwrap(api.GET('/api/integration/traffic', { params: { query: { hours } } })));
    setChain(await unwrap(api.GET('/api/integration/chain')));
  }, [hours]);
  useEffect(() => {
    void load();
  }, [load]);
  const verify = async () => {
    const result = await run(() => unwrap(api.GET('/api/integration/chain/verification')));
    if (result) setVerification(result);
  };
  return (
    <Flex vertical gap={16}>
      <Card title={t('integration.traffic')} extra={<Flex gap={8}><Select aria-label={t('integration.period')} value={hours} onChange={setHours} options={[1, 24, 168, 720].map((h) => ({ value: h, label: t('integration.lastHours', { hours: h }) }))} /><Button onClick={() => void load()}>{t('integration.refresh')}</Button></Flex>}>
        <Table rowKey="service" size="small" dataSource={traffic?.services ?? []} pagination={false} scroll={{ x: true }} locale={{ emptyText: t('integration.noTraffic') }} columns={[
          { title: t('integration.service'), dataIndex: 'service' },
          { title: t('integration.calls'), dataIndex: 'calls', render: (n: number) => num(n) },
          { title: t('integration.errors'), dataIndex: 'errors', render: (n: number) => num(n) },
          { title: 'p50 (ms)', dataIndex: 'p50', render: num },
          { title: 'p99 (ms)', dataIndex: 'p99', render: num },
          { title: t('integration.overTime'), render: (_, s) => <Sparkline values={s.series.map((b) => b.calls)} label={t('integration.callsOverTime', { service: s.service })} /> },
        ]} />
      </Card>
      <Card title={t('integration.chain')} extra={<Button type="primary" loading={busy} onClick={() => void verify()}>{t('integration.verifyNow')}</Button>}>
        {chain && (
          <Flex vertical gap={4}>
            <Typography.Text>{t('integration.entries')}: {num(chain.entries)} · {t('integration.sealedUpTo')}: {num(chain.seq)} · {t('integration.unsealed')}: {num(chain.unsealed)}</Typography.Text>
            <Typography.Text>{t('integration.lastCheckpoint')}: {chain.lastCheckpoint ? `#${num(chain.lastCheckpoint.seq)}, ${dateTime(chain.lastCheckpoint.at)} (${chain.lastCheckpoint.timestampNote})` : t('integration.none')}</Typography.Text>
          </Flex>
        )}
        {verification && (
          <Alert style={{ marginTop: 12 }} type={verification.ok ? 'success' : 'error'} showIcon
            message={verification.ok ? t('integration.intact', { entries: num(verification.entries), checkpoints: num(verification.checkpoints) }) : t('integration.broken', { seq: String(verification.broken?.seq ?? '—') })}
            description={verification.broken?.reason} />
        )}
      </Card>
    </Flex>
  );
}

/** The province IT admin's integration platform: member systems, services, grants, traffic and the message log's chain. */
export function IntegrationAdminPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const [members, setMembers] = useState<Member[]>([]);
  const [services, setServices] = useState<Service[]>([]);
  const [tab, setTab] = useState('members');
  const reload = useCallback(async () => {
    setMembers((await unwrap(api.GET('/api/integration/members'))).items);
    setServices((await unwrap(api.GET('/api/integration/services'))).items);
  }, []);
  const allowed = hasRole(user, 'admin');
  useEffect(() => {
    if (allowed) void reload();
  }, [allowed, reload]);
  if (loading) return null;
  if (!allowed) return <Navigate to="/dang-nhap?tiep=%2Fquan-tri%2Flgsp" replace />;
  return (
    <Flex vertical gap={16}>
      <PageTitle text={t('integration.title')} />
      <WrappedTabs id="lgsp" label={t('integration.title')} active={tab} onChange={setTab} items={[
        { key: 'members', label: t('integration.members'), children: <Members members={members} reload={reload} /> },
        { key: 'services', label: t('integration.services'), children: <Services services={services} reload={reload} /> },
        { key: 'grants', label: t('integration.grants'), children: <Grants members={members} services={services} /> },
        { key: 'traffic', label: t('integration.traffic'), children: <TrafficAndChain /> },
      ]} />
    </Flex>
  );
}
