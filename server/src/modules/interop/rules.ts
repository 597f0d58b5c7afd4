/**
 * The national portal's formats and the sync's rules, as pure functions (no HTTP, no SQL): the message of
 * a status change (fields of ../shared/STANDARDS.md, "Sync with the national public-service portal"),
 * dates `yyyyMMddHHmmss` in Vietnam's time, the retry backoff, what a pulled dossier and a catalog entry
 * must hold, and the masking of looked-up numbers in the log.
 */
import type { DossierStatus } from '../dossiers/index.js';
import { NATIONAL_STATUS_CODE } from '../dossiers/index.js';

/** yyyyMMddHHmmss in Vietnam's time (UTC+7, no daylight saving), as the national portal writes dates; null stays null. */
export function portalDate(date: Date | string | null | undefined): string | null {
  if (date === null || date === undefined) return null;
  const d = new Date(date);
  if (Number.isNaN(d.getTime())) return null;
  const iso = new Date(d.getTime() + 7 * 3_600_000).toISOString();
  return iso.slice(0, 19).replace(/[-T:]/g, '');
}

/** TrangThaiBoSung: 0 never asked, 1 a supplement is awaited, 2 supplemented (the clock runs again). */
export type SupplementState = 0 | 1 | 2;

export function supplementState(to: string, action: string, supplementCount: number): SupplementState {
  if (to === 'awaiting_supplement') return 1;
  if (action === 'resubmit' || supplementCount > 0) return 2;
  return 0;
}

/** KenhThucHien: 1 in person, 2 online, 3 by post. */
export const CHANNEL_CODE = { counter: 1, online: 2, post: 3 } as const;

/** What the sync reads of a dossier to describe one of its changes. */
export type DossierSnapshot = {
  code: string | null; trackingCode: string; procedureName: string; channel: keyof typeof CHANNEL_CODE;
  applicant: { fullName: string; identityNumber?: string; kind?: 'citizen' | 'business' };
  submittedAt: Date | string | null; receivedAt: Date | string | null; dueAt: Date | string | null; extendedDueAt: Date | string | null;
  resolvedAt: Date | string | null; returnedAt: Date | string | null; supplementCount: number; paymentStatus: string;
  fee: { total: number } | null;
};

export type StatusChange = { action: string; from: string | null; to: string; at: Date | string };

/** The message for the portal's dossier sync (field names as the portal spells them). */
export type PortalMessage = {
  MaHoSo: string; MaHoSoQuocGia: string | null; MaTTHC: string; TenTTHC: string; KenhThucHien: 1 | 2 | 3;
  ChuHoSo: string; SoGiayToChuHoSo: string | null; LoaiDoiTuong: 1 | 2;
  NgayNopHoSo: string | null; NgayTiepNhan: string | null; NgayHenTra: string | null; NgayHenTraMoi: string | null;
  NgayKetThucXuLy: string | null; NgayTra: string | null; NgayTuChoi: string | null;
  TrangThaiHoSo: number; TrangThaiBoSung: SupplementState; DonViXuLy: string;
  TaiKhoanDuocXacThucVoiVNeID: 0 | 1; DuocThanhToanTrucTuyen: 0 | 1;
  ThaoTac: string; ThoiDiemThayDoi: string;
};

/**
 * The portal's view of a dossier at one of its changes. The status is the change's (not the dossier's
 * now, which may have moved on); the dates are the dossier's when the change was heard.
 */
export function portalMessage(input: {
  dossier: DossierSnapshot; change: StatusChange; procedureCode: string; agencyCode: string; eidVerified: boolean; nationalCode: string | null;
}): PortalMessage {
  const { dossier: d, change } = input;
  const status = NATIONAL_STATUS_CODE[change.to as Exclude<DossierStatus, 'draft'>];
  if (status === undefined) throw new Error(`no national status for ${change.to}`);
  return {
    MaHoSo: d.code ?? d.trackingCode,
    MaHoSoQuocGia: input.nationalCode,
    MaTTHC: input.procedureCode,
    TenTTHC: d.procedureName,
    KenhThucHien: CHANNEL_CODE[d.channel],
    ChuHoSo: d.applicant.fullName,
    SoGiayToChuHoSo: d.applicant.identityNumber ?? null,
    LoaiDoiTuong: d.applicant.kind === 'business' ? 2 : 1,
    NgayNopHoSo: portalDate(d.submittedAt),
    NgayTiepNhan: portalDate(d.receivedAt),
    NgayHenTra: portalDate(d.dueAt),
    NgayHenTraMoi: portalDate(d.extendedDueAt),
    NgayKetThucXuLy: portalDate(d.resolvedAt),
    NgayTra: portalDate(d.returnedAt),
    NgayTuChoi: change.to === 'rejected' ? portalDate(change.at) : null,
    TrangThaiHoSo: status,
    TrangThaiBoSung: supplementState(change.to, change.action, d.supplementCount),
    DonViXuLy: input.agencyCode,
    TaiKhoanDuocXacThucVoiVNeID: input.eidVerified ? 1 : 0,
    DuocThanhToanTrucTuyen: d.paymentStatus === 'paid' || d.paymentStatus === 'exempt' || !d.fee ? 1 : 0,
    ThaoTac: change.action,
    ThoiDiemThayDoi: portalDate(change.at)!,
  };
}

/** Whether a dossier's status change is one the portal has a status for (a draft is not). */
export const isSyncable = (to: string) => to in NATIONAL_STATUS_CODE;

/**
 * The wait before the next attempt to send a change: doubled from `baseMs` on each failure up to
 * `maxMs`, with "equal jitter" (half fixed, half random) so that retries of many dossiers spread out.
 */
export function retryDelayMs(attempts: number, baseMs: number, maxMs = 10 * 60_000, random = Math.random()): number {
  const delay = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(delay / 2 + (delay / 2) * random);
}

/**
 * The statuses a dossier's first change may start from without an earlier one to wait for: a draft
 * submitted online, or a dossier created submitted (at the counter, from the national portal).
 */
export const FIRST_FROM: readonly string[] = ['draft', 'submitted'];

/** A personal identification number (CCCD): 12 digits. */
export const ID_NUMBER = /^[0-9]{12}$/;
/** A tax code: 10 digits, 13 with a branch suffix `-NNN`. */
export const TAX_CODE = /^[0-9]{10}(-[0-9]{3})?$/;

/** The number looked up, as the log keeps it: all but the last four characters hidden. */
export function maskSubject(value: string): string {
  const tail = value.slice(-4);
  return `${'*'.repeat(Math.max(0, value.length - 4))}${tail}`;
}

export type PulledDossier = {
  seq: number; nationalCode: string; procedureCode: string; agencyCode: string | null;
  applicant: { fullName: string; identityNumber?: string; address?: string; phone?: string; email?: string; kind?: 'citizen' | 'business' };
  formData: Record<string, string>; submittedAt: Date;
};

const text = (value: unknown, max: number): string | undefined => (typeof value === 'string' && value.trim() && value.length <= max ? value.trim() : undefined);

/** A dossier of the portal's list as the province takes it, or the reason it cannot be taken. */
export function readPulledDossier(raw: unknown): { ok: true; dossier: PulledDossier } | { ok: false; reason: string } {
  if (!raw || typeof raw !== 'object') return { ok: false, reason: 'not an object' };
  const r = raw as Record<string, unknown>;
  const seq = Number(r.seq);
  const nationalCode = text(r.nationalCode, 100);
  const procedureCode = text(r.procedureCode, 60);
  const a = (r.applicant ?? {}) as Record<string, unknown>;
  const fullName = text(a.fullName, 200);
  if (!Number.isSafeInteger(seq) || seq < 1) return { ok: false, reason: 'seq' };
  if (!nationalCode) return { ok: false, reason: 'nationalCode' };
  if (!procedureCode || !/^[0-9]\.[0-9]{6}(\..+)?$/.test(procedureCode)) return { ok: false, reason: 'procedureCode' };
  if (!fullName || fullName.length < 2) return { ok: false, reason: 'applicant.fullName' };
  const submittedAt = new Date(String(r.submittedAt));
  const formData: Record<string, string> = {};
  if (r.formData && typeof r.formData === 'object') {
    for (const [key, value] of Object.entries(r.formData as Record<string, unknown>)) if (typeof value === 'string' && key.length <= 100 && value.length <= 5000) formData[key] = value;
  }
  return {
    ok: true,
    dossier: {
      seq, nationalCode, procedureCode, agencyCode: text(r.agencyCode, 35) ?? null,
      applicant: {
        fullName, identityNumber: text(a.identityNumber, 20), address: text(a.address, 500), phone: text(a.phone, 20), email: text(a.email, 200),
        kind: a.kind === 'business' ? 'business' : 'citizen',
      },
      formData, submittedAt: Number.isNaN(submittedAt.getTime()) ? new Date() : submittedAt,
    },
  };
}

export type CatalogEntry = {
  code: string; name: string; fieldCode: string; fieldName: string; level: 'province' | 'district' | 'commune';
  processingDays: number; onlineLevel: 'full' | 'partial'; legalBasis: string; result: string; updatedAt: string;
};

/** A national catalog entry the province can apply, or why not (the catalog's own constraints). */
export function readCatalogEntry(raw: unknown): { ok: true; entry: CatalogEntry } | { ok: false; code: string | null; reason: string } {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const code = typeof r.code === 'string' ? r.code : null;
  const fail = (reason: string) => ({ ok: false as const, code, reason });
  if (!code || !/^[0-9]\.[0-9]{6}$/.test(code)) return fail('code');
  const name = text(r.name, 500);
  if (!name || name.length < 5) return fail('name');
  const fieldCode = text(r.fieldCode, 50);
  if (!fieldCode) return fail('fieldCode');
  const level = r.level;
  if (level !== 'province' && level !== 'district' && level !== 'commune') return fail('level');
  const processingDays = Number(r.processingDays);
  if (!(processingDays > 0 && processingDays <= 365 && Number.isInteger(processingDays * 2))) return fail('processingDays');
  const onlineLevel = r.onlineLevel;
  if (onlineLevel !== 'full' && onlineLevel !== 'partial') return fail('onlineLevel');
  return {
    ok: true,
    entry: {
      code, name, fieldCode, fieldName: text(r.fieldName, 200) ?? fieldCode, level, processingDays, onlineLevel,
      legalBasis: typeof r.legalBasis === 'string' ? r.legalBasis.slice(0, 5000) : '', result: typeof r.result === 'string' ? r.result.slice(0, 1000) : '',
      updatedAt: typeof r.updatedAt === 'string' ? r.updatedAt : '',
    },
  };
}
