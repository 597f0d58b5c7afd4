/**
 * Fees and charges of a procedure (phí, lệ phí; Law on Fees and Charges 2015): what is due for a
 * dossier, computed from its e-form and the applicant's category. Pure: amounts are integers in VND.
 */

/** How a line's amount follows from the e-form. */
export type FeeRule =
  /** One amount per dossier (e.g. 100.000 đồng per registration). */
  | { type: 'fixed'; amount: number }
  /**
   * Per unit (copy, page) counted in a number field; tiers price the units in order, e.g. 2.000 đồng for
   * each of the first two pages, then 1.000 đồng (`upTo` null: every unit after); an optional cap.
   */
  | { type: 'per_unit'; field: string; unit: string; tiers: { upTo: number | null; unitAmount: number }[]; maxAmount?: number }
  /** By band of a quantity (an area in m²): the first band whose `upTo` the value does not exceed. */
  | { type: 'band'; field: string; unit: string; bands: { upTo: number | null; amount: number }[] };

export type FeeLine = { code: string; name: string; kind: 'phi' | 'le_phi'; legalBasis: string; rule: FeeRule };
/** An applicant category that pays less (người có công, hộ nghèo, sinh viên...): `percent` off every line. */
export type FeeExemption = { category: string; label: string; percent: number };
/** When an online applicant pays: before the desk receives the dossier, or before the result is handed over. */
export type PayWhen = 'before_reception' | 'before_result';
export type FeeSchedule = { lines: FeeLine[]; exemptions: FeeExemption[]; payWhen: PayWhen };

export const NO_FEES: FeeSchedule = { lines: [], exemptions: [], payWhen: 'before_reception' };

/** `buu_chinh`: postage for a result sent by post, collected with the fees (no exemption applies to it). */
export type ComputedLine = { code: string; name: string; kind: FeeLine['kind'] | 'buu_chinh'; legalBasis: string; basis: string; amount: number };
export type ComputedFee = {
  lines: ComputedLine[];
  exemption: FeeExemption | null;
  /** Before the exemption. */
  subtotal: number;
  discount: number;
  total: number;
  payWhen: PayWhen;
};

// Made once: a formatter is costly to build, and every dossier reply prints amounts.
const thousands = new Intl.NumberFormat('vi-VN');
const decimals = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });
export const formatVnd = (amount: number) => `${thousands.format(amount)} đồng`;
const formatNumber = (value: number) => decimals.format(value);

/** A quantity as typed in the e-form (`12,5` or `12.5`); undefined when absent or not a number. */
export function quantity(formData: Record<string, string>, field: string): number | undefined {
  const raw = formData[field]?.trim();
  if (!raw) return undefined;
  const value = Number(raw.replace(',', '.'));
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

export class FeeInputMissing extends Error {
  constructor(readonly field: string) {
    super(`fee quantity "${field}" missing`);
  }
}

function lineAmount(rule: FeeRule, formData: Record<string, string>): { amount: number; basis: string } {
  switch (rule.type) {
    case 'fixed':
      return { amount: rule.amount, basis: formatVnd(rule.amount) };
    case 'per_unit': {
      const value = quantity(formData, rule.field);
      if (value === undefined) throw new FeeInputMissing(rule.field);
      // A part of a page or copy counts as a whole one.
      let units = Math.ceil(value);
      let amount = 0;
      let from = 0;
      const parts: string[] = [];
      for (const tier of rule.tiers) {
        if (units <= 0) break;
        const inTier = tier.upTo === null ? units : Math.min(units, tier.upTo - from);
        if (inTier > 0) {
          amount += inTier * tier.unitAmount;
          parts.push(`${formatNumber(inTier)} ${rule.unit} × ${formatVnd(tier.unitAmount)}`);
          units -= inTier;
        }
        if (tier.upTo !== null) from = tier.upTo;
      }
      const capped = rule.maxAmount !== undefined && amount > rule.maxAmount;
      return { amount: capped ? rule.maxAmount! : amount, basis: parts.join(' + ') + (capped ? ` (tối đa ${formatVnd(rule.maxAmount!)})` : '') };
    }
    case 'band': {
      const value = quantity(formData, rule.field);
      if (value === undefined) throw new FeeInputMissing(rule.field);
      const band = rule.bands.find((b) => b.upTo === null || value <= b.upTo) ?? rule.bands[rule.bands.length - 1]!;
      const index = rule.bands.indexOf(band);
      const lower = index === 0 ? 0 : rule.bands[index - 1]!.upTo!;
      const range = band.upTo === null ? `trên ${formatNumber(lower)} ${rule.unit}` : index === 0 ? `đến ${formatNumber(band.upTo)} ${rule.unit}` : `trên ${formatNumber(lower)} đến ${formatNumber(band.upTo)} ${rule.unit}`;
      return { amount: band.amount, basis: `${formatNumber(value)} ${rule.unit} (mức ${range})` };
    }
  }
}

/**
 * What a dossier owes: each line from the e-form, then the applicant category's reduction (rounded to the
 * đồng). Throws `FeeInputMissing` when a quantity the fee depends on is not filled in.
 */
export function computeFee(schedule: FeeSchedule, formData: Record<string, string>, category?: string | null): ComputedFee {
  const lines = schedule.lines.map((line) => ({ code: line.code, name: line.name, kind: line.kind, legalBasis: line.legalBasis, ...lineAmount(line.rule, formData) }));
  const subtotal = lines.reduce((sum, l) => sum + l.amount, 0);
  const exemption = (category && schedule.exemptions.find((e) => e.category === category)) || null;
  const discount = exemption ? Math.round((subtotal * exemption.percent) / 100) : 0;
  return { lines, exemption, subtotal, discount, total: subtotal - discount, payWhen: schedule.payWhen };
}

/** What a dossier owes once its result is to be sent by post: the fees (if any) and the postage, due before the result. */
export function withPostage(fee: ComputedFee | null, postage: number): ComputedFee {
  const line: ComputedLine = {
    code: 'BUU_CHINH', name: 'Cước trả kết quả qua dịch vụ bưu chính công ích', kind: 'buu_chinh',
    legalBasis: 'Quyết định 45/2016/QĐ-TTg về tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích', basis: formatVnd(postage), amount: postage,
  };
  const base = fee ?? { lines: [], exemption: null, subtotal: 0, discount: 0, total: 0, payWhen: 'before_result' as const };
  return { ...base, lines: [...base.lines, line], subtotal: base.subtotal + postage, total: base.total + postage };
}

/** The e-form fields a schedule reads quantities from. */
export const feeFields = (schedule: FeeSchedule) => [...new Set(schedule.lines.flatMap((l) => (l.rule.type === 'fixed' ? [] : [l.rule.field])))];

/** What is wrong with a schedule an admin wrote, in Vietnamese; empty when it is sound. */
export function scheduleProblems(schedule: FeeSchedule, formFields: { name: string; type: string }[]): string[] {
  const problems: string[] = [];
  const numbers = new Set(formFields.filter((f) => f.type === 'number' || f.type === 'money').map((f) => f.name));
  const codes = new Set<string>();
  for (const line of schedule.lines) {
    if (codes.has(line.code)) problems.push(`Mã khoản thu "${line.code}" bị trùng.`);
    codes.add(line.code);
    const rule = line.rule;
    if (rule.type !== 'fixed' && !numbers.has(rule.field)) problems.push(`Khoản "${line.name}": trường "${rule.field}" không phải trường số của tờ khai.`);
    const steps = rule.type === 'per_unit' ? rule.tiers : rule.type === 'band' ? rule.bands : [];
    if (rule.type !== 'fixed') {
      if (steps.length === 0) problems.push(`Khoản "${line.name}": cần ít nhất một mức.`);
      else if (steps[steps.length - 1]!.upTo !== null) problems.push(`Khoản "${line.name}": mức cuối cùng phải không giới hạn trên.`);
      const bounds = steps.map((s) => s.upTo).filter((u): u is number => u !== null);
      if (steps.slice(0, -1).some((s) => s.upTo === null) || bounds.some((u, i) => i > 0 && u <= bounds[i - 1]!)) {
        problems.push(`Khoản "${line.name}": các mức phải tăng dần.`);
      }
    }
  }
  const categories = new Set<string>();
  for (const e of schedule.exemptions) {
    if (categories.has(e.category)) problems.push(`Đối tượng miễn, giảm "${e.label}" bị trùng.`);
    categories.add(e.category);
  }
  return problems;
}
