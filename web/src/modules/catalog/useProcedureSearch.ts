import { useEffect, useState } from 'react';
import { api, unwrap, type Reply } from '../../api/client';

export type ProcedurePage = Reply<'/api/procedures', 'get'>;
export type ProcedureLevel = 'province' | 'district' | 'commune';
export type ProcedureFilter = { q?: string; level?: ProcedureLevel; fieldCode?: string; agencyId?: number; page: number };

/** Searches as the user types, waiting for a short pause; the latest query always wins. */
export function useProcedureSearch(filter: ProcedureFilter, pageSize = 10) {
  const [result, setResult] = useState<ProcedurePage | null>(null);
  const [loading, setLoading] = useState(true);
  const { q, level, fieldCode, agencyId, page } = filter;
  useEffect(() => {
    let current = true;
    setLoading(true);
    const timer = setTimeout(() => {
      unwrap(api.GET('/api/procedures', { params: { query: { q: q || undefined, level, fieldCode, agencyId, page, pageSize } } }))
        .then((body) => current && setResult(body))
        .catch(() => current && setResult({ items: [], total: 0 }))
        .finally(() => current && setLoading(false));
    }, q ? 250 : 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, level, fieldCode, agencyId, page, pageSize]);
  return { result, loading };
}
