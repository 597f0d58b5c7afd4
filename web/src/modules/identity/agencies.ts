import { useCallback, useEffect, useState } from 'react';
import { api, unwrap, type Reply } from '../../api/client';

export type Agency = Reply<'/api/agencies', 'get'>['items'][number];
export type AgencyNode = { key: number; value: number; title: string; agency: Agency; children: AgencyNode[] };

/** Arranges the flat agency list into the tree its parentIds describe, any depth, ordered by code. */
export function buildAgencyTree(agencies: Agency[], describe: (a: Agency) => string = (a) => `${a.name} (${a.code})`): AgencyNode[] {
  const nodes = new Map<number, AgencyNode>(
    agencies.map((agency) => [agency.id, { key: agency.id, value: agency.id, title: describe(agency), agency, children: [] }]),
  );
  const roots: AgencyNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.agency.parentId === null ? undefined : nodes.get(node.agency.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: AgencyNode[]) => {
    list.sort((a, b) => a.agency.code.localeCompare(b.agency.code));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

export function useAgencies() {
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const reload = useCallback(async () => {
    const body = await unwrap(api.GET('/api/agencies', { params: { query: { includeExpired: true } } }));
    setAgencies(body.items);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { agencies, reload };
}
