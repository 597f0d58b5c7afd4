import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Image, Input, Modal, Select, Space, Tag, Timeline, Typography } from 'antd';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import { getStaffDirectory, getStaffReport, runStaffAction, setPhotoHidden, useMapView, type ActionBody, type StaffAction, type StaffDirectory, type StaffReport } from '../modules/feedback/api';
import { FeedbackMap, type MapPoint } from '../modules/feedback/FeedbackMap';
import { StaffStatusTag } from '../modules/feedback/StaffStatusTag';
import { useFormAction } from '../modules/documents/useFormAction';
import { useSession } from '../modules/identity/session';
import { formatDate } from '../ui/format';
import { PageTitle } from '../ui/PageTitle';
import { useApiAction } from '../ui/useApiAction';
import '../modules/feedback/feedback.css';

const dateTime = (value: string | null) => (value ? new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(value)) : '—');

const ORDER: StaffAction[] = ['accept', 'assign', 'answer', 'approve', 'return', 'redact', 'reroute', 'merge', 'reject', 'close'];
const PRIMARY: StaffAction[] = ['accept', 'answer', 'approve'];
const DANGER: StaffAction[] = ['reject', 'return'];
type Values = { assigneeId?: number; agencyId?: number; reason?: string; intoCode?: string; note?: string; title?: string; description?: string; text?: string; comment?: string };

/**
 * A report on the officials' screen: the original and the public text, the reporter and their contact, the
 * photos (each can be hidden from the public), the answer and its approval, the history with names; and
 * one button per action the server says this official may take now, each asking in a dialog what it needs.
 */
export function FeedbackCasePage() {
  const { t } = useI18n();
  const { id: idParam } = useParams();
  const id = Number(idParam);
  const { user, loading } = useSession();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [report, setReport] = useState<StaffReport>();
  const [failure, setFailure] = useState<string>();
  const [directory, setDirectory] = useState<StaffDirectory>();
  const [open, setOpen] = useState<StaffAction | null>(null);
  const [form] = Form.useForm<Values>();
  const action = useFormAction();
  const photo = useApiAction();
  const official = user?.kind === 'official';
  const view = useMapView();
  const points = useMemo<MapPoint[]>(() => (report?.location ? [{ key: report.code, ...report.location, title: report.title, detail: report.address ?? undefined }] : []), [report]);

  const reload = useCallback(async () => {
    try {
      setReport(await getStaffReport(id));
      setFailure(undefined);
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : t('common.error'));
    }
  }, [id, t]);
  useEffect(() => {
    if (official && Number.isInteger(id) && id > 0) void reload();
  }, [official, id, reload]);
  useEffect(() => {
    if (official) getStaffDirectory().then(setDirectory).catch(() => undefined);
  }, [official]);

  // Each dialog opens with what the official would start from: the current public text, the returned draft.
  useEffect(() => {
    if (!open || !report) return;
    form.resetFields();
    if (open === 'redact') form.setFieldsValue({ title: report.publicTitle, description: report.publicDescription });
    if (open === 'answer' && report.answer && report.answer.status !== 'approved') form.setFieldsValue({ text: report.answer.text });
    if (open === 'assign' || open === 'accept') form.setFieldsValue({ assigneeId: report.assigneeId ?? undefined });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  if (loading) return null;
  if (!user) return <Navigate to={`/dang-nhap?tiep=${encodeURIComponent(`/phan-anh/xu-ly/${idParam ?? ''}`)}`} replace />;
  if (!official) return <Navigate to="/" replace />;
  if (failure && !report) {
    return (
      <Card title={<PageTitle text={t('feedback.report.notFound')} />}>
        <Alert type="error" showIcon message={failure} />
        <p style={{ marginTop: 16 }}><Link to="/phan-anh/xu-ly">← {t('feedback.work.title')}</Link></p>
      </Card>
    );
  }
  if (!report) return <Card loading title={<PageTitle text={t('feedback.work.title')} />} />;

  const label = (a: StaffAction) => t(`feedback.action.${a}` as MessageKey);
  const actions = ORDER.filter((a) => report.can.includes(a));
  const specialists = (directory?.specialists ?? []).filter((s) => s.agencyId === report.agencyId);
  const agencies = (directory?.agencies ?? []).filter((a) => a.id !== report.agencyId);
  const required = (key: MessageKey, min = 1) => [{ required: true, whitespace: true, message: t('form.required', { field: t(key).toLowerCase() }) }, { min, message: t('feedback.case.atLeast', { n: min }) }];

  const submit = async (v: Values) => {
    const a = open!;
    const bodies: { [K in StaffAction]: () => ActionBody[K] } = {
      accept: () => ({ assigneeId: v.assigneeId ?? null }),
      assign: () => ({ assigneeId: v.assigneeId! }),
      reroute: () => ({ agencyId: v.agencyId!, reason: v.reason!.trim() }),
      merge: () => ({ intoCode: v.intoCode!.trim(), note: v.note?.trim() || null }),
      redact: () => ({ title: v.title!.trim(), description: v.description!.trim() }),
      answer: () => ({ text: v.text!.trim() }),
      approve: () => ({}),
      return: () => ({ comment: v.comment!.trim() }),
      reject: () => ({ reason: v.reason!.trim() }),
      close: () => ({ note: v.note?.trim() || null }),
    };
    const done = await action.run(form, async () => {
      await runStaffAction(report.id, a, bodies[a]() as never);
      return true;
    });
    if (!done) return;
    message.success(t('feedback.case.done', { action: label(a) }));
    setOpen(null);
    // Re-routed out of the official's agencies, the report is no longer theirs to see: back to the list.
    if (a === 'reroute') {
      const still = await getStaffReport(report.id).catch(() => null);
      if (!still) return void navigate('/phan-anh/xu-ly');
      return setReport(still);
    }
    await reload();
  };

  const togglePhoto = async (photoId: number, hidden: boolean) => {
    const done = await photo.run(async () => {
      await setPhotoHidden(report.id, photoId, hidden);
      return true;
    });
    if (done) {
      message.success(t(hidden ? 'feedback.case.photoHidden' : 'feedback.case.photoShown'));
      await reload();
    }
  };

  // Approval asks only for a confirmation: the answer is shown on this page already.
  const approve = () => {
    modal.confirm({
      title: t('feedback.action.approve'), content: t('feedback.case.approveConfirm'), okText: t('feedback.action.approve'), cancelText: t('common.cancel'),
      onOk: async () => {
        const done = await action.run(null, async () => {
          await runStaffAction(report.id, 'approve', {});
          return true;
        });
        if (done) {
          message.success(t('feedback.case.done', { action: t('feedback.action.approve') }));
          await reload();
        }
      },
    });
  };

  const canRedact = report.can.includes('redact');
  const reporter = report.reporter;

  return (
    <Card title={<PageTitle text={`${report.code} · ${report.title}`} />}>
      <Flex vertical gap={16}>
        <Link to="/phan-anh/xu-ly">← {t('feedback.work.title')}</Link>
        <Flex gap={4} wrap>
          <StaffStatusTag status={report.status} />
          {report.overdue && <Tag color="red">{t('feedback.overdue')}</Tag>}
          {report.escalatedAt && <Tag color="orange">{t('feedback.work.escalated')}</Tag>}
          {report.anonymousToPublic && <Tag>{t('feedback.work.anonymous')}</Tag>}
          {report.redacted && <Tag color="blue">{t('feedback.case.redacted')}</Tag>}
        </Flex>
        {actions.length > 0 && (
          <Flex gap={8} wrap role="group" aria-label={t('feedback.case.actions')}>
            {actions.map((a) => (
              <Button key={a} type={PRIMARY.includes(a) ? 'primary' : 'default'} danger={DANGER.includes(a)} onClick={() => (a === 'approve' ? approve() : setOpen(a))}>{label(a)}</Button>
            ))}
          </Flex>
        )}
        {report.mergedInto && <Alert type="info" showIcon message={<>{t('feedback.report.mergedInto')} <Link to={`/phan-anh/xu-ly/${report.mergedInto.id}`}>{report.mergedInto.code}</Link></>} />}

        <Descriptions bordered size="small" column={1} items={[
          { key: 'category', label: t('feedback.field.category'), children: report.categoryName },
          { key: 'agency', label: t('feedback.report.agency'), children: report.agencyName },
          { key: 'assignee', label: t('feedback.work.assignee'), children: report.assigneeName ?? '—' },
          { key: 'created', label: t('feedback.report.sentAt'), children: dateTime(report.createdAt) },
          { key: 'due', label: t('feedback.report.dueAt'), children: formatDate(report.dueAt) },
          { key: 'address', label: t('feedback.field.address'), children: report.address ?? '—' },
          { key: 'location', label: t('feedback.field.location'), children: report.location ? `${report.location.lat.toLocaleString('vi-VN', { maximumFractionDigits: 6 })}, ${report.location.lng.toLocaleString('vi-VN', { maximumFractionDigits: 6 })}` : '—' },
          { key: 'reporter', label: t('feedback.report.reporter'), children: <span style={{ overflowWrap: 'anywhere' }}>{[reporter.fullName, reporter.phone, reporter.email].filter(Boolean).join(' · ') || '—'}</span> },
          { key: 'channels', label: t('feedback.field.channels'), children: reporter.channels.map((c) => t(`feedback.channel.${c}`)).join(', ') || '—' },
          { key: 'public', label: t('feedback.case.publicName'), children: report.anonymousToPublic ? t('feedback.case.nameHidden') : t('feedback.case.nameShown') },
          { key: 'subscribers', label: t('feedback.case.subscribers'), children: report.subscribers.toLocaleString('vi-VN') },
          ...(report.duplicates.length > 0 ? [{ key: 'duplicates', label: t('feedback.case.duplicates'), children: <Space wrap>{report.duplicates.map((d) => <Link key={d.id} to={`/phan-anh/xu-ly/${d.id}`}>{d.code}</Link>)}</Space> }] : []),
          ...(report.rating ? [{ key: 'rating', label: t('feedback.case.rating'), children: `${'★'.repeat(report.rating.score)} (${report.rating.score}/5)${report.rating.comment ? ` — ${report.rating.comment}` : ''}` }] : []),
        ]} />

        {points.length > 0 && view && (
          <section aria-labelledby="pa-place">
            <Typography.Title level={2} id="pa-place" style={{ fontSize: 18 }}>{t('feedback.report.place')}</Typography.Title>
            <FeedbackMap view={view} points={points} label={t('feedback.report.mapLabel')} description={t('feedback.case.mapHelp')} />
          </section>
        )}

        <section aria-labelledby="pa-original">
          <Typography.Title level={2} id="pa-original" style={{ fontSize: 18 }}>{t('feedback.case.original')}</Typography.Title>
          <Typography.Paragraph strong>{report.originalTitle}</Typography.Paragraph>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{report.description}</Typography.Paragraph>
        </section>
        <section aria-labelledby="pa-public">
          <Typography.Title level={2} id="pa-public" style={{ fontSize: 18 }}>{t('feedback.case.publicText')}</Typography.Title>
          <Typography.Paragraph strong>{report.publicTitle}</Typography.Paragraph>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{report.publicDescription}</Typography.Paragraph>
          <Link to={`/phan-anh/${encodeURIComponent(report.code)}`}>{t('feedback.case.seePublic')}</Link>
        </section>

        {report.photos.length > 0 && (
          <section aria-labelledby="pa-photos">
            <Typography.Title level={2} id="pa-photos" style={{ fontSize: 18 }}>{t('feedback.photos.title')}</Typography.Title>
            <ul className="fb-photos" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))' }}>
              {report.photos.map((p, i) => (
                <li key={p.id} className={p.hidden ? 'fb-photo-hidden' : undefined}>
                  <Image src={p.url} alt={t('feedback.photos.ofReport', { n: i + 1 })} width="100%" style={{ aspectRatio: '1 / 1', objectFit: 'cover' }} />
                  {p.hidden && <Tag>{t('feedback.case.photoIsHidden')}</Tag>}
                  {canRedact && (
                    <Button size="small" loading={photo.busy} onClick={() => void togglePhoto(p.id, !p.hidden)} aria-label={t(p.hidden ? 'feedback.case.showPhotoN' : 'feedback.case.hidePhotoN', { n: i + 1 })}>
                      {t(p.hidden ? 'feedback.case.showPhoto' : 'feedback.case.hidePhoto')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="pa-answer">
          <Typography.Title level={2} id="pa-answer" style={{ fontSize: 18 }}>{t('feedback.report.answer')}</Typography.Title>
          {report.answer ? (
            <Flex vertical gap={4}>
              <Space wrap>
                <Tag color={report.answer.status === 'approved' ? 'green' : report.answer.status === 'returned' ? 'red' : 'orange'}>{t(`feedback.answer.${report.answer.status}`)}</Tag>
                <Typography.Text type="secondary">{t('feedback.case.draftedBy', { name: report.answer.draftedBy ?? '—', at: dateTime(report.answer.draftedAt) })}</Typography.Text>
              </Space>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', marginBottom: 0 }}>{report.answer.text}</Typography.Paragraph>
              {report.answer.decidedAt && (
                <Typography.Text type="secondary">{t('feedback.case.decidedBy', { name: report.answer.decidedBy ?? '—', at: dateTime(report.answer.decidedAt) })}{report.answer.comment ? `: ${report.answer.comment}` : ''}</Typography.Text>
              )}
            </Flex>
          ) : <Typography.Text type="secondary">{t('feedback.case.noAnswer')}</Typography.Text>}
        </section>

        <section aria-labelledby="pa-history">
          <Typography.Title level={2} id="pa-history" style={{ fontSize: 18 }}>{t('feedback.case.history')}</Typography.Title>
          <Timeline items={report.history.map((h, i) => ({
            key: i,
            children: (
              <div>
                <div><strong>{h.label}</strong></div>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>{dateTime(h.at)}{h.actorName ? ` · ${h.actorName}` : ''}</Typography.Text>
                {h.note && <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{h.note}</div>}
              </div>
            ),
          }))} />
        </section>
      </Flex>

      <Modal open={!!open} title={open ? label(open) : ''} onCancel={() => setOpen(null)} okText={open ? label(open) : ''} cancelText={t('common.cancel')}
        okButtonProps={{ loading: action.busy, danger: !!open && DANGER.includes(open) }} onOk={() => form.submit()} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} preserve={false}>
          {(open === 'accept' || open === 'assign') && (
            <Form.Item name="assigneeId" label={t('feedback.case.assignee')} rules={open === 'assign' ? [{ required: true, message: t('form.required', { field: t('feedback.case.assignee').toLowerCase() }) }] : []}>
              <Select allowClear showSearch optionFilterProp="label" placeholder={t('feedback.case.chooseSpecialist')} options={specialists.map((s) => ({ value: s.id, label: s.fullName }))} />
            </Form.Item>
          )}
          {open === 'reroute' && (
            <>
              <Form.Item name="agencyId" label={t('feedback.case.toAgency')} rules={[{ required: true, message: t('form.required', { field: t('feedback.case.toAgency').toLowerCase() }) }]}>
                <Select showSearch optionFilterProp="label" placeholder={t('feedback.case.chooseAgency')} options={agencies.map((a) => ({ value: a.id, label: a.name }))} />
              </Form.Item>
              <Form.Item name="reason" label={t('feedback.case.reason')} rules={required('feedback.case.reason', 5)}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
            </>
          )}
          {open === 'merge' && (
            <>
              <Form.Item name="intoCode" label={t('feedback.case.intoCode')} extra={t('feedback.case.intoCodeHint')} rules={required('feedback.case.intoCode', 8)}><Input maxLength={16} autoComplete="off" /></Form.Item>
              <Form.Item name="note" label={t('feedback.case.note')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
            </>
          )}
          {open === 'redact' && (
            <>
              <Typography.Paragraph type="secondary">{t('feedback.case.redactHint')}</Typography.Paragraph>
              <Form.Item name="title" label={t('feedback.field.title')} rules={required('feedback.field.title', 5)}><Input maxLength={200} /></Form.Item>
              <Form.Item name="description" label={t('feedback.field.description')} rules={required('feedback.field.description', 10)}><Input.TextArea rows={6} maxLength={5000} /></Form.Item>
            </>
          )}
          {open === 'answer' && (
            <>
              {report.answer?.status === 'returned' && report.answer.comment && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('feedback.case.returnedWith', { comment: report.answer.comment })} />}
              <Form.Item name="text" label={t('feedback.case.answerText')} extra={t('feedback.case.answerHint')} rules={required('feedback.case.answerText', 10)}><Input.TextArea rows={8} maxLength={10000} /></Form.Item>
            </>
          )}
          {open === 'return' && <Form.Item name="comment" label={t('feedback.case.comment')} rules={required('feedback.case.comment', 3)}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>}
          {open === 'reject' && <Form.Item name="reason" label={t('feedback.case.reason')} rules={required('feedback.case.reason', 5)}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>}
          {open === 'close' && <Form.Item name="note" label={t('feedback.case.note')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>}
        </Form>
      </Modal>
    </Card>
  );

}
