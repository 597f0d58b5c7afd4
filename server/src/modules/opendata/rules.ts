import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { formatVnd, type FeeSchedule } from '../catalog/index.js';
import { localDay } from '../../platform/time.js';
import { foldVietnamese, searchTerms } from '../../platform/search-text.js';

/**
 * The open data module's pure rules: the one-stop statistics of a month, the files' bytes (CSV for
 * spreadsheets, JSON for programs, the same rows in both), identifiers and search for the CKAN-shaped catalog.
 */

// ---- files ----

export type ColumnType = 'string' | 'integer';
/** A column of a data set: its machine name (the CSV header and the JSON key) and what it means. */
export type Column = { key: string; title: string; type: ColumnType };
export type Row = Record<string, string | number>;
export type Format = 'csv' | 'json';

export const MEDIA_TYPE: Record<Format, string> = {
  // RFC 4180 with its optional parameters: UTF-8, and the first record is the header.
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
};

/**
 * CSV per RFC 4180 (CRLF between records), UTF-8 with a byte order mark: without it Excel reads the
 * file in the system's code page and Vietnamese letters come out garbled.
 */
export function renderCsv(columns: Column[], rows: Row[]): Buffer {
  const text = stringify(rows, {
    bom: true, header: true, record_delimiter: 'windows', columns: columns.map((c) => ({ key: c.key, header: c.key })),
  });
  return Buffer.from(text, 'utf8');
}

/** The same rows as a JSON array of objects, keys in the columns' order. */
export function renderJson(columns: Column[], rows: Row[]): Buffer {
  return Buffer.from(JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, row[c.key] ?? (c.type === 'integer' ? 0 : '')])))), 'utf8');
}

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** A name-based UUID (RFC 4122 version 5 layout over SHA-1): a data set keeps its id wherever the platform runs. */
export function stableUuid(name: string): string {
  const h = createHash('sha1').update(`tinhso:opendata:${name}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** CKAN writes its times as naive UTC ISO 8601 ("2026-12-07T08:15:00.000000"). */
export const ckanTime = (d: Date) => `${d.toISOString().slice(0, 23)}000`;

/** A URL-safe name as CKAN requires for packages and organizations: lowercase ASCII, digits, dashes. */
export const slug = (text: string) => foldVietnamese(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100);

/** Whether a data set matches a CKAN `q`: every word, without diacritics, in its name, title, description or tags; `*:*` or nothing matches all. */
export function matchesQuery(q: string | undefined, text: string[]): boolean {
  if (!q || q.trim() === '' || q.trim() === '*:*') return true;
  const haystack = foldVietnamese(text.join(' '));
  const words = new Set(haystack.split(/[^a-z0-9]+/).filter(Boolean));
  const terms = searchTerms(q);
  // As the procedure search does: the last word may be a beginning, the user may still be typing it.
  return terms.every((term, i) => words.has(term) || (i === terms.length - 1 && [...words].some((w) => w.startsWith(term))));
}

// ---- the procedure catalog ----

const thousands = new Intl.NumberFormat('vi-VN');

/** The catalog's face exports the schedule, not its line rules: read through it. */
type FeeRule = FeeSchedule['lines'][number]['rule'];

function describeRule(rule: FeeRule): string {
  switch (rule.type) {
    case 'fixed':
      return formatVnd(rule.amount);
    case 'per_unit':
      return rule.tiers.map((t, i) => {
        const from = i === 0 ? 0 : rule.tiers[i - 1]!.upTo ?? 0;
        const range = t.upTo === null ? (i === 0 ? '' : ` từ ${rule.unit} thứ ${thousands.format(from + 1)}`) : ` đến ${rule.unit} thứ ${thousands.format(t.upTo)}`;
        return `${formatVnd(t.unitAmount)}/${rule.unit}${range}`;
      }).join(', ') + (rule.maxAmount !== undefined ? ` (tối đa ${formatVnd(rule.maxAmount)})` : '');
    case 'band':
      return rule.bands.map((b, i) => {
        const lower = i === 0 ? null : rule.bands[i - 1]!.upTo;
        const range = b.upTo === null ? `trên ${thousands.format(lower ?? 0)} ${rule.unit}` : lower === null ? `đến ${thousands.format(b.upTo)} ${rule.unit}` : `trên ${thousands.format(lower)} đến ${thousands.format(b.upTo)} ${rule.unit}`;
        return `${range}: ${formatVnd(b.amount)}`;
      }).join('; ');
  }
}

/** A procedure's fees and charges in words, one line after another ("Lệ phí: 100.000 đồng"). */
export function describeFees(schedule: FeeSchedule): string {
  if (schedule.lines.length === 0) return 'Không thu phí, lệ phí';
  const lines = schedule.lines.map((l) => `${l.name}: ${describeRule(l.rule)}`).join('; ');
  const exemptions = schedule.exemptions.map((e) => `${e.label} giảm ${e.percent}%`).join('; ');
  return exemptions ? `${lines}. ${exemptions}` : lines;
}

// ---- monthly one-stop statistics ----

/** What the statistics read of a received dossier: no applicant, no content. */
export type DossierFacts = {
  receivingAgencyId: number;
  channel: 'online' | 'counter' | 'post';
  status: string;
  outcome: 'approved' | 'refused' | null;
  receivedAt: Date;
  dueAt: Date | null;
  resolvedAt: Date | null;
  pausedAt: Date | null;
  /** The last change: when a withdrawn or stopped dossier closed. */
  updatedAt: Date;
};

export type OneStopCounts = {
  received: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  pendingWithinDeadline: number;
  pendingPastDeadline: number;
  receivedOnline: number;
};

const ZERO: OneStopCounts = { received: 0, resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0, pendingWithinDeadline: 0, pendingPastDeadline: 0, receivedOnline: 0 };

/** 'yyyy-MM' of an instant in Việt Nam (UTC+7). */
export const localMonth = (d: Date) => localDay(d).slice(0, 7);

/** The instants a local month starts and ends (UTC+7, end exclusive). */
export function monthBounds(month: string): { start: Date; end: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { start: new Date(Date.UTC(y, m - 1, 1, -7)), end: new Date(Date.UTC(y, m, 1, -7)) };
}

/** Every month from `first` to `last`, both included ('yyyy-MM'). */
export function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let month = first; month <= last; month = `${y}-${String(m).padStart(2, '0')}`) {
    months.push(month);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

/** Early: resolved on a day before the due day; late: after the due instant; on time otherwise (as the one-stop tracking book counts). */
export function resolutionTiming(resolvedAt: Date, dueAt: Date): 'early' | 'on_time' | 'late' {
  if (resolvedAt > dueAt) return 'late';
  return localDay(resolvedAt) < localDay(dueAt) ? 'early' : 'on_time';
}

/** Still being resolved at `at`: received before, and neither resolved nor withdrawn or stopped before it. */
function pendingAt(d: DossierFacts, at: Date): boolean {
  if (d.receivedAt >= at) return false;
  if (d.resolvedAt && d.resolvedAt < at) return false;
  if ((d.status === 'withdrawn' || d.status === 'stopped') && !d.resolvedAt && d.updatedAt < at) return false;
  return true;
}

/** Past its deadline at `at`; a dossier awaiting a supplement has its clock stopped (Decree 118/2025), so it is not. */
function pastDeadlineAt(d: DossierFacts, at: Date): boolean {
  if (d.status === 'awaiting_supplement' && d.pausedAt && d.pausedAt < at) return false;
  return d.dueAt !== null && d.dueAt < at;
}

/**
 * Per month and receiving agency: dossiers received (and of them, submitted online), resolved early, on
 * time and late (by the day of resolution), and still pending at the month's end (or now, for the month
 * under way) within and past their deadline. Months without any figure are left out.
 */
export function oneStopStatistics(dossiers: DossierFacts[], now: Date): { month: string; agencyId: number; counts: OneStopCounts }[] {
  if (dossiers.length === 0) return [];
  const first = dossiers.reduce((min, d) => (d.receivedAt < min ? d.receivedAt : min), dossiers[0]!.receivedAt);
  const out: { month: string; agencyId: number; counts: OneStopCounts }[] = [];
  const agencies = [...new Set(dossiers.map((d) => d.receivingAgencyId))].sort((a, b) => a - b);
  const byAgency = new Map(agencies.map((a) => [a, dossiers.filter((d) => d.receivingAgencyId === a)]));
  for (const month of monthsFrom(localMonth(first), localMonth(now))) {
    const { start, end } = monthBounds(month);
    const cutoff = end < now ? end : now;
    const inMonth = (d: Date | null) => d !== null && d >= start && d < end;
    for (const agencyId of agencies) {
      const counts = { ...ZERO };
      for (const d of byAgency.get(agencyId)!) {
        if (inMonth(d.receivedAt)) {
          counts.received++;
          if (d.channel === 'online') counts.receivedOnline++;
        }
        if (d.outcome !== null && d.resolvedAt && d.dueAt && inMonth(d.resolvedAt)) {
          const timing = resolutionTiming(d.resolvedAt, d.dueAt);
          if (timing === 'early') counts.resolvedEarly++;
          else if (timing === 'on_time') counts.resolvedOnTime++;
          else counts.resolvedLate++;
        }
        if (pendingAt(d, cutoff)) {
          if (pastDeadlineAt(d, cutoff)) counts.pendingPastDeadline++;
          else counts.pendingWithinDeadline++;
        }
      }
      if (Object.values(counts).some((n) => n > 0)) out.push({ month, agencyId, counts });
    }
  }
  return out;
}
