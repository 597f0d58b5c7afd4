/** The e-form of a procedure (tờ khai điện tử): which answers are missing or malformed. */
import { isCalendarDate } from '../../platform/validation.js';

export type FormField = { name: string; label: string; type: string; required?: boolean };

/**
 * A quantity on a form (copies, area, amount): up to 15 integer digits, so that it stays exact as
 * a JavaScript number and in PostgreSQL's `numeric`, and up to 6 decimals, with `.` or `,`.
 */
const NUMBER = /^\d{1,15}([.,]\d{1,6})?$/;

const VALID: Record<string, (answer: string) => boolean> = {
  number: (answer) => NUMBER.test(answer) && Number.isFinite(Number(answer.replace(',', '.'))),
  // A real calendar date, years 0001–9999 (2026-02-30 and 0000-01-01 are refused).
  date: isCalendarDate,
};

/** Keeps only the procedure's own fields, trimmed; unknown keys are dropped rather than stored. */
export function cleanFormData(fields: FormField[], data: Record<string, string>): Record<string, string> {
  const known = new Set(fields.map((f) => f.name));
  return Object.fromEntries(Object.entries(data).filter(([k]) => known.has(k)).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== ''));
}

export function formProblems(fields: FormField[], data: Record<string, string>): { missing: string[]; invalid: string[] } {
  const missing = fields.filter((f) => f.required && !data[f.name]).map((f) => f.label);
  const invalid = fields.filter((f) => data[f.name] && VALID[f.type] && !VALID[f.type]!(data[f.name]!)).map((f) => f.label);
  return { missing, invalid };
}
