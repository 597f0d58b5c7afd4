import type { Reply } from '../../api/client';
import { formatVnd } from '../../ui/format';

export type FeeSchedule = Reply<'/api/procedures/{id}', 'get'>['feeSchedule'];
type Rule = FeeSchedule['lines'][number]['rule'];

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

/** A fee rule as the public catalog prints it, e.g. "2.000 đ/trang đến trang 2; 1.000 đ/trang sau đó; tối đa 200.000 đ". */
export function describeRule(rule: Rule): string {
  switch (rule.type) {
    case 'fixed':
      return formatVnd(rule.amount);
    case 'per_unit': {
      let from = 0;
      const parts = rule.tiers.map((tier, i) => {
        const text = rule.tiers.length === 1 ? `${formatVnd(tier.unitAmount)}/${rule.unit}`
          : tier.upTo === null ? `${formatVnd(tier.unitAmount)}/${rule.unit} từ ${rule.unit} thứ ${number.format(from + 1)}`
          : `${formatVnd(tier.unitAmount)}/${rule.unit} ${i === 0 ? 'cho' : `từ ${rule.unit} thứ ${number.format(from + 1)} đến`} ${number.format(tier.upTo)} ${rule.unit}${i === 0 ? ' đầu' : ''}`;
        if (tier.upTo !== null) from = tier.upTo;
        return text;
      });
      return [...parts, ...(rule.maxAmount !== undefined ? [`tối đa ${formatVnd(rule.maxAmount)}`] : [])].join('; ');
    }
    case 'band': {
      let from = 0;
      return rule.bands.map((band) => {
        const range = band.upTo === null ? `trên ${number.format(from)} ${rule.unit}` : from === 0 ? `đến ${number.format(band.upTo)} ${rule.unit}` : `trên ${number.format(from)} đến ${number.format(band.upTo)} ${rule.unit}`;
        if (band.upTo !== null) from = band.upTo;
        return `${range}: ${formatVnd(band.amount)}`;
      }).join('; ');
    }
  }
}
