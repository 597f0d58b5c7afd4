/**
 * Vietnamese search text: folded to lowercase ASCII the same way as the database's vn_fold(), so that
 * "cap ban sao", "Cấp bản sao" and "CẤP BẢN SAO" all find "Cấp bản sao từ sổ gốc".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Search words of a query, folded; anything but letters and digits separates words. */
export function searchTerms(query: string, maxTerms = 12): string[] {
  return foldVietnamese(query)
    .split(/[^a-z0-9]+/)
    .filter((term) => term.length > 0)
    .slice(0, maxTerms);
}

/**
 * A PostgreSQL tsquery for the terms: every term must match (or any, for the fallback), and the last
 * one may be a prefix because the user is still typing it.
 */
export function toTsQuery(terms: string[], mode: 'all' | 'any'): string | null {
  if (terms.length === 0) return null;
  const parts = terms.map((term, i) => (i === terms.length - 1 ? `${term}:*` : term));
  return parts.join(mode === 'all' ? ' & ' : ' | ');
}

/** Looks like (the start of) a national procedure code such as 1.010708 or 2.000815.000.00.00.H55. */
export const looksLikeProcedureCode = (query: string) => /^\d\.\d{1,6}(\..*)?$/.test(query.trim());
