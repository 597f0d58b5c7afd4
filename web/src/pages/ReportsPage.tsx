import { useMemo, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { Button, Card, Col, DatePicker, Flex, Form, Row, Select, Statistic } from 'antd';
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { hasRole, useSession } from '../modules/identity/session';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';
import { provinceToday } from '../ui/format';

type Counters = Reply<'/api/reports/counters', 'get'>;
const ORDER: (keyof Counters)[] = ['received', 'processing', 'awaitingSupplement', 'overdue', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate',
  'returned', 'refused', 'stopped', 'withdrawn', 'rejected'];

/** The tracking book's counters for one of the official's agencies, and form 07 to print. */
/** Rates as Vietnamese print them: 100,0 %. */
const percent = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function ReportsPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const { run, busy } = useApiAction();
  const agencies = useMemo(() => {
    const seen = new Map<number, string>();
    for (const r of user?.roles ?? []) if (r.agencyId !== null) seen.set(r.agencyId, r.agencyName ?? '');
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [user]);
  const [query, setQuery] = useState<{ agencyId: number; from: string; to: string } | null>(null);
  const [counters, setCounters] = useState<Counters | null>(null);
  if (loading) return null;
  if (!user || agencies.length === 0) return <Navigate to="/dang-nhap" replace />;

  const show = async (values: { agencyId: number; period: [Dayjs, Dayjs] }) => {
    const q = { agencyId: values.agencyId, from: values.period[0].format('YYYY-MM-DD'), to: values.period[1].format('YYYY-MM-DD') };
    const found = await run(() => unwrap(api.GET('/api/reports/counters', { params: { query: q } })));
    if (found) {
      setQuery(q);
      setCounters(found);
    }
  };
  const resolved = counters ? counters.resolvedEarly + counters.resolvedOnTime + counters.resolvedLate : 0;
  return (
    <Card title={<PageTitle text={t('report.title')} />}>
      <Form name="report" layout="vertical" onFinish={show} initialValues={{ agencyId: agencies[0]!.value, period: [provinceToday().startOf('month'), provinceToday()] }}
        style={{ display: 'flex', flexWrap: 'wrap', gap: '0 16px', alignItems: 'flex-end' }}>
        <Form.Item name="agencyId" label={t('report.agency')} style={{ width: 280, maxWidth: '100%' }}><Select options={agencies} /></Form.Item>
        <Form.Item name="period" label={t('report.period')} style={{ maxWidth: '100%' }}><DatePicker.RangePicker format="DD/MM/YYYY" style={{ maxWidth: '100%' }} /></Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>{t('report.show')}</Button>
      </Form>
      {counters && query && (
        <Flex vertical gap={16} style={{ marginTop: 24 }}>
          <Row gutter={[16, 16]}>
            {ORDER.map((key) => (
              <Col key={key} xs={12} md={6}><Card size="small"><Statistic title={t(`report.${key}` as MessageKey)} value={counters[key]} /></Card></Col>
            ))}
            <Col xs={12} md={6}>
              <Card size="small"><Statistic title={t('report.onTimeRate')} value={resolved ? ((counters.resolvedEarly + counters.resolvedOnTime) / resolved) * 100 : 0} formatter={(v) => `${percent.format(Number(v))} %`} /></Card>
            </Col>
          </Row>
          <a href={`/api/reports/tracking-book.pdf?agencyId=${query.agencyId}&from=${query.from}&to=${query.to}`} target="_blank" rel="noreferrer">
            <FilePdfOutlined /> {t('report.download')}
          </a>
          {(hasRole(user, 'leader') || hasRole(user, 'admin')) && (
            // The one-stop statistics table of the agency and the agencies under it: the operations center's figures.
            <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('operations.report.title')}</h2>}>
              <Flex wrap gap={16}>
                <a href={`/api/operations/reports/one-stop.xlsx?agencyId=${query.agencyId}&from=${query.from}&to=${query.to}`}><FileExcelOutlined /> {t('operations.report.xlsx')}</a>
                <a href={`/api/operations/reports/one-stop.pdf?agencyId=${query.agencyId}&from=${query.from}&to=${query.to}`} target="_blank" rel="noreferrer"><FilePdfOutlined /> {t('operations.report.pdf')}</a>
              </Flex>
            </Card>
          )}
        </Flex>
      )}
    </Card>
  );
}
