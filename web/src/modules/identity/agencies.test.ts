import { describe, expect, it } from 'vitest';
import { buildAgencyTree, type Agency } from './agencies';

const agency = (id: number, parentId: number | null, code: string): Agency => ({
  id, parentId, code, name: `A${id}`, kind: 'unit', address: null, phone: null, email: null, validFrom: '2020-01-01', validTo: null, workingHours: null,
});

describe('buildAgencyTree', () => {
  it('nests agencies at any depth and sorts siblings by code', () => {
    const tree = buildAgencyTree([
      agency(4, 3, '000.01.21.H37'), agency(1, null, '000.00.00.H37'), agency(3, 1, '000.00.21.H37'),
      agency(2, 1, '000.00.12.H37'), agency(5, 4, 'H37.21.01.001'),
    ]);
    expect(tree).toHaveLength(1);
    expect(tree[0]!.children.map((n) => n.key)).toEqual([2, 3]);
    expect(tree[0]!.children[1]!.children[0]!.children[0]!.agency.code).toBe('H37.21.01.001');
  });

  it('keeps an agency whose parent is missing as a root rather than dropping it', () => {
    expect(buildAgencyTree([agency(7, 99, 'H01.151')]).map((n) => n.key)).toEqual([7]);
  });
});
