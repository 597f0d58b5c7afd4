/** The e-form of a procedure (tờ khai điện tử): which answers are missing or malformed. */
export type FormField = { name: string; label: string; type: string; required?: boolean };

const VALID: Record<string, RegExp> = {
  number: /^\d+([.,]\d+)?$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
};

/** Keeps only the procedure's own fields, trimmed; unknown keys are dropped rather than stored. */
export function cleanFormData(fields: FormField[], data: Record<string, string>): Record<string, string> {
  const known = new Set(fields.map((f) => f.name));
  return Object.fromEntries(Object.entries(data).filter(([k]) => known.has(k)).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== ''));
}

export function formProblems(fields: FormField[], data: Record<string, string>): { missing: string[]; invalid: string[] } {
  const missing = fields.filter((f) => f.required && !data[f.name]).map((f) => f.label);
  const invalid = fields.filter((f) => data[f.name] && VALID[f.type] && !VALID[f.type]!.test(data[f.name]!)).map((f) => f.label);
  return { missing, invalid };
}
