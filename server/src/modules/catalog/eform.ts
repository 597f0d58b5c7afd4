/**
 * The electronic form (tờ khai điện tử) of a procedure: its fields, which are shown (conditional
 * display), which answers are missing or wrong, in Vietnamese, and how an answer is printed. Answers are
 * strings; lists, tables and addresses are JSON. Pure: no HTTP, no SQL.
 */
import { findLevel1ById } from 'dvhcvn';
import { isCalendarDate } from '../../platform/validation.js';
import { formatVnd } from './fees.js';

export const FIELD_TYPES = ['text', 'textarea', 'number', 'money', 'date', 'select', 'multiselect', 'address', 'id_number', 'phone', 'email', 'checkbox', 'table', 'file'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
export type TableColumn = { name: string; label: string; type: 'text' | 'number' | 'date' };
export type FieldRules = { min?: number; max?: number; minLength?: number; maxLength?: number; pattern?: string; message?: string };
export type FormField = {
  name: string; label: string; type: FieldType; required?: boolean; hint?: string;
  /** select, multiselect */
  options?: string[];
  /** table: its columns; an answer is a JSON list of rows */
  columns?: TableColumn[];
  /** shown only when another (earlier) field has this answer (a checkbox: "true"; a multi-select: contains it) */
  showIf?: { field: string; equals: string };
  rules?: FieldRules;
};
export type Address = { province: string; district: string; commune: string; street?: string };

// Quantities (copies, areas): up to 15 integer digits, exact as a JavaScript number and in `numeric`.
const NUMBER = /^\d{1,15}([.,]\d{1,6})?$/;
const number = (s: string) => Number(s.replace(',', '.'));
const json = <T>(s: string | undefined): T | undefined => {
  if (!s) return undefined;
  try {
    return JSON.parse(s) as T;
  } catch {
    return undefined;
  }
};

/**
 * Citizen identity numbers: the 12-digit CCCD (Circular 59/2021/TT-BCA: a province code of birth
 * registration, a century-and-sex digit 0–3 for 1900–2099, two digits of the birth year, six of
 * sequence) or the 9-digit CMND of old.
 */
export function isIdentityNumber(value: string): boolean {
  if (/^\d{9}$/.test(value)) return true;
  if (!/^\d{12}$/.test(value)) return false;
  return findLevel1ById(value.slice(1, 3)) !== undefined && value[0] === '0' && Number(value[3]) <= 3;
}

/** Vietnamese phone numbers, written 0… or +84…: mobile 0[35789]xxxxxxxx, landline 02xxxxxxxxx. */
export const normalizePhone = (value: string) => value.replace(/[\s.-]/g, '').replace(/^\+84/, '0');
export const isPhone = (value: string) => /^0[35789]\d{8}$|^02\d{9}$/.test(normalizePhone(value));
const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value) && value.length <= 200;

/** A commune that exists under its district and province in the administrative-unit list. */
export function addressUnits(address: Address) {
  const province = findLevel1ById(address.province);
  const district = province?.findLevel2ById(address.district);
  const commune = district?.findLevel3ById(address.commune);
  return province && district && commune ? { province, district, commune } : undefined;
}

/** Whether a field is shown with these answers: its condition's field shown and answered as required. */
export function isShown(field: FormField, fields: FormField[], data: Record<string, string>, depth = 0): boolean {
  if (!field.showIf || depth > fields.length) return true;
  const on = fields.find((f) => f.name === field.showIf!.field);
  if (!on || !isShown(on, fields, data, depth + 1)) return false;
  const answer = data[on.name];
  if (on.type === 'multiselect') return (json<string[]>(answer) ?? []).includes(field.showIf.equals);
  return answer === field.showIf.equals;
}

/** Keeps the shown fields' answers, trimmed (phones and money normalised); unknown keys and hidden answers are dropped. */
export function cleanFormData(fields: FormField[], data: Record<string, string>): Record<string, string> {
  const known = new Map(fields.map((f) => [f.name, f]));
  const kept = Object.entries(data).filter(([k, v]) => known.has(k) && known.get(k)!.type !== 'file' && v.trim() !== '')
    .map(([k, v]): [string, string] => {
      const f = known.get(k)!;
      const value = v.trim();
      return [k, f.type === 'phone' ? normalizePhone(value) : f.type === 'money' ? value.replace(/[.\s]/g, '') : value];
    });
  const cleaned: Record<string, string> = Object.fromEntries(kept);
  return Object.fromEntries(Object.entries(cleaned).filter(([k]) => isShown(known.get(k)!, fields, cleaned)));
}

export type FieldProblem = { field: string; label: string; kind: 'missing' | 'invalid'; message: string };

/** Why one answer is wrong, in Vietnamese; null when it is right. */
function answerProblem(f: FormField, value: string): string | null {
  const r = f.rules ?? {};
  const own = r.message;
  switch (f.type) {
    case 'number': {
      if (!NUMBER.test(value)) return 'phải là số';
      const n = number(value);
      if (r.min !== undefined && n < r.min) return own ?? `không nhỏ hơn ${r.min}`;
      if (r.max !== undefined && n > r.max) return own ?? `không lớn hơn ${r.max}`;
      return null;
    }
    case 'money': {
      if (!/^\d{1,15}$/.test(value)) return 'phải là số tiền (đồng), chỉ gồm chữ số';
      const n = Number(value);
      if (r.min !== undefined && n < r.min) return own ?? `không nhỏ hơn ${formatVnd(r.min)}`;
      if (r.max !== undefined && n > r.max) return own ?? `không lớn hơn ${formatVnd(r.max)}`;
      return null;
    }
    case 'date':
      return isCalendarDate(value) ? null : 'không phải ngày hợp lệ';
    case 'select':
      return f.options?.includes(value) ? null : 'phải chọn trong danh sách';
    case 'multiselect': {
      const chosen = json<unknown>(value);
      return Array.isArray(chosen) && chosen.every((c) => typeof c === 'string' && f.options?.includes(c)) ? null : 'phải chọn trong danh sách';
    }
    case 'address': {
      const a = json<Address>(value);
      if (!a || typeof a !== 'object' || !addressUnits(a)) return 'phải chọn tỉnh, huyện, xã trong danh mục đơn vị hành chính';
      return a.street !== undefined && (typeof a.street !== 'string' || a.street.length > 200) ? 'số nhà, đường quá dài' : null;
    }
    case 'id_number':
      return isIdentityNumber(value) ? null : 'không phải số CCCD (12 chữ số) hoặc CMND (9 chữ số) hợp lệ';
    case 'phone':
      return isPhone(value) ? null : 'không phải số điện thoại Việt Nam hợp lệ';
    case 'email':
      return isEmail(value) ? null : 'không phải địa chỉ thư điện tử hợp lệ';
    case 'checkbox':
      return value === 'true' ? null : 'không hợp lệ';
    case 'table': {
      const rows = json<unknown>(value);
      if (!Array.isArray(rows) || rows.length > 50) return 'bảng không hợp lệ';
      for (const row of rows) {
        if (!row || typeof row !== 'object') return 'bảng không hợp lệ';
        for (const c of f.columns ?? []) {
          const cell = (row as Record<string, unknown>)[c.name];
          if (cell === undefined || cell === '') continue;
          if (typeof cell !== 'string' || cell.length > 500) return `cột "${c.label}" không hợp lệ`;
          if (c.type === 'number' && !NUMBER.test(cell)) return `cột "${c.label}" phải là số`;
          if (c.type === 'date' && !isCalendarDate(cell)) return `cột "${c.label}" không phải ngày hợp lệ`;
        }
      }
      if (r.min !== undefined && rows.length < r.min) return own ?? `cần ít nhất ${r.min} dòng`;
      return null;
    }
    case 'text':
    case 'textarea':
    case 'file':
      break;
  }
  if (r.minLength !== undefined && value.length < r.minLength) return own ?? `cần ít nhất ${r.minLength} ký tự`;
  if (r.maxLength !== undefined && value.length > r.maxLength) return own ?? `không quá ${r.maxLength} ký tự`;
  if (r.pattern !== undefined && !new RegExp(`^(?:${r.pattern})$`, 'u').test(value)) return own ?? 'không đúng định dạng';
  return null;
}

/** Every missing or wrong answer of the shown fields, with its Vietnamese message. File fields are documents, checked with them. */
export function fieldProblems(fields: FormField[], data: Record<string, string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const f of fields) {
    if (f.type === 'file' || !isShown(f, fields, data)) continue;
    const value = data[f.name];
    const empty = value === undefined || value === '' || (f.type === 'table' && (json<unknown[]>(value)?.length ?? 0) === 0) || (f.type === 'multiselect' && (json<unknown[]>(value)?.length ?? 0) === 0);
    if (empty) {
      if (f.required) problems.push({ field: f.name, label: f.label, kind: 'missing', message: f.type === 'checkbox' ? 'cần được xác nhận' : 'không được để trống' });
      continue;
    }
    const problem = answerProblem(f, value!);
    if (problem) problems.push({ field: f.name, label: f.label, kind: 'invalid', message: problem });
  }
  return problems;
}

/** The required file fields shown with these answers: documents to attach under the field's label. */
export const requiredFiles = (fields: FormField[], data: Record<string, string>) =>
  fields.filter((f) => f.type === 'file' && f.required && isShown(f, fields, data)).map((f) => f.label);

/** An answer as printed (receipt, control sheet, officers' view): names instead of codes, đồng, Có. */
export function displayValue(field: FormField, value: string | undefined): string {
  if (value === undefined || value === '') return '';
  switch (field.type) {
    case 'money': return /^\d+$/.test(value) ? formatVnd(Number(value)) : value;
    case 'date': return isCalendarDate(value) ? `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}` : value;
    case 'checkbox': return value === 'true' ? 'Có' : 'Không';
    case 'multiselect': return (json<string[]>(value) ?? []).join('; ');
    case 'address': {
      const a = json<Address>(value);
      const units = a && addressUnits(a);
      return units ? [a!.street, units.commune.name, units.district.name, units.province.name].filter(Boolean).join(', ') : value;
    }
    case 'table': {
      const rows = json<Record<string, string>[]>(value) ?? [];
      return rows.map((row, i) => `${i + 1}. ${(field.columns ?? []).map((c) => `${c.label}: ${row[c.name] ?? ''}`).join('; ')}`).join('\n');
    }
    default: return value;
  }
}

/** What is wrong with a form an admin designed, in Vietnamese; empty when it can be published. */
export function definitionProblems(fields: FormField[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    if (seen.has(f.name)) problems.push(`Mã trường "${f.name}" bị trùng.`);
    seen.add(f.name);
    if ((f.type === 'select' || f.type === 'multiselect') && (!f.options || f.options.length === 0)) problems.push(`Trường "${f.label}": cần ít nhất một lựa chọn.`);
    if (f.options && new Set(f.options).size !== f.options.length) problems.push(`Trường "${f.label}": các lựa chọn bị trùng.`);
    if (f.type === 'table' && (!f.columns || f.columns.length === 0)) problems.push(`Trường "${f.label}": bảng cần ít nhất một cột.`);
    if (f.showIf && !fields.slice(0, i).some((g) => g.name === f.showIf!.field)) problems.push(`Trường "${f.label}": điều kiện hiển thị phải dựa vào một trường đứng trước.`);
    const r = f.rules;
    if (r?.min !== undefined && r.max !== undefined && r.min > r.max) problems.push(`Trường "${f.label}": giá trị nhỏ nhất lớn hơn giá trị lớn nhất.`);
    if (r?.minLength !== undefined && r.maxLength !== undefined && r.minLength > r.maxLength) problems.push(`Trường "${f.label}": độ dài nhỏ nhất lớn hơn độ dài lớn nhất.`);
    if (r?.pattern !== undefined) {
      try {
        new RegExp(r.pattern, 'u');
      } catch {
        problems.push(`Trường "${f.label}": mẫu kiểm tra không hợp lệ.`);
      }
    }
  });
  return problems;
}
