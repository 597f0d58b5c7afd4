import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { Button, Card, DatePicker, Flex, Form, Input, InputNumber, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { MinusCircleOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { api, csrf, ensureOk, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { hasRole, useSession } from '../modules/identity/session';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';

type Periods = Reply<'/api/operations/maturity/periods', 'get'>['items'];
type Sheet = Reply<'/api/operations/maturity/periods/{id}/agencies/{agencyId}', 'get'>;
type Item = Sheet['items'][number];
const MEASURES = ['self', 'online_share', 'on_time_rate', 'digitised_share', 'paid_online_share', 'documents_signed_share'] as const;
const points = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/**
 * Đánh giá mức độ chính quyền điện tử: the province IT admin defines criteria and opens a period, reviews
 * and publishes; each agency's leader or admin fills its self-assessment with evidence.
 */
export function MaturityPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const { run, busy } = useApiAction();
  const [periods, setPeriods] = useState<Periods>([]);
  const [periodId, setPeriodId] = useState<number | null>(null);
  const [agencies, setAgencies] = useState<{ value: number; label: string }[]>([]);
  const [agencyId, setAgencyId] = useState<number | null>(null);
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [setId, setSetId] = useState<number | null>(null);
  const [rootId, setRootId] = useState<number | null>(null);
  // The province's IT admin: admin at the root agency.
  const province = hasRole(user, 'admin') && (user?.roles ?? []).some((r) => r.role === 'admin' && r.agencyId === rootId);
  const own = useMemo(() => (user?.roles ?? []).filter((r) => (r.role === 'leader' || r.role === 'admin') && r.agencyId !== null).map((r) => r.agencyId!), [user]);

  const loadPeriods = useCallback(async () => {
    const found = await unwrap(api.GET('/api/operations/maturity/periods')).catch(() => ({ items: [] as Periods }));
    setPeriods(found.items);
    setPeriodId((current) => current ?? found.items[0]?.id ?? null);
  }, []);
  useEffect(() => {
    if (!user) return;
    void loadPeriods();
    void unwrap(api.GET('/api/agencies')).then((found) => {
      const all = found.items as { id: number; name: string; parentId: number | null }[];
      setRootId(all.find((a) => a.parentId === null)?.id ?? null);
      const items = all.filter((a) => a.parentId !== null);
      setAgencies(items.map((a) => ({ value: a.id, label: a.name })));
      setAgencyId((current) => current ?? own.find((id) => items.some((a) => a.id === id)) ?? items[0]?.id ?? null);
    }).catch(() => undefined);
  }, [user, loadPeriods, own]);

  const loadSheet = useCallback(async () => {
    if (!periodId || !agencyId) return setSheet(null);
    const found = await unwrap(api.GET('/api/operations/maturity/periods/{id}/agencies/{agencyId}', { params: { path: { id: periodId, agencyId } } })).catch(() => null);
    setSheet(found);
  }, [periodId, agencyId]);
  useEffect(() => void loadSheet(), [loadSheet]);

  if (loading) return null;
  if (!user) return <Navigate to="/dang-nhap?tiep=%2Fdanh-gia-chinh-quyen-so" replace />;
  if (own.length === 0) return <Navigate to="/" replace />;

  const period = periods.find((p) => p.id === periodId);
  const open = period?.status === 'open';
  const assessor = agencyId !== null && own.includes(agencyId);
  const key = (item: Item) => ({ id: periodId!, agencyId: agencyId!, criterionId: item.criterion.id });
  const saveSelf = (item: Item, value: number | null, note: string) => run(async () => {
    await unwrap(api.PUT('/api/operations/maturity/periods/{id}/agencies/{agencyId}/criteria/{criterionId}/self', { params: { path: key(item) }, body: { points: value ?? 0, note } }));
    await loadSheet();
  });
  const saveReview = (item: Item, value: number | null, comment: string) => run(async () => {
    await unwrap(api.PUT('/api/operations/maturity/periods/{id}/agencies/{agencyId}/criteria/{criterionId}/review', { params: { path: key(item) }, body: { points: value ?? 0, comment } }));
    await loadSheet();
  });
  const uploadEvidence = (item: Item, file: File) => run(async () => {
    const form = new FormData();
    form.append('file', file);
    await ensureOk(await fetch(`/api/operations/maturity/periods/${periodId}/agencies/${agencyId}/criteria/${item.criterion.id}/evidence`, {
      method: 'POST', body: form, credentials: 'same-origin', headers: { 'x-csrf-token': await csrf() } }));
    await loadSheet();
  });

  return (
    <Card title={<PageTitle text={t('operations.maturity.title')} />}>
      <Flex vertical gap={16}>
        <Flex wrap gap={16}>
          <label style={{ minWidth: 220, maxWidth: '100%' }}>{t('operations.maturity.period')}<br />
            <Select style={{ width: 280, maxWidth: '100%' }} value={periodId ?? undefined} onChange={setPeriodId} aria-label={t('operations.maturity.period')}
              options={periods.map((p) => ({ value: p.id, label: `${p.name} (${p.setName})` }))} />
          </label>
          <label style={{ minWidth: 220, maxWidth: '100%' }}>{t('operations.report.agency')}<br />
            <Select showSearch optionFilterProp="label" style={{ width: 280, maxWidth: '100%' }} value={agencyId ?? undefined} onChange={setAgencyId} aria-label={t('operations.report.agency')}
              options={province ? agencies : agencies.filter((a) => own.includes(a.value))} />
          </label>
        </Flex>
        {period && (
          <Space wrap>
            <Tag color={open ? 'blue' : 'green'}>{t(open ? 'operations.maturity.open' : 'operations.maturity.published')}</Tag>
            {!open && <Link to={`/api/maturity/periods/${period.id}/ranking`} target="_blank" reloadDocument>{t('operations.maturity.ranking')}</Link>}
            {province && open && <Button onClick={() => run(async () => { await unwrap(api.POST('/api/operations/maturity/periods/{id}/publish', { params: { path: { id: period.id } } })); await loadPeriods(); await loadSheet(); })} loading={busy}>{t('operations.maturity.publish')}</Button>}
          </Space>
        )}
        {sheet && (
          <>
            <Typography.Text strong>{t('operations.maturity.total', { total: points.format(sheet.total), max: points.format(sheet.maxTotal) })}</Typography.Text>
            <Table size="small" rowKey={(i) => i.criterion.id} pagination={false} dataSource={sheet.items} scroll={{ x: 720 }}
              columns={[
                { title: t('operations.maturity.criterion'), key: 'c', render: (_, i) => <><Typography.Text type="secondary">{i.criterion.groupName}</Typography.Text><br />{i.criterion.name}</> },
                { title: t('operations.maturity.max'), key: 'max', align: 'right', render: (_, i) => points.format(i.criterion.maxPoints) },
                { title: t('operations.maturity.self'), key: 'self', render: (_, i) => i.criterion.measure !== 'self'
                  ? <span>{t(`operations.maturity.measure.${i.criterion.measure}` as MessageKey)}: {i.computedPoints === null ? '—' : points.format(i.computedPoints)}</span>
                  : <SelfCell item={i} editable={open && assessor} onSave={saveSelf} onUpload={uploadEvidence} evidenceUrl={`/api/operations/maturity/periods/${periodId}/agencies/${agencyId}/criteria/${i.criterion.id}/evidence`} /> },
                { title: t('operations.maturity.review'), key: 'review', render: (_, i) => i.criterion.measure !== 'self' ? null
                  : <ReviewCell item={i} editable={open && province} onSave={saveReview} /> },
                { title: t('operations.maturity.points'), key: 'points', align: 'right', render: (_, i) => points.format(i.points) },
              ]} />
          </>
        )}
        {province && <NewPeriod onCreated={async (id) => { setSetId(id); await loadPeriods(); }} setId={setId} />}
      </Flex>
    </Card>
  );
}

function SelfCell({ item, editable, onSave, onUpload, evidenceUrl }: { item: Item; editable: boolean; onSave: (i: Item, v: number | null, note: string) => void; onUpload: (i: Item, f: File) => void; evidenceUrl: string }) {
  const { t } = useI18n();
  const [value, setValue] = useState<number | null>(item.selfPoints);
  const [note, setNote] = useState(item.selfNote ?? '');
  return (
    <Flex vertical gap={4}>
      {editable ? (
        <>
          <InputNumber min={0} max={item.criterion.maxPoints} value={value} onChange={setValue} aria-label={t('operations.maturity.selfOf', { name: item.criterion.name })} />
          <Input.TextArea rows={2} value={note} onChange={(e) => setNote(e.target.value)} aria-label={t('operations.maturity.noteOf', { name: item.criterion.name })} />
          <Space wrap>
            <Button size="small" onClick={() => onSave(item, value, note)}>{t('operations.maturity.save')}</Button>
            <Upload showUploadList={false} accept="application/pdf,image/jpeg,image/png" beforeUpload={(file) => { onUpload(item, file); return false; }}>
              <Button size="small" icon={<UploadOutlined />}>{t('operations.maturity.evidence')}</Button>
            </Upload>
          </Space>
        </>
      ) : <span>{item.selfPoints === null ? '—' : points.format(item.selfPoints)}{item.selfNote ? ` — ${item.selfNote}` : ''}</span>}
      {item.evidence && <a href={evidenceUrl} target="_blank" rel="noreferrer">{item.evidence.name}</a>}
    </Flex>
  );
}

function ReviewCell({ item, editable, onSave }: { item: Item; editable: boolean; onSave: (i: Item, v: number | null, comment: string) => void }) {
  const { t } = useI18n();
  const [value, setValue] = useState<number | null>(item.reviewedPoints ?? item.selfPoints);
  const [comment, setComment] = useState(item.reviewComment ?? '');
  if (!editable) return <span>{item.reviewedPoints === null ? '—' : points.format(item.reviewedPoints)}{item.reviewComment ? ` — ${item.reviewComment}` : ''}</span>;
  return (
    <Flex vertical gap={4}>
      <InputNumber min={0} max={item.criterion.maxPoints} value={value} onChange={setValue} aria-label={t('operations.maturity.reviewOf', { name: item.criterion.name })} />
      <Input.TextArea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} aria-label={t('operations.maturity.commentOf', { name: item.criterion.name })} />
      <Button size="small" onClick={() => onSave(item, value, comment)}>{t('operations.maturity.save')}</Button>
    </Flex>
  );
}

type NewSet = { name: string; criteria: { groupName: string; name: string; maxPoints: number; measure: (typeof MEASURES)[number] }[] };

/** The province admin: a criteria set, then a period of it. */
function NewPeriod({ onCreated, setId }: { onCreated: (setId: number) => Promise<void>; setId: number | null }) {
  const { t } = useI18n();
  const { run, busy } = useApiAction();
  const createSet = (values: NewSet) => run(async () => {
    const created = await unwrap(api.POST('/api/operations/maturity/sets', { body: values }));
    await onCreated(created.id);
  });
  const openPeriod = (values: { name: string; period: [Dayjs, Dayjs] }) => run(async () => {
    await unwrap(api.POST('/api/operations/maturity/periods', { body: { setId: setId!, name: values.name, from: values.period[0].format('YYYY-MM-DD'), to: values.period[1].format('YYYY-MM-DD') } }));
    await onCreated(setId!);
  });
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('operations.maturity.define')}</h2>}>
      <Form name="maturity-set" layout="vertical" onFinish={createSet} initialValues={{ criteria: [{ measure: 'self', maxPoints: 10 }] }}>
        <Form.Item name="name" label={t('operations.maturity.setName')} rules={[{ required: true }]}><Input /></Form.Item>
        <Form.List name="criteria">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field, n) => (
                <Flex key={field.key} wrap gap={8} align="end">
                  <Form.Item name={[field.name, 'groupName']} label={t('operations.maturity.group', { n: n + 1 })} rules={[{ required: true }]} style={{ margin: 0 }}><Input /></Form.Item>
                  <Form.Item name={[field.name, 'name']} label={t('operations.maturity.criterionN', { n: n + 1 })} rules={[{ required: true }]} style={{ margin: 0 }}><Input /></Form.Item>
                  <Form.Item name={[field.name, 'maxPoints']} label={t('operations.maturity.maxN', { n: n + 1 })} rules={[{ required: true }]} style={{ margin: 0 }}><InputNumber min={0.5} max={1000} /></Form.Item>
                  <Form.Item name={[field.name, 'measure']} label={t('operations.maturity.measureN', { n: n + 1 })} style={{ margin: 0 }}>
                    <Select style={{ width: 220 }} options={MEASURES.map((m) => ({ value: m, label: t(`operations.maturity.measure.${m}` as MessageKey) }))} />
                  </Form.Item>
                  <Button icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('operations.maturity.remove', { n: n + 1 })} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ measure: 'self', maxPoints: 10 })}>{t('operations.maturity.addCriterion')}</Button>
            </Flex>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 12 }}>{t('operations.maturity.createSet')}</Button>
      </Form>
      {setId && (
        <Form name="maturity-period" layout="vertical" onFinish={openPeriod} style={{ marginTop: 16 }}>
          <Form.Item name="name" label={t('operations.maturity.periodName')} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="period" label={t('operations.period')} rules={[{ required: true }]}><DatePicker.RangePicker format="DD/MM/YYYY" /></Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>{t('operations.maturity.openPeriod')}</Button>
        </Form>
      )}
    </Card>
  );
}
