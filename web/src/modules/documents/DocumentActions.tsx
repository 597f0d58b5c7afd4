import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Button, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import type { Me } from '../identity/session';
import { filterOption, leadersOf, rolesAt, uploadAttachment, type Directory, type DocAssignment, type DocumentDetail } from './api';
import { DirectionModal } from './DirectionForm';
import { useFormAction } from './useFormAction';

type Action = 'register' | 'return' | 'direct' | 'complete' | 'submit' | 'pass' | 'reviewReturn' | 'sign' | 'issue';
type Values = { leaderId?: number; reason?: string; report?: string; assignmentId?: number; reviewerIds?: number[]; comment?: string };

/** The open assignments the user answers for: given to them, or to one of their units without a person. */
export function myOpenAssignments(detail: DocumentDetail, user: Me): DocAssignment[] {
  const mine = new Set(user.roles.map((r) => r.agencyId));
  return detail.assignments.filter((a) => a.status === 'open' && (a.userId ? a.userId === user.id : mine.has(a.agencyId)));
}

/** What this user may do with the document now, by their roles at its agency and their part in it. */
export function availableActions(detail: DocumentDetail, user: Me): Action[] {
  const d = detail.document;
  const roles = rolesAt(user, d.agencyId);
  const clerk = roles.includes('clerk');
  const leader = roles.includes('leader');
  const actions: Action[] = [];
  if (d.status === 'arrived' && clerk) actions.push('register', 'return');
  if ((d.status === 'registered' || d.status === 'in_progress') && leader) actions.push('direct');
  // A support may still be at work after the lead finished (the document is done then).
  if (myOpenAssignments(detail, user).length > 0) actions.push('complete');
  if (d.status === 'draft' && d.createdBy === user.id) actions.push('submit');
  if (d.status === 'in_review' && detail.reviews.some((r) => r.reviewerId === user.id && r.verdict === null)) actions.push('pass', 'reviewReturn');
  if (d.status === 'approved' && d.signerId === user.id) actions.push('sign');
  if (d.status === 'signed' && clerk) actions.push('issue');
  return actions;
}

const PRIMARY: Action[] = ['register', 'direct', 'complete', 'submit', 'pass', 'sign', 'issue'];
const DANGER: Action[] = ['return', 'reviewReturn'];

type ActionsProps = { detail: DocumentDetail; user: Me; directory?: Directory; reload: () => Promise<void>; onIssued: (numberSymbol: string) => void };

/** One button per action the user may take now; each opens a dialog asking for what the action needs. */
export function DocumentActions({ detail, user, directory, reload, onIssued }: ActionsProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { run, busy } = useFormAction();
  const [open, setOpen] = useState<Action | null>(null);
  const [form] = Form.useForm<Values>();
  // How many reviewers are chosen: none sends the draft straight to the signer.
  const [reviewerCount, setReviewerCount] = useState(0);
  const upload = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const d = detail.document;
  const roles = rolesAt(user, d.agencyId);
  const actions = availableActions(detail, user);
  const mine = myOpenAssignments(detail, user);
  const label = (action: Action) => t(`doc.action.${action}` as MessageKey);
  // The confirming button says what happens: with no reviewer, the draft goes straight to the signer.
  const okLabel = (action: Action) => (action === 'submit' ? t(reviewerCount > 0 ? 'doc.action.submitReview' : 'doc.action.submitSign') : label(action));
  const canDraftReply = d.direction === 'incoming' && ['registered', 'in_progress', 'done'].includes(d.status) && (roles.includes('specialist') || roles.includes('leader'));
  const canAttach = d.confidentiality === 0 && (d.direction === 'outgoing'
    ? d.status === 'draft' && d.createdBy === user.id
    : d.channel === 'paper' && d.status !== 'returned' && roles.includes('clerk'));

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setReviewerCount(0);
    const leaders = leadersOf(directory, d.agencyId);
    form.setFieldsValue({ leaderId: d.leaderId ?? (leaders.length === 1 ? leaders[0]!.id : undefined), assignmentId: mine[0]?.id, reviewerIds: [] });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const submit = async (v: Values) => {
    const action = open!;
    const path = { id: d.id };
    const version = d.version;
    let issued: string | undefined;
    const done = await run(form, async () => {
      switch (action) {
        case 'register': return unwrap(api.POST('/api/documents/{id}/register', { params: { path }, body: { leaderId: v.leaderId!, version } }));
        case 'return': return unwrap(api.POST('/api/documents/{id}/return', { params: { path }, body: { reason: v.reason!.trim(), version } }));
        case 'complete': return unwrap(api.POST('/api/documents/{id}/assignments/{assignmentId}/complete', {
          params: { path: { id: d.id, assignmentId: v.assignmentId ?? mine[0]!.id } }, body: { report: v.report!.trim() },
        }));
        case 'submit': return unwrap(api.POST('/api/documents/{id}/submit', { params: { path }, body: { reviewerIds: v.reviewerIds ?? [], version } }));
        case 'pass':
        case 'reviewReturn': return unwrap(api.POST('/api/documents/{id}/review', {
          params: { path }, body: { verdict: action === 'pass' ? 'passed' : 'returned', comment: v.comment?.trim() || null },
        }));
        case 'sign': return unwrap(api.POST('/api/documents/{id}/sign', { params: { path }, body: { version } }));
        case 'issue': {
          const result = await unwrap(api.POST('/api/documents/{id}/issue', { params: { path }, body: { version } }));
          issued = result.numberSymbol;
          return result;
        }
        default: return undefined;
      }
    }, { DOCUMENT_PERSON_INVALID: action === 'submit' ? 'reviewerIds' : 'leaderId' });
    if (!done) return;
    message.success(issued ? t('doc.issued', { number: issued }) : t('doc.done', { action: label(action) }));
    setOpen(null);
    if (issued) onIssued(issued);
    await reload();
  };

  const attach = async (file: File | undefined) => {
    if (!file) return;
    setUploading(true);
    const done = await run(null, async () => {
      await uploadAttachment(d.id, file);
      return true;
    });
    setUploading(false);
    if (upload.current) upload.current.value = '';
    if (!done) return;
    message.success(t('dossier.uploaded', { name: file.name }));
    await reload();
  };

  const colleagues = (() => {
    const seen = new Set<number>([user.id]);
    return (directory?.people ?? []).filter((p) => p.agencyId === d.agencyId && !seen.has(p.id) && seen.add(p.id));
  })();
  const required = (key: MessageKey, min = 1) => [{ required: true, whitespace: true, min, message: t('form.required', { field: t(key).toLowerCase() }) }];
  const attachLabel = d.direction === 'outgoing' ? t('doc.action.attach') : t('doc.action.attachScan');

  if (actions.length === 0 && !canDraftReply && !canAttach && !(d.status === 'draft' && d.createdBy === user.id)) return null;
  return (
    <>
      <Flex gap={8} wrap>
        {d.status === 'draft' && d.createdBy === user.id && (
          <Button onClick={() => navigate(`/van-ban/${d.id}/sua`)}>{t('doc.action.edit')}</Button>
        )}
        {canAttach && (
          <>
            <input ref={upload} type="file" accept="application/pdf,image/jpeg,image/png" hidden aria-label={attachLabel} onChange={(e) => void attach(e.target.files?.[0])} />
            <Button loading={uploading} onClick={() => upload.current?.click()}>{attachLabel}</Button>
          </>
        )}
        {actions.map((action) => (
          <Button key={action} type={PRIMARY.includes(action) ? 'primary' : 'default'} danger={DANGER.includes(action)} onClick={() => setOpen(action)}>
            {label(action)}
          </Button>
        ))}
        {canDraftReply && <Button onClick={() => navigate(`/van-ban/moi?traLoi=${d.id}`)}>{t('doc.action.reply')}</Button>}
      </Flex>
      <DirectionModal open={open === 'direct'} onClose={() => setOpen(null)} detail={detail} directory={directory}
        onDone={() => { setOpen(null); void reload(); }} />
      <Modal title={open && open !== 'direct' ? label(open) : ''} open={open !== null && open !== 'direct'} onCancel={() => setOpen(null)} onOk={() => form.submit()}
        okText={open && open !== 'direct' ? okLabel(open) : ''} cancelText={t('common.cancel')} okButtonProps={{ danger: !!open && DANGER.includes(open) }}
        confirmLoading={busy} forceRender>
        <Form<Values> name="documentAction" form={form} layout="vertical" onFinish={submit}>
          {open === 'register' && (
            <Form.Item name="leaderId" label={t('doc.leader')} rules={[{ required: true, message: t('doc.choose', { field: t('doc.leader').toLowerCase() }) }]}>
              <Select showSearch={{ filterOption }} options={leadersOf(directory, d.agencyId).map((p) => ({ value: p.id, label: p.fullName }))} notFoundContent={t('doc.noLeaders')} />
            </Form.Item>
          )}
          {open === 'return' && (
            <Form.Item name="reason" label={t('doc.returnReason')} extra={t('doc.returnHint')} rules={required('doc.returnReason', 5)}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          )}
          {open === 'complete' && (
            <>
              {mine.length > 1 && (
                <Form.Item name="assignmentId" label={t('doc.assignment')} rules={[{ required: true }]}>
                  <Select options={mine.map((a) => ({ value: a.id, label: `${t(`doc.role.${a.role}` as MessageKey)} · ${a.userName ?? a.agencyName}` }))} />
                </Form.Item>
              )}
              <Form.Item name="report" label={t('doc.report')} rules={required('doc.report')}>
                <Input.TextArea rows={4} maxLength={4000} />
              </Form.Item>
            </>
          )}
          {open === 'submit' && (
            <Form.Item name="reviewerIds" label={t('doc.reviewers')} extra={t('doc.reviewersHint')}>
              <Select mode="multiple" allowClear showSearch={{ filterOption }} options={colleagues.map((p) => ({ value: p.id, label: p.fullName }))}
                onChange={(ids: number[]) => setReviewerCount(ids.length)} />
            </Form.Item>
          )}
          {(open === 'pass' || open === 'reviewReturn') && (
            <Form.Item name="comment" label={t('doc.comment')} rules={open === 'reviewReturn' ? required('doc.comment', 3) : []}>
              <Input.TextArea rows={3} maxLength={4000} />
            </Form.Item>
          )}
          {open === 'sign' && <Typography.Paragraph>{t('doc.signConfirm', { signer: d.signerName ?? '' })}</Typography.Paragraph>}
          {open === 'issue' && <Typography.Paragraph>{t('doc.issueConfirm')}</Typography.Paragraph>}
        </Form>
      </Modal>
    </>
  );
}
