import { useCallback, useEffect, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Popconfirm, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { hasRole, useSession } from '../modules/identity/session';
import { formatDate } from '../ui/format';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';

type Day = Reply<'/api/calendar/days', 'get'>['items'][number];

/** Province admins declare extra days off and make-up working days on top of the public holidays. */
export function CalendarPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const { run, busy } = useApiAction();
  const [days, setDays] = useState<Day[]>([]);
  const [form] = Form.useForm<{ date: Dayjs; kind: Day['kind']; note: string }>();
  const load = useCallback(async () => setDays((await unwrap(api.GET('/api/calendar/days'))).items), []);
  useEffect(() => {
    void load();
  }, [load]);
  if (loading) return null;
  if (!hasRole(user, 'admin')) return <Navigate to="/dang-nhap" replace />;

  const add = async (values: { date: Dayjs; kind: Day['kind']; note: string }) => {
    if (await run(() => unwrap(api.POST('/api/admin/calendar/days', { body: { date: values.date.format('YYYY-MM-DD'), kind: values.kind, note: values.note } })))) {
      form.resetFields();
      await load();
    }
  };
  return (
    <Card title={<PageTitle text={t('calendar.title')} />}>
      <Alert type="info" showIcon message={t('calendar.hint')} style={{ marginBottom: 16 }} />
      <Form name="calendarDay" form={form} layout="inline" onFinish={add} initialValues={{ kind: 'day_off' }} style={{ marginBottom: 16 }}>
        <Form.Item name="date" label={t('calendar.date')} rules={[{ required: true }]}><DatePicker format="DD/MM/YYYY" /></Form.Item>
        <Form.Item name="kind" label={t('calendar.kind')}>
          <Select style={{ width: 160 }} options={[{ value: 'day_off', label: t('calendar.dayOff') }, { value: 'working_day', label: t('calendar.workingDay') }]} />
        </Form.Item>
        <Form.Item name="note" label={t('calendar.note')} rules={[{ required: true, min: 2 }]}><Input style={{ width: 280 }} /></Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>{t('calendar.add')}</Button>
      </Form>
      <Table rowKey="id" dataSource={days} pagination={false} columns={[
        { title: t('calendar.date'), dataIndex: 'date', render: (d: string) => formatDate(d) },
        { title: t('calendar.kind'), dataIndex: 'kind', render: (k: Day['kind']) => <Tag color={k === 'day_off' ? 'red' : 'blue'}>{k === 'day_off' ? t('calendar.dayOff') : t('calendar.workingDay')}</Tag> },
        { title: t('calendar.note'), dataIndex: 'note' },
        {
          title: '', render: (_, day) => (
            <Flex justify="end">
              <Popconfirm title="?" onConfirm={() => run(() => unwrap(api.DELETE('/api/admin/calendar/days/{id}', { params: { path: { id: day.id } } }))).then(load)}>
                <Button size="small" danger>×</Button>
              </Popconfirm>
            </Flex>
          ),
        },
      ]} />
    </Card>
  );
}
