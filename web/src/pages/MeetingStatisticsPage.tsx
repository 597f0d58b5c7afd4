import { useCallback, useEffect, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { Alert, Button, Card, DatePicker, Flex, Form, List, Statistic, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, ApiError, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../modules/identity/session';
import type { Statistics } from '../modules/meetings/api';
import { PageTitle } from '../ui/PageTitle';
import { provinceToday } from '../ui/format';

type Range = { from: Dayjs; to: Dayjs };

/**
 * Meetings organised by the official's agencies (and those below them), by month and agency, and how
 * many spanned two, three or four levels, as the province reports them.
 */
export function MeetingStatisticsPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const [form] = Form.useForm<Range>();
  const [data, setData] = useState<Statistics>();
  const [error, setError] = useState<string>();
  const show = useCallback(async (range: Range) => {
    setError(undefined);
    try {
      setData(await unwrap(api.GET('/api/meetings/statistics', { params: { query: { from: range.from.format('YYYY-MM'), to: range.to.format('YYYY-MM') } } })));
    } catch (e) {
      setError((e as ApiError).message);
    }
  }, []);
  useEffect(() => {
    void show({ from: provinceToday().subtract(11, 'month'), to: provinceToday() });
  }, [show]);
  if (loading) return null;
  if (user?.kind !== 'official') return <Navigate to="/dang-nhap?tiep=/hop-truc-tuyen/thong-ke" replace />;
  const levels = (list: Statistics['byLevels']) => list.map((l) => <Tag key={l.levels} color={l.levels >= 3 ? 'blue' : undefined}>{t('meetings.stats.levelsCount', { n: l.levels })}: {l.meetings.toLocaleString('vi-VN')}</Tag>);
  return (
    <Flex vertical gap={16}>
      <Card title={<PageTitle text={t('meetings.stats.title')} />}>
        <Form<Range> form={form} name="meeting-statistics" layout="inline" initialValues={{ from: provinceToday().subtract(11, 'month'), to: provinceToday() }} onFinish={(v) => void show(v)} style={{ rowGap: 8 }}>
          <Form.Item name="from" label={t('meetings.stats.from')}><DatePicker picker="month" format="MM/YYYY" allowClear={false} /></Form.Item>
          <Form.Item name="to" label={t('meetings.stats.to')}><DatePicker picker="month" format="MM/YYYY" allowClear={false} /></Form.Item>
          <Button type="primary" htmlType="submit">{t('meetings.stats.show')}</Button>
        </Form>
        {error && <Alert type="error" showIcon message={error} style={{ marginTop: 16 }} />}
        {data && (
          <Flex vertical gap={8} style={{ marginTop: 16 }}>
            <Statistic title={t('meetings.stats.total')} value={data.total} formatter={(v) => Number(v).toLocaleString('vi-VN')} />
            <Typography.Text strong>{t('meetings.stats.byLevels')}</Typography.Text>
            <Flex gap={4} wrap>{levels(data.byLevels)}</Flex>
          </Flex>
        )}
      </Card>
      {data && (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('meetings.stats.byMonth')}</h2>}>
          <List dataSource={data.rows} locale={{ emptyText: t('meetings.stats.empty') }} renderItem={(r) => (
            <List.Item key={`${r.month}-${r.agencyId}`} style={{ display: 'block' }}>
              <Typography.Text strong>{t('meetings.stats.month', { month: dayjs(`${r.month}-01`).format('MM/YYYY') })} · {r.agencyName}: {r.total.toLocaleString('vi-VN')}</Typography.Text>
              <Flex gap={4} wrap style={{ marginTop: 4 }}>{levels(r.byLevels)}</Flex>
            </List.Item>
          )} />
        </Card>
      )}
    </Flex>
  );
}
