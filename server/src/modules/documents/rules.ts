/**
 * The rules of official documents (Decree 30/2020/NĐ-CP), free of HTTP and SQL: the types and their
 * abbreviations (Annex III), numbers and symbols, urgency and confidentiality grades, and which action
 * may move a document from which state.
 */

export type DocumentType = { code: string; name: string; abbreviation: string | null; edxmlType: number };

/** Annex III: the administrative document types. A công văn has no abbreviation of its own. */
export const DOCUMENT_TYPES: DocumentType[] = [
  ['NQ', 'Nghị quyết'], ['QD', 'Quyết định', 'QĐ'], ['CT', 'Chỉ thị'], ['QC', 'Quy chế'], ['QYD', 'Quy định', 'QyĐ'],
  ['TC', 'Thông cáo'], ['TB', 'Thông báo'], ['HD', 'Hướng dẫn'], ['CTR', 'Chương trình', 'CTr'], ['KH', 'Kế hoạch'],
  ['PA', 'Phương án'], ['DAN', 'Đề án', 'ĐA'], ['DA', 'Dự án'], ['BC', 'Báo cáo'], ['BB', 'Biên bản'], ['TTR', 'Tờ trình', 'TTr'],
  ['HDG', 'Hợp đồng', 'HĐ'], ['CD', 'Công điện', 'CĐ'], ['BGN', 'Bản ghi nhớ'], ['BTT', 'Bản thỏa thuận'], ['GUQ', 'Giấy ủy quyền'],
  ['GM', 'Giấy mời'], ['GGT', 'Giấy giới thiệu'], ['GNP', 'Giấy nghỉ phép'], ['PG', 'Phiếu gửi'], ['PC', 'Phiếu chuyển'], ['PB', 'Phiếu báo'],
  ['CV', 'Công văn', null],
].map(([code, name, abbreviation], index) => ({
  code: code!, name: name!, abbreviation: abbreviation === undefined ? code! : abbreviation, edxmlType: index + 1,
}));

const TYPES = new Map(DOCUMENT_TYPES.map((t) => [t.code, t]));
export const documentType = (code: string): DocumentType | undefined => TYPES.get(code);
export const DOCUMENT_TYPE_CODES = DOCUMENT_TYPES.map((t) => t.code);

/** Urgency (độ khẩn), edXML Priority 0–4. */
export const URGENCY = ['Thường', 'Khẩn', 'Thượng khẩn', 'Hỏa tốc', 'Hỏa tốc hẹn giờ'] as const;
/** Confidentiality (độ mật): above 0 the content is never stored, only the metadata is registered. */
export const CONFIDENTIALITY = ['Thường', 'Mật', 'Tối mật', 'Tuyệt mật'] as const;

/**
 * The symbol (ký hiệu) after the number: the type's abbreviation and the agency's (15/QĐ-UBND); a công
 * văn carries the agency's and the drafting unit's (120/UBND-VP).
 */
export function symbolOf(type: DocumentType, agencySymbol: string, unitSymbol?: string | null): string {
  if (type.abbreviation) return `${type.abbreviation}-${agencySymbol}`;
  return unitSymbol ? `${agencySymbol}-${unitSymbol}` : agencySymbol;
}

/** "Số: 15/QĐ-UBND": numbers below 10 are written with a leading zero (Annex I, 01 to 09). */
export const numberSymbol = (number: number, symbol: string) => `${String(number).padStart(2, '0')}/${symbol}`;

/** A word's initial as symbols write it: unaccented capitals, but Đ stays Đ (Sở Kế hoạch và Đầu tư: SKHĐT). */
const initial = (word: string) => (/^[đĐ]/.test(word) ? 'Đ' : word.normalize('NFD').replace(/[\u0300-\u036f]/g, '')[0]!.toUpperCase());

/**
 * A first guess at an agency's abbreviation from its name, which the clerk can change on the register:
 * people's committees are UBND, other agencies take the initials of their name before the place,
 * without the "và" of "Kế hoạch và Đầu tư".
 */
export function agencySymbolFromName(name: string): string {
  if (/^(UBND|Ủy ban nhân dân)\b/i.test(name)) return 'UBND';
  const core = name.replace(/\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s.*$/i, '');
  const words = core.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.toLowerCase() !== 'và');
  // An acronym ends the name proper: Văn phòng UBND tỉnh: VP.
  const acronym = words.findIndex((w, i) => i > 0 && w.length > 1 && w === w.toUpperCase());
  const initials = words.slice(0, acronym > 0 ? acronym : undefined).map(initial).join('');
  return (initials || 'CQ').slice(0, 10);
}

export type Direction = 'incoming' | 'outgoing';
export type DocumentStatus = 'arrived' | 'registered' | 'in_progress' | 'done' | 'returned' | 'draft' | 'in_review' | 'approved' | 'signed' | 'issued';

export type DocumentAction =
  | 'register' | 'return' | 'direct' | 'assign' | 'complete'
  | 'edit' | 'submit_review' | 'review' | 'sign' | 'issue';

/** From which states each action may run. */
const ALLOWED: Record<DocumentAction, DocumentStatus[]> = {
  register: ['arrived'],
  return: ['arrived'],
  direct: ['registered', 'in_progress'],
  assign: ['registered', 'in_progress'],
  complete: ['in_progress'],
  edit: ['draft'],
  submit_review: ['draft'],
  review: ['in_review'],
  sign: ['approved'],
  issue: ['signed'],
};

export const canRun = (action: DocumentAction, status: DocumentStatus) => ALLOWED[action].includes(status);

/** After a review verdict: back to the drafter when anyone returned it, approved once every reviewer passed it. */
export function afterReview(verdicts: ('passed' | 'returned' | null)[]): DocumentStatus {
  if (verdicts.includes('returned')) return 'draft';
  return verdicts.every((v) => v === 'passed') ? 'approved' : 'in_review';
}

/** An assignment is late when it is still open after its deadline, or was done after it. */
export function assignmentLate(a: { deadline: string | null; status: string; doneOn: string | null }, today: string): boolean {
  if (!a.deadline) return false;
  return a.status === 'done' ? a.doneOn !== null && a.doneOn > a.deadline : a.status === 'open' && today > a.deadline;
}

/** edXML status codes for what the recipient did with an incoming document (QCVN 102:2016). */
export const EDXML_STATUS = { arrived: '01', rejected: '02', registered: '03', assigned: '04', in_progress: '05', done: '06' } as const;
export type RecipientStatus = keyof typeof EDXML_STATUS;
export const recipientStatusOf = (code: string): RecipientStatus | undefined =>
  (Object.entries(EDXML_STATUS) as [RecipientStatus, string][]).find(([, c]) => c === code)?.[0];
