/**
 * An amount of money in Vietnamese words, as receipts print it ("Bằng chữ: Hai trăm nghìn đồng").
 * Spelling as taught and used on invoices: "mốt" for a 1 after a tens digit above one, "lăm" for a 5
 * after a tens digit, "linh" for a zero tens digit inside a group, "mười" for 10–19, "tư" for a 4 after a
 * tens digit above one.
 */
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const GROUPS = ['', ' nghìn', ' triệu', ' tỷ', ' nghìn tỷ', ' triệu tỷ'];

/** Words for 0–999; `full` when a higher group precedes (then "không trăm" and "linh" are written). */
function threeDigits(n: number, full: boolean): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(`${DIGITS[hundreds]} trăm`);
  if (tens === 0) {
    if (units > 0 && (hundreds > 0 || full)) words.push('linh');
  } else if (tens === 1) {
    words.push('mười');
  } else {
    words.push(`${DIGITS[tens]} mươi`);
  }
  if (units > 0) {
    if (units === 1 && tens > 1) words.push('mốt');
    else if (units === 5 && tens > 0) words.push('lăm');
    else if (units === 4 && tens > 1) words.push('tư');
    else words.push(DIGITS[units]!);
  }
  return words.join(' ');
}

export function amountInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`not an amount: ${amount}`);
  if (amount === 0) return 'Không đồng';
  const groups: number[] = [];
  for (let rest = amount; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const parts: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    if (groups[i] === 0) continue;
    parts.push(threeDigits(groups[i]!, i < groups.length - 1) + GROUPS[i]);
  }
  const text = `${parts.join(' ')} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
