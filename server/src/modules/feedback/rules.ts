import { randomInt } from 'node:crypto';

/** The life of a report (phản ánh kiến nghị). */
export const FEEDBACK_STATUSES = ['submitted', 'in_progress', 'awaiting_approval', 'answered', 'closed', 'rejected', 'merged'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** Still owed an answer: these count towards the deadline, escalate when late, and are "open" in Open311. */
export const OPEN_STATUSES: readonly FeedbackStatus[] = ['submitted', 'in_progress', 'awaiting_approval'];
/** Shown to the public (list, map, Open311): accepted by staff, not refused nor folded into another report. */
export const PUBLIC_STATUSES: readonly FeedbackStatus[] = ['in_progress', 'awaiting_approval', 'answered', 'closed'];

export const STATUS_LABEL: Record<FeedbackStatus, string> = {
  submitted: 'Chờ tiếp nhận', in_progress: 'Đang xử lý', awaiting_approval: 'Đang xử lý', answered: 'Đã trả lời',
  closed: 'Đã đóng', rejected: 'Không được tiếp nhận', merged: 'Đã gộp vào phản ánh khác',
};

export type FeedbackAction = 'accept' | 'assign' | 'reroute' | 'merge' | 'redact' | 'answer' | 'approve' | 'return' | 'reject' | 'close';

/** In which states each staff action may be taken. */
const ALLOWED: Record<FeedbackAction, readonly FeedbackStatus[]> = {
  accept: ['submitted'],
  assign: ['submitted', 'in_progress'],
  reroute: ['submitted', 'in_progress'],
  merge: ['submitted', 'in_progress'],
  redact: ['submitted', 'in_progress', 'awaiting_approval', 'answered', 'closed'],
  answer: ['in_progress'],
  approve: ['awaiting_approval'],
  return: ['awaiting_approval'],
  reject: ['submitted', 'in_progress'],
  close: ['in_progress', 'answered'],
};

export const canRun = (action: FeedbackAction, status: FeedbackStatus) => ALLOWED[action].includes(status);

/** Which role of the responsible agency takes each action (leaders may do what specialists do). */
export const ACTION_ROLES: Record<FeedbackAction, readonly ('reception' | 'specialist' | 'leader')[]> = {
  accept: ['reception', 'specialist', 'leader'],
  assign: ['leader', 'reception'],
  reroute: ['reception', 'specialist', 'leader'],
  merge: ['reception', 'specialist', 'leader'],
  redact: ['reception', 'specialist', 'leader'],
  answer: ['specialist', 'leader'],
  approve: ['leader'],
  return: ['leader'],
  reject: ['reception', 'specialist', 'leader'],
  close: ['specialist', 'leader'],
};

/** Open311 GeoReport v2 knows two statuses. */
export const open311Status = (status: FeedbackStatus): 'open' | 'closed' => (OPEN_STATUSES.includes(status) ? 'open' : 'closed');

/** Public timeline wording: what happened, never who. */
export const ACTION_LABEL: Record<string, string> = {
  submit: 'Phản ánh được gửi', accept: 'Cơ quan có thẩm quyền đã tiếp nhận', assign: 'Đã giao cán bộ xử lý', reroute: 'Chuyển cơ quan có thẩm quyền xử lý',
  merge: 'Gộp phản ánh trùng', merged_in: 'Một phản ánh trùng được gộp vào đây', redact: 'Nội dung công khai được biên tập (ẩn thông tin cá nhân)',
  photo_hidden: 'Ẩn ảnh khỏi công khai', photo_shown: 'Hiện lại ảnh', answer: 'Dự thảo trả lời trình lãnh đạo', approve: 'Trả lời được phê duyệt và công khai',
  return: 'Lãnh đạo trả lại dự thảo trả lời', reject: 'Phản ánh không được tiếp nhận', close: 'Phản ánh được đóng', escalate: 'Quá hạn trả lời: báo lãnh đạo cơ quan',
  rate: 'Người gửi đánh giá câu trả lời',
};
/** Actions the public timeline shows (staff-internal steps such as a returned draft stay internal). */
export const PUBLIC_ACTIONS = new Set(['submit', 'accept', 'reroute', 'merge', 'merged_in', 'approve', 'reject', 'close', 'escalate', 'rate']);

// Tracking codes: 8 characters in two groups (PA-7K3M-Q9XD), of an alphabet without the letters O, I and L
// that a person reads as 0 and 1: typed back either way, the code is the same.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTUVWXYZ';
export function newTrackingCode(random: (max: number) => number = randomInt): string {
  const pick = () => Array.from({ length: 4 }, () => ALPHABET[random(ALPHABET.length)]).join('');
  return `PA-${pick()}-${pick()}`;
}
/** A code as a person types it: any case, spaces, O for 0 and I or L for 1 are forgiven. */
export function normalizeTrackingCode(input: string): string | null {
  const bare = input.toUpperCase().replace(/[\s-]+/g, '').replace(/^PA/, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-Z]{8}$/.test(bare) ? `PA-${bare.slice(0, 4)}-${bare.slice(4)}` : null;
}

/** Late: the deadline has passed and no answer has been published. */
export const isOverdue = (status: FeedbackStatus, dueAt: Date, now: Date) => OPEN_STATUSES.includes(status) && dueAt.getTime() < now.getTime();

/** Answered on time when the approved answer came by the deadline. */
export const answeredOnTime = (answeredAt: Date, dueAt: Date) => answeredAt.getTime() <= dueAt.getTime();

/** `minLng,minLat,maxLng,maxLat` as numbers, or null when it is not a box on the globe. */
export function parseBbox(text: string): [number, number, number, number] | null {
  const parts = text.split(',').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [minLng, minLat, maxLng, maxLat] = parts as [number, number, number, number];
  if (minLng < -180 || maxLng > 180 || minLat < -90 || maxLat > 90 || minLng > maxLng || minLat > maxLat) return null;
  return [minLng, minLat, maxLng, maxLat];
}
