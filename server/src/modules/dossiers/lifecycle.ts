import { localDay } from '../../platform/time.js';

/**
 * The dossier life cycle (../shared/DESIGN.md): which action may move a dossier from which status, and
 * who may take it. Pure: the service adds the agency scope, the workflow step and the database.
 */

export type DossierStatus =
  | 'draft' | 'submitted' | 'received' | 'rejected' | 'processing' | 'awaiting_supplement'
  | 'awaiting_payment' | 'withdrawn' | 'stopped' | 'result_ready' | 'returned';

/**
 * One-to-one onto the national portal's TrangThaiHoSo. A refusal to resolve is not a status of its own:
 * processing ends (9, Đã xử lý xong) with outcome "refused", and the refusal notice is the result returned.
 */
export const NATIONAL_STATUS_CODE: Record<Exclude<DossierStatus, 'draft'>, number> = {
  submitted: 1, received: 2, rejected: 3, processing: 4, awaiting_supplement: 5, awaiting_payment: 6,
  withdrawn: 7, stopped: 8, result_ready: 9, returned: 10,
};

export const STATUS_LABEL: Record<DossierStatus, string> = {
  draft: 'Bản nháp', submitted: 'Mới đăng ký', received: 'Được tiếp nhận', rejected: 'Không được tiếp nhận',
  processing: 'Đang xử lý', awaiting_supplement: 'Yêu cầu bổ sung', awaiting_payment: 'Yêu cầu nghĩa vụ tài chính',
  withdrawn: 'Công dân rút', stopped: 'Dừng xử lý', result_ready: 'Đã xử lý xong', returned: 'Đã trả kết quả',
};

export type DossierAction =
  | 'submit' | 'receive' | 'reject' | 'start_processing' | 'forward' | 'send_back' | 'request_supplement'
  | 'resubmit' | 'approve' | 'refuse' | 'return' | 'withdraw' | 'stop' | 'extend' | 'record_payment';

/** `cashier`: whoever confirmed a payment (the payments module, for the platform or the counter); no user acts as it directly. */
export type ViewerRole = 'applicant' | 'reception' | 'specialist' | 'leader';
export type ActorRole = ViewerRole | 'cashier';
/** The actions a user takes through the API (a payment is recorded by the payments module). */
export type UserAction = Exclude<DossierAction, 'record_payment'>;

const OPEN: DossierStatus[] = ['submitted', 'received', 'processing', 'awaiting_supplement', 'awaiting_payment'];

type Rule = { from: DossierStatus[]; actors: ActorRole[]; to: DossierStatus | 'unchanged' | 'before_pause' };

export const RULES: Record<DossierAction, Rule> = {
  submit: { from: ['draft'], actors: ['applicant'], to: 'submitted' },
  receive: { from: ['submitted'], actors: ['reception'], to: 'received' },
  reject: { from: ['submitted'], actors: ['reception'], to: 'rejected' },
  start_processing: { from: ['received'], actors: ['reception'], to: 'processing' },
  forward: { from: ['processing'], actors: ['specialist', 'leader'], to: 'processing' },
  send_back: { from: ['processing'], actors: ['specialist', 'leader'], to: 'processing' },
  // Decree 118/2025: a request to complete the dossier stops the clock until it is answered.
  request_supplement: { from: ['received', 'processing'], actors: ['reception', 'specialist', 'leader'], to: 'awaiting_supplement' },
  resubmit: { from: ['awaiting_supplement'], actors: ['applicant', 'reception'], to: 'before_pause' },
  approve: { from: ['processing'], actors: ['leader'], to: 'result_ready' },
  refuse: { from: ['processing'], actors: ['leader'], to: 'result_ready' },
  return: { from: ['result_ready'], actors: ['reception'], to: 'returned' },
  withdraw: { from: OPEN, actors: ['applicant'], to: 'withdrawn' },
  stop: { from: ['received', 'processing', 'awaiting_supplement'], actors: ['leader'], to: 'stopped' },
  extend: { from: ['received', 'processing', 'awaiting_supplement'], actors: ['leader'], to: 'unchanged' },
  // A fee paid: a dossier waiting for it goes on (see `afterPayment`); any other open dossier only records it.
  record_payment: { from: [...OPEN, 'result_ready'], actors: ['cashier'], to: 'unchanged' },
};

/**
 * Where a dossier awaiting payment goes once paid: to the desk when it was paid before reception,
 * to the applicant's result when it was paid before the result.
 */
export const afterPayment = (d: { receivedAt: Date | null }): DossierStatus => (d.receivedAt ? 'result_ready' : 'submitted');

export type TransitionCheck =
  | { ok: true; to: DossierStatus }
  | { ok: false; reason: 'state' | 'role' };

/** Whether `actor` may take `action` on a dossier in `status`, and the status it ends in. */
export function checkTransition(
  action: DossierAction,
  status: DossierStatus,
  actors: ActorRole[],
  statusBeforePause?: DossierStatus | null,
): TransitionCheck {
  const rule = RULES[action];
  if (!rule.actors.some((a) => actors.includes(a))) return { ok: false, reason: 'role' };
  if (!rule.from.includes(status)) return { ok: false, reason: 'state' };
  if (rule.to === 'unchanged') return { ok: true, to: status };
  if (rule.to === 'before_pause') return { ok: true, to: statusBeforePause ?? 'processing' };
  return { ok: true, to: rule.to };
}

export const isOpen = (status: DossierStatus) => OPEN.includes(status);

/** A fee can be paid while the dossier is open or its result waits: when a payment could be recorded. */
export const isPayableStatus = (status: DossierStatus) => RULES.record_payment.from.includes(status);

/** Actions an actor could take now, for the UI's buttons. */
export function availableActions(status: DossierStatus, actors: ActorRole[]): UserAction[] {
  return (Object.keys(RULES) as DossierAction[]).filter((action): action is UserAction => action !== 'record_payment' && checkTransition(action, status, actors).ok);
}

export type ResolutionTiming = 'early' | 'on_time' | 'late';

/**
 * Tracking-book classification of a resolved dossier: early when finished on a day before the due day,
 * on time up to the due instant, late after it.
 */
export function resolutionTiming(resolvedAt: Date, dueAt: Date): ResolutionTiming {
  if (resolvedAt > dueAt) return 'late';
  return localDay(resolvedAt) < localDay(dueAt) ? 'early' : 'on_time';
}
