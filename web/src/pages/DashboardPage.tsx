import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { Alert, Breadcrumb, Button, Card, Col, DatePicker, Drawer, Flex, Row, Statistic, Table, Typography } from 'antd';
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { hasRole, useSession } from '../modules/identity/session';
import { EChart } from '../modules/operations/EChart';
import { PageTitle } from '../ui/PageTitle';
import { formatDate, provinceToday } from '../ui/format';

type Dashboard = Reply<'/api/operations/dashboard', 'get'>;
type Figures = Dashboard['figures'];
type DrillPage = Reply<'/api/operations/dossiers', 'get'>;
type Measure = 'received' | 'received_online' | 'received_direct' | 'carried_over' | 'resolved' | 'resolved_early' | 'resolved_on_time' | 'resolved_late'
  | 'pending_within' | 'pending_overdue' | 'supplemented' | 'paid_online';

const number = new Intl.NumberFormat('vi-VN');
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const rate = (value: number | null) => (value === null ? '—' : percent.format(value));

/** The counted figures, each with the list of dossiers behind it. */
const COUNTS: { key: keyof Figures; measure: Measure }[] = [
  { key: 'received', measure: 'received' }, { key: 'receivedOnline', measure: 'received_online' }, { key: 'receivedDirect', measure: 'received_direct' },
  { key: 'carriedOver', measure: 'carried_over' }, { key: 'resolvedEarly', measure: 'resolved_early' }, { key: 'resolvedOnTime', measure: 'resolved_on_time' },
  { key: 'resolvedLate', measure: 'resolved_late' }, { key: 'pendingWithin', measure: 'pending_within' }, { key: 'pendingOverdue', measure: 'pending_overdue' },
  { key: 'supplemented', measure: 'supplemented' }, { key: 'paidOnline', measure: 'paid_online' },
];
const RATES: (keyof Figures)[] = ['onlineShare', 'paidOnlineShare', 'onTimeRate', 'satisfaction'];

/** Trung tâm điều hành: the leader's figures over a period, live, with drill-down to agencies below and to the dossiers. */
export function DashboardPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const [params, setParams] = useSearchParams();
  const agencyId = params.get('agencyId') ? Number(params.get('agencyId')) : undefined;
  const from = params.get('from') ?? provinceToday().startOf('year').format('YYYY-MM-DD');
  const to = params.get('to') ?? provinceToday().format('YYYY-MM-DD');
  const [data, setData] = useState<Dashboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const [live, setLive] = useState(true);
  const [drill, setDrill] = useState<{ measure: Measure; label: string } | null>(null);
  const allowed = hasRole(user, 'leader') || hasRole(user, 'admin');

  const load = useCallback(async () => {
    try {
      const found = await unwrap(api.GET('/api/operations/dashboard', { params: { query: { agencyId, from, to } } }));
      setData(found);
      setError(null);
      setUpdatedAt(new Date());
    } catch (e) {
      setError((e as Error).message);
    }
  }, [agencyId, from, to]);

  useEffect(() => {
    if (allowed) void load();
  }, [allowed, load]);

  // Live figures: the server says when a dossier of this agency's tree changed; the figures are fetched again.
  useEffect(() => {
    if (!allowed) return;
    const source = new EventSource(`/api/operations/stream${agencyId ? `?agencyId=${agencyId}` : ''}`);
    source.addEventListener('ready', () => setLive(true));
    source.addEventListener('changed', () => void load());
    source.onerror = () => setLive(false);
    return () => source.close();
  }, [allowed, agencyId, load]);

  const go = (next: { agencyId?: number; from?: string; to?: string }) => {
    const merged = { agencyId: next.agencyId ?? agencyId, from: next.from ?? from, to: next.to ?? to };
    setParams(Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])));
  };

  const trend = useMemo(() => data && {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: data.trend.map((m) => `${m.month.slice(5, 7)}/${m.month.slice(0, 4)}`) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('operations.trend.received'), type: 'bar', data: data.trend.map((m) => m.received) },
      { name: t('operations.trend.resolved'), type: 'bar', data: data.trend.map((m) => m.resolved) },
      { name: t('operations.trend.late'), type: 'line', data: data.trend.map((m) => m.resolvedLate) },
    ],
  }, [data, t]);
  const ranking = useMemo(() => data && {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v} %` },
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    xAxis: { type: 'value', max: 100 },
    yAxis: { type: 'category', inverse: true, data: data.ranking.map((r) => r.name), axisLabel: { width: 120, overflow: 'truncate' } },
    series: [{ type: 'bar', name: t('operations.fig.onTimeRate'), data: data.ranking.map((r) => (r.onTimeRate === null ? 0 : Math.round(r.onTimeRate * 1000) / 10)) }],
  }, [data, t]);

  if (loading) return null;
  if (!user) return <Navigate to="/dang-nhap?tiep=%2Fdieu-hanh" replace />;
  if (!allowed) return <Navigate to="/" replace />;

  const query = `agencyId=${data?.agency.id ?? ''}&from=${from}&to=${to}`;
  return (
    <Card title={<PageTitle text={t('operations.dashboard.title')} />}>
      <Flex vertical gap={16}>
        <Flex wrap gap={16} align="end">
          <label>
            <Typography.Text strong>{t('operations.period')}</Typography.Text><br />
            <DatePicker.RangePicker format="DD/MM/YYYY" allowClear={false} value={[dayjs(from), dayjs(to)]} style={{ maxWidth: '100%' }}
              onChange={(range) => range && range[0] && range[1] && go({ from: (range[0] as Dayjs).format('YYYY-MM-DD'), to: (range[1] as Dayjs).format('YYYY-MM-DD') })} />
          </label>
          {data && (
            <Flex wrap gap={12}>
              <a href={`/api/operations/reports/one-stop.xlsx?${query}`}><FileExcelOutlined /> {t('operations.report.xlsx')}</a>
              <a href={`/api/operations/reports/one-stop.pdf?${query}`} target="_blank" rel="noreferrer"><FilePdfOutlined /> {t('operations.report.pdf')}</a>
            </Flex>
          )}
        </Flex>
        <Typography.Text type={live ? 'secondary' : 'warning'} role="status">
          {live ? (updatedAt ? t('operations.live', { time: dayjs(updatedAt).format('HH:mm:ss') }) : '') : t('operations.liveOff')}
        </Typography.Text>
        {error && <Alert type="error" message={error} />}
        {data && (
          <>
            <nav aria-label={t('operations.path')}>
              <Breadcrumb items={data.path.map((p, i) => ({
                title: i === data.path.length - 1 ? <span aria-current="page">{p.name}</span> : <a href="#" onClick={(e) => { e.preventDefault(); go({ agencyId: p.id }); }}>{p.name}</a>,
              }))} />
            </nav>
            <Row gutter={[12, 12]}>
              {COUNTS.map(({ key, measure }) => (
                <Col key={key} xs={12} md={6} xl={4}>
                  <Card size="small" role="group" aria-label={t(`operations.fig.${key}` as MessageKey)}>
                    <Statistic title={t(`operations.fig.${key}` as MessageKey)} value={data.figures[key] as number} formatter={(v) => number.format(Number(v))} />
                    <Button type="link" size="small" style={{ padding: 0 }} aria-label={t('operations.showDossiers', { figure: t(`operations.fig.${key}` as MessageKey) })}
                      onClick={() => setDrill({ measure, label: t(`operations.fig.${key}` as MessageKey) })}>
                      {t('operations.drill.open')}
                    </Button>
                  </Card>
                </Col>
              ))}
              {(['sent', 'sentElectronically', 'signed'] as const).map((key) => (
                <Col key={key} xs={12} md={6} xl={4}>
                  <Card size="small" role="group" aria-label={t(`operations.doc.${key}`)}><Statistic title={t(`operations.doc.${key}`)} value={data.documents[key]} formatter={(v) => number.format(Number(v))} /></Card>
                </Col>
              ))}
              {(['open', 'openOverdue'] as const).map((key) => (
                <Col key={key} xs={12} md={6} xl={4}>
                  <Card size="small" role="group" aria-label={t(`operations.feedback.${key}`)}><Statistic title={t(`operations.feedback.${key}`)} value={data.feedback[key]} formatter={(v) => number.format(Number(v))} /></Card>
                </Col>
              ))}
              {RATES.map((key) => (
                <Col key={key} xs={12} md={6} xl={4}>
                  <Card size="small" role="group" aria-label={t(`operations.fig.${key}` as MessageKey)}><Statistic title={t(`operations.fig.${key}` as MessageKey)} value={rate(data.figures[key] as number | null)} /></Card>
                </Col>
              ))}
            </Row>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={14}>
                <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('operations.trend')}</h2>}>
                  {trend && <EChart option={trend} label={t('operations.trend')} />}
                </Card>
              </Col>
              <Col xs={24} lg={10}>
                <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('operations.ranking')}</h2>}>
                  {ranking && data.ranking.length > 0 ? <EChart option={ranking} label={t('operations.ranking')} height={Math.max(160, data.ranking.length * 32)} /> : <Typography.Text type="secondary">{t('operations.noData')}</Typography.Text>}
                </Card>
              </Col>
            </Row>
            {data.children.length > 0 && (
              <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('operations.children')}</h2>}>
                <Table size="small" rowKey={(r) => r.agency.id} pagination={false} scroll={{ x: 560 }} dataSource={data.children}
                  columns={[
                    { title: t('operations.col.agency'), key: 'agency', render: (_, r) => (
                      <a href="#" onClick={(e) => { e.preventDefault(); go({ agencyId: r.agency.id }); }} aria-label={t('operations.drillInto', { name: r.agency.name })}>{r.agency.name}</a>) },
                    { title: t('operations.col.received'), key: 'received', align: 'right', render: (_, r) => number.format(r.figures.received) },
                    { title: t('operations.col.resolved'), key: 'resolved', align: 'right', render: (_, r) => number.format(r.figures.resolved) },
                    { title: t('operations.col.onTime'), key: 'onTime', align: 'right', render: (_, r) => rate(r.figures.onTimeRate) },
                    { title: t('operations.col.overdue'), key: 'overdue', align: 'right', render: (_, r) => number.format(r.figures.pendingOverdue) },
                  ]} />
              </Card>
            )}
            <DrillDrawer agencyId={data.agency.id} from={from} to={to} drill={drill} onClose={() => setDrill(null)} />
          </>
        )}
      </Flex>
    </Card>
  );
}

function DrillDrawer({ agencyId, from, to, drill, onClose }: { agencyId: number; from: string; to: string; drill: { measure: Measure; label: string } | null; onClose: () => void }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [found, setFound] = useState<DrillPage | null>(null);
  useEffect(() => setPage(1), [drill]);
  useEffect(() => {
    if (!drill) return;
    setFound(null);
    void unwrap(api.GET('/api/operations/dossiers', { params: { query: { agencyId, from, to, measure: drill.measure, page, pageSize: 20 } } })).then(setFound, () => setFound({ items: [], total: 0 }));
  }, [agencyId, from, to, drill, page]);
  return (
    <Drawer open={!!drill} onClose={onClose} width={Math.min(720, window.innerWidth)} title={drill ? t('operations.drill.title', { figure: drill.label }) : ''}>
      <Table size="small" rowKey="id" loading={!found} dataSource={found?.items ?? []} scroll={{ x: 560 }}
        pagination={{ current: page, total: found?.total ?? 0, pageSize: 20, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('operations.drill.code'), key: 'code', render: (_, d) => <Link to={`/ho-so/${d.id}`}>{d.code ?? d.trackingCode}</Link> },
          { title: t('operations.drill.procedure'), dataIndex: 'procedureName' },
          { title: t('operations.drill.applicant'), dataIndex: 'applicantName' },
          { title: t('operations.drill.agency'), dataIndex: 'agencyName' },
          { title: t('operations.drill.receivedAt'), key: 'receivedAt', render: (_, d) => formatDate(d.receivedAt) },
          { title: t('operations.drill.dueAt'), key: 'dueAt', render: (_, d) => formatDate(d.dueAt) },
        ]} />
    </Drawer>
  );
}
