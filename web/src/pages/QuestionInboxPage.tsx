import { useCallback, useEffect, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { App, Button, Card, Empty, Flex, Form, Input, InputNumber, Segmented, Space, Tag, Typography } from 'antd';
import { api, unwrap, type Reply } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/vi';
import type { InboxQuestion, QuestionStatus } from '../modules/content/api';
import '../modules/content/content.css';
import { hasRole, useSession } from '../modules/identity/session';
import { PageTitle } from '../ui/PageTitle';
import { formatDate } from '../ui/format';
import { useApiAction } from '../ui/useApiAction';

type Inbox = Reply<'/api/questions/inbox', 'get'>;
const STATUSES: QuestionStatus[] = ['pending', 'answered', 'published', 'rejected'];
const statusKey = (s: QuestionStatus) => `content.status.${s}` as MessageKey;
const TONE: Record<QuestionStatus, string> = { pending: 'orange', answered: 'blue', published: 'green', rejected: 'default' };

/** One question at work: the answer (a leader's is published at once), a leader's publication, a rejection with its reason. */
function QuestionCard({ q, onChanged }: { q: InboxQuestion; onChanged: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { run, busy } = useApiAction();
  const [answer, setAnswer] = useState(q.answer ?? '');
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [duplicateOf, setDuplicateOf] = useState<number | null>(null);
  const open = q.status === 'pending' || q.status === 'answered';
  const path = { params: { path: { id: q.id } } };

  const send = async () => {
    const done = await run(() => unwrap(api.POST('/api/questions/{id}/answer', { ...path, body: { answer: answer.trim(), version: q.version } })));
    if (done) {
      void message.success(t(done.status === 'published' ? 'content.inbox.publishedNow' : 'content.inbox.answered'));
      onChanged();
    }
  };
  const publish = async () => {
    const changed = answer.trim() !== (q.answer ?? '');
    const done = await run(() => unwrap(api.POST('/api/questions/{id}/publish', { ...path, body: { version: q.version, ...(changed ? { answer: answer.trim() } : {}) } })));
    if (done) {
      void message.success(t('content.inbox.publishedNow'));
      onChanged();
    }
  };
  const reject = async () => {
    const done = await run(() => unwrap(api.POST('/api/questions/{id}/reject', { ...path, body: { reason: reason.trim(), version: q.version, ...(duplicateOf ? { duplicateOf } : {}) } })));
    if (done) onChanged();
  };

  const answerId = `tra-loi-${q.id}`;
  return (
    <Card size="small" title={<span style={{ whiteSpace: 'normal' }}>{q.title}</span>} extra={<Tag color={TONE[q.status]}>{t(statusKey(q.status))}</Tag>}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('content.inbox.from', { name: q.askerName, date: formatDate(q.createdAt) })}{q.hideName ? ` (${t('content.inbox.nameHidden')})` : ''} · {q.agencyName}
        {q.procedureName ? ` · ${q.procedureName}` : ''}
      </Typography.Paragraph>
      <p className="content-pre">{q.body}</p>
      {q.status === 'rejected' && <Typography.Paragraph type="secondary">{t('content.inbox.rejectedBecause', { reason: q.rejectReason ?? '' })}</Typography.Paragraph>}
      {q.status === 'published' && (
        <>
          <div className="content-answer">{q.answer}</div>
          <p><Link to={`/hoi-dap/${q.id}`}>{t('content.inbox.publicPage')}</Link></p>
        </>
      )}
      {open && (
        <Form layout="vertical" onFinish={() => void (q.status === 'answered' && q.canPublish ? publish() : send())}>
          <Form.Item label={<label htmlFor={answerId}>{t('content.inbox.answer')}</label>} help={q.status === 'answered' ? t('content.inbox.answeredBy', { name: q.answeredByName ?? '' }) : undefined}>
            <Input.TextArea id={answerId} rows={5} value={answer} onChange={(e) => setAnswer(e.target.value)} maxLength={10_000} />
          </Form.Item>
          <Flex gap={8} wrap>
            {q.status === 'answered' && q.canPublish ? (
              <Button type="primary" htmlType="submit" loading={busy} disabled={answer.trim().length < 10}>{t('content.inbox.publish')}</Button>
            ) : (
              <Button type="primary" htmlType="submit" loading={busy} disabled={answer.trim().length < 10}>
                {t(q.canPublish ? 'content.inbox.answerAndPublish' : 'content.inbox.send')}
              </Button>
            )}
            <Button danger onClick={() => setRejecting((v) => !v)} aria-expanded={rejecting}>{t('content.inbox.reject')}</Button>
          </Flex>
        </Form>
      )}
      {open && rejecting && (
        <Form layout="vertical" style={{ marginTop: 12 }} onFinish={() => void reject()}>
          <Form.Item label={<label htmlFor={`ly-do-${q.id}`}>{t('content.inbox.reason')}</label>} required>
            <Input id={`ly-do-${q.id}`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
          </Form.Item>
          <Form.Item label={<label htmlFor={`trung-${q.id}`}>{t('content.inbox.duplicateOf')}</label>} help={t('content.inbox.duplicateHint')}>
            <InputNumber id={`trung-${q.id}`} min={1} value={duplicateOf} onChange={(v) => setDuplicateOf(v)} style={{ width: '100%' }} />
          </Form.Item>
          <Button danger htmlType="submit" loading={busy} disabled={reason.trim().length < 3}>{t('content.inbox.confirmReject')}</Button>
        </Form>
      )}
    </Card>
  );
}

/** Hỏi đáp — xử lý: the questions addressed to the official's agencies, by state, oldest first. */
export function QuestionInboxPage() {
  const { t } = useI18n();
  const { user, loading } = useSession();
  const [params, setParams] = useSearchParams();
  const status = (STATUSES.includes(params.get('trang-thai') as QuestionStatus) ? params.get('trang-thai') : 'pending') as QuestionStatus;
  const [inbox, setInbox] = useState<Inbox>();
  const { run } = useApiAction();
  const answerer = hasRole(user, 'specialist') || hasRole(user, 'leader');
  const load = useCallback(() => {
    void run(() => unwrap(api.GET('/api/questions/inbox', { params: { query: { status, pageSize: 50 } } }))).then((found) => found && setInbox(found));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status]);
  useEffect(() => {
    if (answerer) load();
  }, [answerer, load]);

  if (loading) return null;
  if (!user) return <Navigate to="/dang-nhap?tiep=%2Fhoi-dap%2Fxu-ly" replace />;
  if (!answerer) return <Navigate to="/hoi-dap" replace />;
  return (
    <Card title={<PageTitle text={t('content.inbox.title')} />}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Segmented aria-label={t('content.inbox.filter')} value={status} onChange={(v) => setParams({ 'trang-thai': String(v) }, { replace: true })}
          options={STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))} style={{ maxWidth: '100%', overflowX: 'auto' }} />
        {!inbox ? null : inbox.items.length === 0 ? <Empty description={t('content.inbox.empty')} /> : inbox.items.map((q) => <QuestionCard key={`${q.id}-${q.version}`} q={q} onChanged={load} />)}
      </Space>
    </Card>
  );
}
