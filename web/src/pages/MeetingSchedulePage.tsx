import { useEffect, useMemo, useState } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Checkbox, DatePicker, Flex, Form, Input, Select, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, ApiError, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { agenciesWith, filterOption } from '../modules/documents/api';
import { useFormAction } from '../modules/documents/useFormAction';
import { useSession } from '../modules/identity/session';
import { LEVELS, type DirectoryEndpoint, type Level } from '../modules/meetings/api';
import { PageTitle } from '../ui/PageTitle';
import { provinceToday } from '../ui/format';

type Values = {
  agencyId: number; title: string; agenda?: string; date: Dayjs; start: Dayjs; end: Dayjs;
  levels: Level[]; agencyIds: number[]; central: boolean; signerPosition: string;
};

/** The next quarter hour from now, at least ten minutes away: "14:15". */
const nextStart = () => {
  const at = dayjs().add(10, 'minute');
  return at.minute(Math.ceil(at.minute() / 15) * 15).second(0);
};

/** The instants of a date and two times of day; an end before the start is on the next day. */
function span(date: Dayjs, start: Dayjs, end: Dayjs) {
  const at = (time: Dayjs) => date.hour(time.hour()).minute(time.minute()).second(0).millisecond(0);
  const from = at(start);
  let to = at(end);
  if (!to.isAfter(from)) to = to.add(1, 'day');
  return { startsAt: from, endsAt: to };
}

/**
 * A leader schedules a meeting across levels: whole levels and single agencies, with the organising
 * agency's own endpoints. Scheduling issues the invitation (Giấy mời), signed by the leader.
 */
export function MeetingSchedulePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { user, loading } = useSession();
  const { run, busy } = useFormAction();
  const [form] = Form.useForm<Values>();
  const [directory, setDirectory] = useState<DirectoryEndpoint[]>();
  const [error, setError] = useState<string>();
  const organiserAgencies = useMemo(() => agenciesWith(user, 'leader'), [user]);
  useEffect(() => {
    unwrap(api.GET('/api/meetings/endpoints')).then((found) => setDirectory(found.items)).catch((e: unknown) => setError((e as ApiError).message));
  }, []);
  const agencyId = Form.useWatch('agencyId', form) as number | undefined;
  const levels = (Form.useWatch('levels', form) as Level[] | undefined) ?? [];
  const agencyIds = (Form.useWatch('agencyIds', form) as number[] | undefined) ?? [];
  const central = Form.useWatch('central', form) as boolean | undefined;
  if (loading) return null;
  if (!user) return <Navigate to="/dang-nhap?tiep=/hop-truc-tuyen/to-chuc" replace />;
  const title = t('meetings.schedule');
  if (organiserAgencies.length === 0) return <Card title={<PageTitle text={title} />}><Alert type="warning" showIcon message={t('meetings.form.organiserOnly')} /></Card>;
  if (error) return <Card title={<PageTitle text={title} />}><Alert type="error" showIcon message={error} /></Card>;

  // The same choice the server makes: the chosen levels' and agencies' endpoints, and the organiser's own.
  const chosen = (directory ?? []).filter((x) => levels.includes(x.level) || agencyIds.includes(x.agencyId) || x.agencyId === agencyId);
  const levelCount = new Set(chosen.map((x) => x.level)).size + (central ? 1 : 0);
  const agencyOptions = [...new Map((directory ?? []).map((x) => [x.agencyId, x.agencyName]))].filter(([id]) => id !== agencyId).map(([value, label]) => ({ value, label }));
  const required = (label: string) => [{ required: true, whitespace: true, message: t('form.required', { field: label.toLowerCase() }) }];
  const codes = { MEETING_TIME_INVALID: 'end', MEETING_TOO_FEW_ENDPOINTS: 'agencyIds', MEETING_PARTICIPANT_INVALID: 'agencyIds', DOCUMENT_PERSON_INVALID: 'signerPosition' };
  const submit = async (v: Values) => {
    const { startsAt, endsAt } = span(v.date, v.start, v.end);
    const done = await run(form, () => unwrap(api.POST('/api/meetings', {
      body: {
        agencyId: v.agencyId, title: v.title.trim(), agenda: v.agenda?.trim() ?? '', startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(),
        levels: v.levels, agencyIds: v.agencyIds, central: v.central, signerPosition: v.signerPosition.trim(),
      },
    })), codes);
    if (!done) return;
    // Said on the meeting's page: a toast of this page would go with it.
    navigate(`/hop-truc-tuyen/${done.id}`, { state: { scheduled: done.invitationNumber } });
  };
  const first = organiserAgencies[0]!;
  const start = nextStart();
  return (
    <Card title={<PageTitle text={title} />} style={{ maxWidth: 880, margin: '0 auto' }}>
      <Form<Values> form={form} name="schedule-meeting" layout="vertical" onFinish={submit} initialValues={{
        agencyId: first.id, date: start, start, end: start.add(2, 'hour'), levels: [], agencyIds: [], central: false,
        signerPosition: /^Sở\s/.test(first.name) ? 'Giám đốc' : 'Chủ tịch',
      }}>
        <Form.Item name="agencyId" label={t('meetings.organiser')} hidden={organiserAgencies.length === 1}>
          <Select options={organiserAgencies.map((a) => ({ value: a.id, label: a.name }))} />
        </Form.Item>
        <Form.Item name="title" label={t('meetings.form.title')} rules={[...required(t('meetings.form.title')), { min: 5, message: t('form.required', { field: t('meetings.form.title').toLowerCase() }) }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="agenda" label={t('meetings.form.agenda')}><Input.TextArea rows={3} maxLength={5000} /></Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="date" label={t('meetings.form.date')} rules={[{ required: true, message: t('form.required', { field: t('meetings.form.date').toLowerCase() }) }]}>
            <DatePicker format="DD/MM/YYYY" allowClear={false} disabledDate={(d) => d.isBefore(provinceToday(), 'day')} />
          </Form.Item>
          <Form.Item name="start" label={t('meetings.form.start')} rules={[{ required: true, message: t('form.required', { field: t('meetings.form.start').toLowerCase() }) }]}>
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} allowClear={false} />
          </Form.Item>
          <Form.Item name="end" label={t('meetings.form.end')} dependencies={['start']} rules={[{ required: true, message: t('form.required', { field: t('meetings.form.end').toLowerCase() }) }, ({ getFieldValue }) => ({
            validator: (_, value?: Dayjs) => (value && value.format('HH:mm') === (getFieldValue('start') as Dayjs | undefined)?.format('HH:mm')
              ? Promise.reject(new Error(t('meetings.form.endAfterStart'))) : Promise.resolve()),
          })]}>
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} allowClear={false} />
          </Form.Item>
        </Flex>
        <Form.Item name="levels" label={t('meetings.form.levels')}>
          <Checkbox.Group options={LEVELS.map((l) => ({ value: l, label: t(`meetings.level.${l}`) }))} />
        </Form.Item>
        <Form.Item name="agencyIds" label={t('meetings.form.agencies')} extra={t('meetings.form.ownIncluded')}>
          <Select mode="multiple" showSearch={{ filterOption }} options={agencyOptions} loading={!directory} />
        </Form.Item>
        <Form.Item name="central" valuePropName="checked"><Checkbox>{t('meetings.form.central')}</Checkbox></Form.Item>
        <Form.Item name="signerPosition" label={t('meetings.form.signerPosition')} rules={required(t('meetings.form.signerPosition'))}>
          <Input maxLength={100} style={{ maxWidth: 320 }} />
        </Form.Item>
        <Typography.Paragraph strong role="status">{t('meetings.form.chosen', { n: chosen.length.toLocaleString('vi-VN'), levels: levelCount })}</Typography.Paragraph>
        <Flex gap={8} wrap>
          <Button type="primary" htmlType="submit" loading={busy}>{t('meetings.form.submit')}</Button>
          <Button onClick={() => navigate('/hop-truc-tuyen')}>{t('common.cancel')}</Button>
        </Flex>
      </Form>
    </Card>
  );
}
