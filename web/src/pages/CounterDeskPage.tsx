import { useCallback, useEffect, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { Button, Card, Flex, Form, Input, Select, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { hasRole, useSession } from '../modules/identity/session';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';

type CounterDay = Reply<'/api/counters/{id}/today', 'get'>;
type Counter = Reply<'/api/counters/mine', 'get'>['items'][number];
const REFRESH_MS = 10_000;
const pad = (n: number) => String(n).padStart(3, '0');

/** A reception counter's day: call the next number, give numbers to arrivals, see today's appointments. */
export function CounterDeskPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const { run, busy } = useApiAction();
  const [counters, setCounters] = useState<Counter[]>([]);
  const [counterId, setCounterId] = useState<number>();
  const [day, setDay] = useState<CounterDay>();
  const [issued, setIssued] = useState<number>();
  const [form] = Form.useForm<{ code?: string }>();
  useEffect(() => {
    void unwrap(api.GET('/api/counters/mine')).then((r) => {
      setCounters(r.items);
      setCounterId((current) => current ?? r.items[0]?.id);
    }, () => undefined);
  }, []);
  const load = useCallback(async () => {
    if (counterId) setDay(await unwrap(api.GET('/api/counters/{id}/today', { params: { path: { id: counterId } } })));
  }, [counterId]);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);
  if (loading) return null;
  if (!hasRole(user, 'reception')) return <Navigate to="/dang-nhap?tiep=%2Fquay" replace />;

  const counter = counters.find((c) => c.id === counterId);
  const callNext = async () => {
    if (counterId && (await run(() => unwrap(api.POST('/api/counters/{id}/call-next', { params: { path: { id: counterId } } }))))) await load();
  };
  const issue = async (values: { code?: string }) => {
    if (!counter) return;
    const code = values.code?.trim();
    const ticket = await run(() => unwrap(api.POST('/api/queue/tickets', { body: { agencyId: counter.agencyId, ...(code ? { appointmentCode: code } : {}) } })));
    if (ticket) {
      setIssued(ticket.number);
      form.resetFields();
      await load();
    }
  };
  return (
    <Flex vertical gap={16}>
      <Card title={<PageTitle text={t('desk.title')} />} extra={counters.length > 1 && (
        <Select aria-label={t('desk.counter')} value={counterId} onChange={setCounterId} options={counters.map((c) => ({ value: c.id, label: c.name }))} style={{ minWidth: 200 }} />
      )}>
        {counters.length === 0 ? <Typography.Paragraph>{t('desk.noCounter')}</Typography.Paragraph> : (
          <Flex gap={24} wrap="wrap" align="center">
            <Statistic title={t('desk.serving', { counter: counter?.name ?? '' })} value={day?.current ? pad(day.current.number) : '—'} />
            <Statistic title={t('desk.waiting')} value={day?.waiting ?? 0} />
            <Button type="primary" size="large" loading={busy} onClick={() => void callNext()}>{t('desk.callNext')}</Button>
          </Flex>
        )}
      </Card>
      {counter && (
        <Card title={t('desk.issue')}>
          <Form form={form} layout="inline" onFinish={issue} style={{ rowGap: 8 }}>
            <Form.Item name="code" label={t('booking.code')} rules={[{ pattern: /^\s*[Ll][Hh]-[A-Za-z0-9]{8}\s*$/, message: t('desk.codeFormat') }]}>
              <Input placeholder="LH-XXXXXXXX" autoComplete="off" />
            </Form.Item>
            <Button htmlType="submit" loading={busy}>{t('desk.issueButton')}</Button>
          </Form>
          {issued !== undefined && <Typography.Paragraph style={{ marginTop: 12 }} role="status">{t('desk.issued', { n: pad(issued) })}</Typography.Paragraph>}
        </Card>
      )}
      {day && (
        <Card title={t('desk.appointments', { n: day.appointments.length })}>
          <Table rowKey="id" size="small" pagination={false} dataSource={day.appointments} scroll={{ x: true }}
            columns={[
              { title: t('desk.time'), dataIndex: 'startsAt', render: (v: string) => dayjs(v).format('HH:mm') },
              { title: t('dossier.applicant'), dataIndex: 'fullName' },
              { title: t('dossier.procedure'), dataIndex: 'procedureName' },
              { title: t('booking.code'), dataIndex: 'code' },
              { title: t('dossier.status'), render: (_, a) => <Tag color={a.status === 'checked_in' ? 'green' : undefined}>{a.ticketNumber ? t('booking.ticket', { n: a.ticketNumber }) : t(`booking.status.${a.status}`)}</Tag> },
            ]} />
        </Card>
      )}
    </Flex>
  );
}
