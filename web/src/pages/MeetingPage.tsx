import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, InputNumber, List, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, ApiError, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useFormAction } from '../modules/documents/useFormAction';
import { meetingSpan, type MeetingDetail, type Participant } from '../modules/meetings/api';
import { OnlineTag } from '../modules/meetings/format';
import { PageTitle } from '../ui/PageTitle';

const ATTENDANCE_COLOR = { pending: undefined, present: 'green', absent: 'red' } as const;

/** A meeting: its endpoints, who is online and present, its invitation and minutes; the organiser records attendance and the minutes. */
export function MeetingPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const location = useLocation();
  const navigate = useNavigate();
  /** The invitation number of a meeting just scheduled (from the scheduling page), announced once. */
  const [scheduled] = useState(() => (location.state as { scheduled?: string } | null)?.scheduled);
  // Dropped from the history entry, so that a reload of the page does not announce it again.
  useEffect(() => {
    if (location.state) navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  const { run, busy } = useFormAction();
  const [minutesForm] = Form.useForm<{ text: string; signerPosition: string }>();
  const [m, setM] = useState<MeetingDetail>();
  const [attendees, setAttendees] = useState<Record<number, number | null>>({});
  const [error, setError] = useState<string>();
  const load = useCallback(async () => {
    try {
      setM(await unwrap(api.GET('/api/meetings/{id}', { params: { path: { id } } })));
    } catch (e) {
      setError((e as ApiError).message);
    }
  }, [id]);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 30_000);
    return () => clearInterval(timer);
  }, [load]);
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!m) return <Skeleton active />;

  const record = async (p: Participant, attendance: 'present' | 'absent') => {
    const done = await run(null, () => unwrap(api.PUT('/api/meetings/{id}/attendance/{endpointId}', {
      params: { path: { id, endpointId: p.endpointId } }, body: { attendance, attendees: attendance === 'present' ? attendees[p.endpointId] ?? null : null },
    })));
    if (done) {
      message.success(t('meetings.detail.recorded'));
      await load();
    }
  };
  const issueMinutes = async (v: { text: string; signerPosition: string }) => {
    const done = await run(minutesForm, () => unwrap(api.POST('/api/meetings/{id}/minutes', { params: { path: { id } }, body: { text: v.text.trim(), signerPosition: v.signerPosition.trim() } })));
    if (!done) return;
    message.success(t('meetings.detail.minutesIssued', { number: done.minutesNumber }));
    await load();
  };
  const documentLink = (docId: number | null, number: string | null) =>
    docId ? <Link to={`/van-ban/${docId}`}>{number ?? t('meetings.detail.openDocument')}</Link> : (number ?? t('meetings.detail.none'));
  const started = dayjs().isAfter(dayjs(m.startsAt));
  const required = (label: string) => [{ required: true, whitespace: true, message: t('form.required', { field: label.toLowerCase() }) }];
  return (
    <Flex vertical gap={16}>
      <Card title={<PageTitle text={m.title} />}>
        {scheduled && <Alert type="success" showIcon role="status" message={t('meetings.scheduled', { number: scheduled })} style={{ marginBottom: 12 }} />}
        <Descriptions column={1} size="small" items={[
          { key: 'organiser', label: t('meetings.organiser'), children: m.agencyName },
          { key: 'time', label: t('meetings.time'), children: meetingSpan(m) },
          { key: 'levels', label: t('meetings.levelsLabel'), children: <Flex gap={4} wrap><Tag color="blue">{t('meetings.levels', { n: m.levels })}</Tag>{m.central && <Tag>{t('meetings.central')}</Tag>}</Flex> },
          { key: 'invitation', label: t('meetings.invitation'), children: documentLink(m.invitationDocumentId, m.invitationNumber) },
          { key: 'minutes', label: t('meetings.minutes'), children: documentLink(m.minutesDocumentId, m.minutesNumber) },
          ...(m.agenda ? [{ key: 'agenda', label: t('meetings.form.agenda'), children: <Typography.Text style={{ whiteSpace: 'pre-line' }}>{m.agenda}</Typography.Text> }] : []),
        ]} />
        {m.hostJoinUrl && <Button type="primary" href={m.hostJoinUrl} target="_blank" rel="noopener noreferrer" style={{ marginTop: 12 }}>{t('meetings.detail.hostJoin')}</Button>}
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('meetings.detail.participants')}</h2>}>
        <List dataSource={m.participants} renderItem={(p) => (
          <List.Item key={p.endpointId} style={{ display: 'block' }}>
            <Flex vertical gap={4}>
              <Typography.Text strong>{p.endpointName}</Typography.Text>
              <Typography.Text type="secondary">{p.agencyName} · {p.room}</Typography.Text>
              <Flex gap={4} wrap>
                <Tag>{t(`meetings.level.${p.level}`)}</Tag>
                <OnlineTag online={p.online} lastSeenAt={p.lastSeenAt} />
                <Tag color={ATTENDANCE_COLOR[p.attendance]}>
                  {t(`meetings.attendance.${p.attendance}`)}
                  {p.attendanceBy && ` (${t(p.attendanceBy === 'room' ? 'meetings.byRoom' : 'meetings.byOrganiser')})`}
                  {p.attendees !== null && ` · ${t('meetings.people', { n: p.attendees.toLocaleString('vi-VN') })}`}
                </Tag>
              </Flex>
              {p.note && <Typography.Text type="secondary">{p.note}</Typography.Text>}
              {m.canManage && (
                <Flex gap={8} wrap align="center">
                  <InputNumber min={0} max={10_000} size="small" aria-label={`${t('meetings.detail.attendees')}: ${p.endpointName}`} placeholder={t('meetings.detail.attendees')}
                    value={attendees[p.endpointId] ?? p.attendees} onChange={(v) => setAttendees((a) => ({ ...a, [p.endpointId]: v }))} style={{ width: 120 }} />
                  <Button size="small" onClick={() => void record(p, 'present')} aria-label={`${t('meetings.detail.markPresent')}: ${p.endpointName}`}>{t('meetings.detail.markPresent')}</Button>
                  <Button size="small" danger onClick={() => void record(p, 'absent')} aria-label={`${t('meetings.detail.markAbsent')}: ${p.endpointName}`}>{t('meetings.detail.markAbsent')}</Button>
                  {p.joinUrl && <Typography.Text copyable={{ text: p.joinUrl }}>{t('meetings.detail.endpointLink')}</Typography.Text>}
                </Flex>
              )}
            </Flex>
          </List.Item>
        )} />
      </Card>
      {m.canManage && !m.minutesDocumentId && started && (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('meetings.detail.minutesTitle')}</h2>}>
          <Form form={minutesForm} name="minutes" layout="vertical" onFinish={issueMinutes}
            initialValues={{ signerPosition: /^Sở\s/.test(m.agencyName) ? 'Giám đốc' : 'Chủ tịch' }}>
            <Form.Item name="text" label={t('meetings.detail.minutesText')} rules={[...required(t('meetings.detail.minutesText')), { min: 10, message: t('form.required', { field: t('meetings.detail.minutesText').toLowerCase() }) }]}>
              <Input.TextArea rows={6} maxLength={20_000} />
            </Form.Item>
            <Form.Item name="signerPosition" label={t('meetings.form.signerPosition')} rules={required(t('meetings.form.signerPosition'))}>
              <Input maxLength={100} style={{ maxWidth: 320 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>{t('meetings.detail.minutesSubmit')}</Button>
          </Form>
        </Card>
      )}
    </Flex>
  );
}
