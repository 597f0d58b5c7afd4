/**
 * Official agency codes (mã định danh), Decision 20/2020/QĐ-TTg as amended by Decision 09/2025/QĐ-TTg.
 * Two layouts are in use and both are accepted; the code is stored exactly as given.
 */

// Classic layout LLL.LL.LL.Xnn, read right to left: level 1 (letter A–K + 2 digits), level 2, 3, 4.
const CLASSIC = /^(\d{3})\.(\d{2})\.(\d{2})\.([A-K]\d{2})$/;
// Newer left-to-right layout seen in 2025–26 data: H01.151, H01.151.01, H15.50.05.13 (≤ 35 characters).
const HIERARCHICAL = /^[A-K]\d{2}(\.\d{1,4})+$/;

export type AgencyCodeLayout = 'classic' | 'hierarchical';

export function agencyCodeLayout(code: string): AgencyCodeLayout | null {
  if (CLASSIC.test(code)) return 'classic';
  if (code.length <= 35 && HIERARCHICAL.test(code)) return 'hierarchical';
  return null;
}

export const isValidAgencyCode = (code: string) => agencyCodeLayout(code) !== null;

/** The level-1 unit of a code, e.g. "H37" for both 000.00.12.H37 and H37.15.02. */
export function agencyCodeRoot(code: string): string | null {
  const classic = CLASSIC.exec(code);
  if (classic) return classic[4]!;
  return agencyCodeLayout(code) ? code.slice(0, 3) : null;
}
