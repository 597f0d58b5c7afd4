import booleanPointInPolygon from '@turf/boolean-point-in-polygon';

/**
 * Administrative areas as GeoJSON (RFC 7946): coordinates are [longitude, latitude]; a Polygon is a
 * list of linear rings (the outer one first, then holes), each closed (first point = last) with at least
 * four positions; a MultiPolygon is a list of Polygons.
 */
export type Ring = [number, number][];
export type AreaGeometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
export type BBox = [number, number, number, number];

const MAX_POSITIONS = 200_000;

const isPosition = (p: unknown): p is [number, number] =>
  Array.isArray(p) && (p.length === 2 || p.length === 3) && p.every((n) => typeof n === 'number' && Number.isFinite(n))
  && (p[0] as number) >= -180 && (p[0] as number) <= 180 && (p[1] as number) >= -90 && (p[1] as number) <= 90;

function checkRing(ring: unknown): Ring | null {
  if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition)) return null;
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) return null;
  const positions = (ring as number[][]).map((p) => [p[0]!, p[1]!] as [number, number]);
  // A ring must enclose an area: three distinct positions at least, not all on one line.
  return Math.abs(ringArea(positions)) > 0 ? positions : null;
}

/** Twice the signed area (shoelace formula, in degrees²). */
function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return sum;
}

function checkPolygon(polygon: unknown): Ring[] | null {
  if (!Array.isArray(polygon) || polygon.length === 0 || polygon.length > 100) return null;
  const rings = polygon.map(checkRing);
  return rings.every((r): r is Ring => r !== null) ? rings : null;
}

/** The geometry, checked and reduced to [lng, lat] positions; null when it is not a valid (Multi)Polygon. */
export function checkGeometry(geometry: { type: string; coordinates: unknown }): AreaGeometry | null {
  if (geometry.type === 'Polygon') {
    const rings = checkPolygon(geometry.coordinates);
    return rings && countPositions([rings]) <= MAX_POSITIONS ? { type: 'Polygon', coordinates: rings } : null;
  }
  if (geometry.type === 'MultiPolygon') {
    if (!Array.isArray(geometry.coordinates) || geometry.coordinates.length === 0) return null;
    const polygons = geometry.coordinates.map(checkPolygon);
    if (!polygons.every((p): p is Ring[] => p !== null)) return null;
    return countPositions(polygons) <= MAX_POSITIONS ? { type: 'MultiPolygon', coordinates: polygons } : null;
  }
  return null;
}

const countPositions = (polygons: Ring[][]) => polygons.reduce((n, rings) => n + rings.reduce((m, r) => m + r.length, 0), 0);
const polygonsOf = (g: AreaGeometry): Ring[][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

export function bboxOf(g: AreaGeometry): BBox {
  let [minLng, minLat, maxLng, maxLat] = [180, 90, -180, -90];
  for (const polygon of polygonsOf(g)) {
    for (const [lng, lat] of polygon[0]!) {
      minLng = Math.min(minLng, lng);
      maxLng = Math.max(maxLng, lng);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
  }
  return [minLng, minLat, maxLng, maxLat];
}

/** Whether the area holds the point (on its boundary counts as inside). */
export const containsPoint = (g: AreaGeometry, lat: number, lng: number) => booleanPointInPolygon([lng, lat], g);

/** Every vertex of `inner` lies in `outer`: a commune's polygon inside its district's. */
export function within(inner: AreaGeometry, outer: AreaGeometry): boolean {
  return polygonsOf(inner).every((polygon) => polygon[0]!.every(([lng, lat]) => containsPoint(outer, lat, lng)));
}

/**
 * Two areas of the same level overlap when a vertex of one lies strictly inside the other, or their
 * edges cross. Shared borders (the usual case between neighbours) are not an overlap.
 */
export function overlaps(a: AreaGeometry, b: AreaGeometry): boolean {
  const strictlyInside = (g: AreaGeometry, [lng, lat]: [number, number]) => booleanPointInPolygon([lng, lat], g, { ignoreBoundary: true });
  for (const polygon of polygonsOf(a)) if (polygon[0]!.some((p) => strictlyInside(b, p))) return true;
  for (const polygon of polygonsOf(b)) if (polygon[0]!.some((p) => strictlyInside(a, p))) return true;
  const edges = (g: AreaGeometry) => polygonsOf(g).flatMap((polygon) => polygon[0]!.slice(1).map((p, i) => [polygon[0]![i]!, p] as const));
  const ea = edges(a);
  const eb = edges(b);
  if (ea.length * eb.length > 4_000_000) return false;
  return ea.some(([p1, p2]) => eb.some(([q1, q2]) => properlyCross(p1, p2, q1, q2)));
}

const cross = (o: [number, number], a: [number, number], b: [number, number]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
/** Segments that cross at a point interior to both (touching or running along each other is not crossing). */
function properlyCross(p1: [number, number], p2: [number, number], q1: [number, number], q2: [number, number]): boolean {
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

export type Routable = { level: 'agency' | 'district' | 'commune'; agencyId: number };
export type AreaHit = { level: 'district' | 'commune'; agencyId: number };

/**
 * The agency responsible for a report: a category handled by a fixed agency goes there; one handled by
 * the district or the commune goes to the UBND of the area holding the point (a commune-level matter in
 * a district whose communes are not loaded goes to the district); with no point, or a point outside
 * every loaded area, to the category's default agency.
 */
export function responsibleAgency(category: Routable, areasHoldingPoint: AreaHit[]): number {
  if (category.level === 'agency') return category.agencyId;
  const at = (level: 'district' | 'commune') => areasHoldingPoint.find((a) => a.level === level)?.agencyId;
  return (category.level === 'commune' ? at('commune') ?? at('district') : at('district')) ?? category.agencyId;
}
