import { describe, expect, it } from 'vitest';
import { bboxOf, checkGeometry, containsPoint, overlaps, responsibleAgency, within, type AreaGeometry } from './geo.js';
import { canRun, isOverdue, newTrackingCode, normalizeTrackingCode, open311Status, parseBbox } from './rules.js';

const square = (x: number, y: number, size: number): AreaGeometry => ({ type: 'Polygon', coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] });

describe('tracking codes', () => {
  it('are PA- and two groups of four characters without O, I or L', () => {
    for (let i = 0; i < 200; i++) expect(newTrackingCode()).toMatch(/^PA-[0-9A-HJKMNP-Z]{4}-[0-9A-HJKMNP-Z]{4}$/);
  });
  it('are read back whatever the case, spacing, and O/I/L typed for 0/1', () => {
    expect(normalizeTrackingCode('pa-7k3m-q9xd')).toBe('PA-7K3M-Q9XD');
    expect(normalizeTrackingCode(' PA 7K3M Q9XD ')).toBe('PA-7K3M-Q9XD');
    expect(normalizeTrackingCode('PA-DEMO-OOOI')).toBe('PA-DEM0-0001');
    expect(normalizeTrackingCode('7K3MQ9XD')).toBe('PA-7K3M-Q9XD');
    expect(normalizeTrackingCode('PA-7K3M')).toBeNull();
    expect(normalizeTrackingCode('PA-7K3M-Q9X!')).toBeNull();
  });
});

describe('states', () => {
  it('lets each action run in its states only', () => {
    expect(canRun('accept', 'submitted')).toBe(true);
    expect(canRun('answer', 'submitted')).toBe(false);
    expect(canRun('approve', 'in_progress')).toBe(false);
    expect(canRun('approve', 'awaiting_approval')).toBe(true);
    expect(canRun('reroute', 'answered')).toBe(false);
    expect(canRun('close', 'answered')).toBe(true);
    for (const action of ['accept', 'assign', 'reroute', 'merge', 'answer', 'approve', 'return', 'reject', 'close'] as const) {
      expect(canRun(action, 'merged')).toBe(false);
      expect(canRun(action, 'rejected')).toBe(false);
    }
  });
  it('maps to Open311 open/closed and flags open reports past their deadline', () => {
    expect(['submitted', 'in_progress', 'awaiting_approval'].map((s) => open311Status(s as never))).toEqual(['open', 'open', 'open']);
    expect(['answered', 'closed', 'rejected', 'merged'].map((s) => open311Status(s as never))).toEqual(['closed', 'closed', 'closed', 'closed']);
    const now = new Date('2026-12-07T03:00:00Z');
    expect(isOverdue('in_progress', new Date('2026-12-07T02:59:59Z'), now)).toBe(true);
    expect(isOverdue('in_progress', new Date('2026-12-07T03:00:01Z'), now)).toBe(false);
    expect(isOverdue('answered', new Date('2026-12-01T00:00:00Z'), now)).toBe(false);
  });
  it('reads a bounding box or refuses it', () => {
    expect(parseBbox('106.7,21.8,106.8,21.9')).toEqual([106.7, 21.8, 106.8, 21.9]);
    for (const bad of ['106.8,21.8,106.7,21.9', '1,2,3', '181,0,182,1', 'a,b,c,d', '0,-91,1,1']) expect(parseBbox(bad), bad).toBeNull();
  });
});

describe('areas', () => {
  it('checks geometry: closed rings of four positions at least, in range, enclosing an area', () => {
    expect(checkGeometry(square(106, 21, 1))).not.toBeNull();
    expect(checkGeometry({ type: 'MultiPolygon', coordinates: [square(106, 21, 1).coordinates, square(108, 21, 1).coordinates] })).not.toBeNull();
    expect(checkGeometry({ type: 'Polygon', coordinates: [[[106, 21], [107, 21], [107, 22]]] })).toBeNull();
    expect(checkGeometry({ type: 'Polygon', coordinates: [[[106, 21], [107, 21], [107, 22], [106, 22]]] })).toBeNull();
    expect(checkGeometry({ type: 'Polygon', coordinates: [[[106, 21], [107, 21], [108, 21], [106, 21]]] })).toBeNull();
    expect(checkGeometry({ type: 'Polygon', coordinates: [[[106, 91], [107, 21], [107, 22], [106, 91]]] })).toBeNull();
    expect(checkGeometry({ type: 'Point', coordinates: [106, 21] })).toBeNull();
    expect(checkGeometry({ type: 'Polygon', coordinates: 'x' })).toBeNull();
  });
  it('finds points, containment, overlaps; shared borders are no overlap', () => {
    const a = square(0, 0, 1);
    expect(containsPoint(a, 0.5, 0.5)).toBe(true);
    expect(containsPoint(a, 1.5, 0.5)).toBe(false);
    expect(within(square(0.2, 0.2, 0.3), a)).toBe(true);
    expect(within(square(0.8, 0.8, 0.3), a)).toBe(false);
    expect(overlaps(a, square(1, 0, 1))).toBe(false);
    expect(overlaps(a, square(0.5, 0.5, 1))).toBe(true);
    // A cross: no vertex of either inside the other, but the edges cross.
    const wide: AreaGeometry = { type: 'Polygon', coordinates: [[[-1, 0.4], [2, 0.4], [2, 0.6], [-1, 0.6], [-1, 0.4]]] };
    const tall: AreaGeometry = { type: 'Polygon', coordinates: [[[0.4, -1], [0.6, -1], [0.6, 2], [0.4, 2], [0.4, -1]]] };
    expect(overlaps(wide, tall)).toBe(true);
    expect(bboxOf(wide)).toEqual([-1, 0.4, 2, 0.6]);
  });
  it('routes by level: a fixed agency, the commune, the district, else the default', () => {
    const hits = [{ level: 'district' as const, agencyId: 10 }, { level: 'commune' as const, agencyId: 11 }];
    expect(responsibleAgency({ level: 'agency', agencyId: 1 }, hits)).toBe(1);
    expect(responsibleAgency({ level: 'commune', agencyId: 1 }, hits)).toBe(11);
    expect(responsibleAgency({ level: 'district', agencyId: 1 }, hits)).toBe(10);
    expect(responsibleAgency({ level: 'commune', agencyId: 1 }, [hits[0]!])).toBe(10);
    expect(responsibleAgency({ level: 'district', agencyId: 1 }, [])).toBe(1);
  });
});
