import { useEffect, useState } from 'react';
import { api, unwrap, type Reply } from '../../api/client';

export type ProcedurePage = Reply<'/api/procedures', 'get'>;
export type ProcedureLevel = 'province' | 'district' | 'commune';

/** Searches as the user types, waiting for a short pause; the latest query always wins. */
export function useProcedureSearch(q: string, level: ProcedureLevel | undefined, page: number, pageSize = 10) {
  const [result, setResult] = useState<ProcedurePage>({ items: [], total: 0 });
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let current = true;
    setLoading(true);
    const timer = setTimeout(() => {
      unwrap(api.GET('/api/procedures', { params: { query: { q: q || undefined, level, page, pageSize } } }))
        .then((body) => current && setResult(body))
        .catch(() => current && setResult({ items: [], total: 0 }))
        .finally(() => current && setLoading(false));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, level, page, pageSize]);
  return { result, loading };
}
