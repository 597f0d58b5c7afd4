import { createHash, randomBytes } from 'node:crypto';
import { Type } from 'typebox';
import type { ModuleDeps } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/db.js';
import type { UserPrincipal } from '../../platform/principal.js';
import { adminScope, requireProvinceAdmin } from '../identity/index.js';
import { feedbackErrors as e } from './errors.js';
import { bboxOf, checkGeometry, overlaps, within, type AreaGeometry } from './geo.js';
import { feedbackRepository as repo } from './repository.js';

export const Created = Type.Object({ id: Type.Integer() });
/** A province's communes as detailed polygons run to a few megabytes. */
export const AREAS_BODY_LIMIT = 20 * 1024 * 1024;

/** Categories, areas and Open311 keys are province-wide settings: the province admin's alone. */
async function provinceAdmin(deps: ModuleDeps, user: UserPrincipal) {
  const scope = await adminScope(deps.db, user);
  requireProvinceAdmin(scope);
  return scope;
}

export async function listCategories(deps: ModuleDeps, user: UserPrincipal) {
  await provinceAdmin(deps, user);
  return repo.categories(deps.db, false);
}

type CategoryInput = { code: string; name: string; description?: string | null; deadlineDays: number; level: 'agency' | 'district' | 'commune'; agencyId: number; active?: boolean; position?: number };

async function categoryValues(deps: ModuleDeps, c: CategoryInput) {
  if (!(await repo.agency(deps.db, c.agencyId))) throw e.agencyUnknown();
  return { code: c.code, name: c.name.normalize('NFC'), description: c.description?.normalize('NFC') ?? null, deadlineDays: c.deadlineDays, level: c.level, agencyId: c.agencyId, active: c.active ?? true, position: c.position ?? 0 };
}

export async function createCategory(deps: ModuleDeps, user: UserPrincipal, body: CategoryInput): Promise<number> {
  await provinceAdmin(deps, user);
  const values = await categoryValues(deps, body);
  return deps.uow(user, async ({ tx, audit }) => {
    let id: number;
    try {
      id = await repo.insertCategory(tx, values);
    } catch (error) {
      if (isUniqueViolation(error)) throw e.categoryCodeTaken();
      throw error;
    }
    audit({ action: 'feedback.category.create', entity: 'feedback_category', entityId: id, data: values });
    return id;
  });
}

export async function updateCategory(deps: ModuleDeps, user: UserPrincipal, id: number, body: CategoryInput) {
  await provinceAdmin(deps, user);
  const values = await categoryValues(deps, body);
  await deps.uow(user, async ({ tx, audit }) => {
    let found: boolean;
    try {
      found = await repo.updateCategory(tx, id, values);
    } catch (error) {
      if (isUniqueViolation(error)) throw e.categoryCodeTaken();
      throw error;
    }
    if (!found) throw e.categoryUnknown();
    audit({ action: 'feedback.category.update', entity: 'feedback_category', entityId: id, data: values });
  });
}

export async function listAreas(deps: ModuleDeps, user: UserPrincipal) {
  await provinceAdmin(deps, user);
  const rows = await repo.areas(deps.db);
  return { items: rows.map(({ loadedAt: _l, ...a }) => a), loadedAt: rows[0]?.loadedAt ?? null };
}

type FeatureInput = { properties: { agencyCode: string; name?: string }; geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown[] } };

/**
 * Checks a boundary data set whole and only then replaces the loaded one, in one transaction: every
 * geometry valid, every agency code a district's or commune's UBND on the platform, communes inside
 * their district, areas of one level not overlapping. Any fault refuses the whole set.
 */
export async function loadAreas(deps: ModuleDeps, user: UserPrincipal, body: { features: FeatureInput[] }) {
  await provinceAdmin(deps, user);
  const codes = [...new Set(body.features.map((f) => f.properties.agencyCode.trim()))];
  const agencies = new Map((await repo.agenciesByCode(deps.db, codes)).map((a) => [a.code, a]));
  const roots = await repo.rootAgencyIds(deps.db);
  const levelOf = new Map<number, 'district' | 'commune'>();
  for (const a of agencies.values()) {
    // A district's UBND hangs from the province's root; a commune's from a district.
    const ancestors = await repo.ancestors(deps.db, a.id);
    if (ancestors.length === 1 && roots.includes(ancestors[0]!)) levelOf.set(a.id, 'district');
    else if (ancestors.length === 2 && roots.includes(ancestors[1]!)) levelOf.set(a.id, 'commune');
  }
  const areas = body.features.map((f, i) => {
    const code = f.properties.agencyCode.trim();
    const agency = agencies.get(code);
    if (!agency || !levelOf.has(agency.id)) throw e.areaAgencyUnknown(code);
    const geometry = checkGeometry(f.geometry);
    if (!geometry) throw e.geometryInvalid(`features[${i}] ${code}`);
    return { agencyId: agency.id, parentId: agency.parentId, name: (f.properties.name ?? agency.name).normalize('NFC'), level: levelOf.get(agency.id)!, geometry, bbox: bboxOf(geometry) };
  });
  for (let i = 0; i < areas.length; i++) {
    for (let j = i + 1; j < areas.length; j++) {
      const [a, b] = [areas[i]!, areas[j]!];
      if (a.level !== b.level || !boxesMeet(a.bbox, b.bbox)) continue;
      if (overlaps(a.geometry, b.geometry)) throw e.geometryInvalid(`features[${i}] và features[${j}] chồng lấn nhau`);
    }
  }
  for (const [i, commune] of areas.entries()) {
    if (commune.level !== 'commune') continue;
    const districts = areas.filter((d) => d.level === 'district' && d.agencyId === commune.parentId);
    if (districts.length > 0 && !districts.some((d) => within(commune.geometry, d.geometry as AreaGeometry))) {
      throw e.geometryInvalid(`features[${i}] nằm ngoài địa bàn huyện`);
    }
  }
  await deps.uow(user, async ({ tx, audit }) => {
    await repo.replaceAreas(tx, areas.map(({ parentId: _p, ...a }) => a));
    audit({ action: 'feedback.areas.load', entity: 'feedback_areas', entityId: null, data: { areas: areas.length } });
  });
  return { areas: areas.length, districts: areas.filter((a) => a.level === 'district').length, communes: areas.filter((a) => a.level === 'commune').length };
}

const boxesMeet = (a: number[], b: number[]) => a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;

// ---- Open311 API keys: stored as SHA-256, shown once ----

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

export async function listKeys(deps: ModuleDeps, user: UserPrincipal) {
  await provinceAdmin(deps, user);
  return repo.keys(deps.db);
}

export async function issueKey(deps: ModuleDeps, user: UserPrincipal, name: string) {
  await provinceAdmin(deps, user);
  const key = `o311_${randomBytes(24).toString('base64url')}`;
  const id = await deps.uow(user, async ({ tx, audit }) => {
    const created = await repo.insertKey(tx, name.normalize('NFC'), hashKey(key), key.slice(0, 9), user.id);
    audit({ action: 'feedback.open311_key.issue', entity: 'feedback_open311_key', entityId: created, data: { name } });
    return created;
  });
  return { id, name, key };
}

export async function revokeKey(deps: ModuleDeps, user: UserPrincipal, id: number) {
  await provinceAdmin(deps, user);
  const key = await repo.key(deps.db, id);
  if (!key) throw e.keyNotFound();
  await deps.uow(user, async ({ tx, audit }) => {
    if (!(await repo.revokeKey(tx, id))) throw e.keyRevoked();
    audit({ action: 'feedback.open311_key.revoke', entity: 'feedback_open311_key', entityId: id, data: {} });
  });
}
