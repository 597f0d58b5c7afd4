import type { ModuleDeps } from '../../platform/context.js';
import type { Db, Queryable } from '../../platform/db.js';
import type { UserPrincipal } from '../../platform/principal.js';
import { adminScope, requireProvinceAdmin } from '../identity/index.js';
import { DATASETS, datasetNamed, type Dataset } from './datasets.js';
import { openDataErrors as e } from './errors.js';
import { openDataRepository as repo, type BuildRow, type SnapshotMeta } from './repository.js';
import { ckanTime, matchesQuery, renderCsv, renderJson, sha256, slug, stableUuid, type Format } from './rules.js';
import { province } from './sources.js';

/** A failed build is tried again after this long, not at the next hourly turn. */
const RETRY_MS = 5 * 60_000;

type Log = { error: (obj: unknown, msg: string) => void };

/**
 * Builds every data set that is due, each in a transaction that holds its schedule row: safe on any
 * number of nodes (one builds, the others skip it). A failure is recorded on the row, with its message,
 * and retried later; the previous snapshot stays published. Returns the names built.
 */
export async function buildDue(deps: Pick<ModuleDeps, 'db'>, log?: Log, datasets: readonly Dataset[] = DATASETS): Promise<string[]> {
  await repo.ensureBuilds(deps.db, datasets.map((d) => d.name));
  const built: string[] = [];
  for (const dataset of datasets) {
    const client = await deps.db.connect();
    try {
      await client.query('BEGIN');
      if (!(await repo.claimDue(client, dataset.name))) {
        await client.query('COMMIT');
        continue;
      }
      await client.query('SAVEPOINT build');
      try {
        const rows = await dataset.rows(deps.db, new Date());
        for (const [format, content] of [['csv', renderCsv(dataset.columns, rows)], ['json', renderJson(dataset.columns, rows)]] as const) {
          await repo.saveSnapshot(client, { dataset: dataset.name, format, content, rowCount: rows.length, sha256: sha256(content) });
        }
        await repo.recordSuccess(client, dataset.name, dataset.intervalMs);
        built.push(dataset.name);
      } catch (error) {
        await client.query('ROLLBACK TO SAVEPOINT build');
        await repo.recordFailure(client, dataset.name, String((error as Error)?.message ?? error), RETRY_MS);
        log?.error({ err: error, dataset: dataset.name }, 'open data build failed');
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  return built;
}

// ---- the province admin: build status and refresh ----

export type BuildStatus = BuildRow & { title: string; files: SnapshotMeta[] };

export async function buildStatuses(db: Db): Promise<BuildStatus[]> {
  const [builds, files] = await Promise.all([repo.builds(db), repo.snapshots(db)]);
  return DATASETS.map((d) => {
    const build = builds.find((b) => b.dataset === d.name);
    return {
      dataset: d.name, title: d.title, createdAt: build?.createdAt ?? new Date(0), nextDueAt: build?.nextDueAt ?? new Date(0), lastAttemptAt: build?.lastAttemptAt ?? null,
      lastSuccessAt: build?.lastSuccessAt ?? null, lastError: build?.lastError ?? null, lastErrorAt: build?.lastErrorAt ?? null, buildCount: build?.buildCount ?? 0,
      files: files.filter((f) => f.dataset === d.name),
    };
  });
}

async function requireAdmin(deps: ModuleDeps, user: UserPrincipal) {
  requireProvinceAdmin(await adminScope(deps.db, user));
}

export async function statusesFor(deps: ModuleDeps, user: UserPrincipal) {
  await requireAdmin(deps, user);
  return buildStatuses(deps.db);
}

/** The province admin rebuilds one data set, or all, now; answers how each stands afterwards. */
export async function refresh(deps: ModuleDeps, user: UserPrincipal, name: string | undefined, log?: Log) {
  await requireAdmin(deps, user);
  if (name !== undefined && !datasetNamed(name)) throw e.datasetNotFound();
  const names = name ? [name] : DATASETS.map((d) => d.name);
  await repo.ensureBuilds(deps.db, names);
  await deps.uow(user, async ({ tx, audit }) => {
    await repo.markDue(tx, names);
    audit({ action: 'opendata.refresh', entity: 'open_data', entityId: name ?? null, data: { datasets: names } });
  });
  await buildDue(deps, log, DATASETS.filter((d) => names.includes(d.name)));
  return buildStatuses(deps.db);
}

// ---- the CKAN-shaped catalog ----

export const LICENSE = { id: 'cc-by', title: 'Creative Commons Attribution 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

const FORMATS: readonly Format[] = ['csv', 'json'];
const MIMETYPE: Record<Format, string> = { csv: 'text/csv', json: 'application/json' };

/** A data set with both files built, as the catalog shows it. */
type Published = { dataset: Dataset; build: BuildRow; files: Record<Format, SnapshotMeta> };

async function published(db: Queryable): Promise<Published[]> {
  const [builds, files] = await Promise.all([repo.builds(db), repo.snapshots(db)]);
  return DATASETS.flatMap((dataset) => {
    const build = builds.find((b) => b.dataset === dataset.name);
    const csv = files.find((f) => f.dataset === dataset.name && f.format === 'csv');
    const json = files.find((f) => f.dataset === dataset.name && f.format === 'json');
    return build && csv && json ? [{ dataset, build, files: { csv, json } }] : [];
  });
}

async function organization(db: Queryable) {
  const root = await province(db);
  if (!root) return null;
  return {
    id: stableUuid(`organization:${root.code}`), name: slug(root.name), title: root.name, description: `Mã định danh cơ quan: ${root.code}`,
    type: 'organization', is_organization: true, state: 'active', approval_status: 'approved', image_url: '',
  };
}
type Organization = NonNullable<Awaited<ReturnType<typeof organization>>>;

export const fileUrl = (publicUrl: string, name: string, format: Format) => `${publicUrl}/api/opendata/files/${name}.${format}`;

function resourceOf(p: Published, format: Format, publicUrl: string) {
  const f = p.files[format];
  return {
    id: stableUuid(`${p.dataset.name}/${format}`), package_id: stableUuid(p.dataset.name), name: `${p.dataset.title} (${format.toUpperCase()})`,
    description: format === 'csv' ? 'CSV (RFC 4180), UTF-8 có BOM, dòng đầu là tên cột.' : 'JSON: mảng các bản ghi, khóa là tên cột như trong tệp CSV.',
    format: format.toUpperCase(), mimetype: MIMETYPE[format], url: fileUrl(publicUrl, p.dataset.name, format), size: f.size, hash: f.sha256,
    last_modified: ckanTime(f.modifiedAt), created: ckanTime(f.createdAt), metadata_modified: ckanTime(f.modifiedAt),
    position: FORMATS.indexOf(format), state: 'active', url_type: null, datastore_active: false,
    row_count: f.rowCount,
  };
}

function packageOf(p: Published, org: Organization | null, publicUrl: string) {
  const { dataset: d } = p;
  const modified = [p.files.csv.modifiedAt, p.files.json.modifiedAt].reduce((a, b) => (a > b ? a : b));
  return {
    id: stableUuid(d.name), name: d.name, title: d.title, notes: d.notes, type: 'dataset', state: 'active', private: false, isopen: true,
    license_id: LICENSE.id, license_title: LICENSE.title, license_url: LICENSE.url,
    author: org?.title ?? null, maintainer: org?.title ?? null, organization: org, owner_org: org?.id ?? null,
    metadata_created: ckanTime(p.build.createdAt), metadata_modified: ckanTime(modified), url: `${publicUrl}/du-lieu-mo`, version: null,
    num_resources: FORMATS.length, num_tags: d.tags.length,
    tags: d.tags.map((t) => ({ id: stableUuid(`tag:${t}`), name: t, display_name: t, state: 'active', vocabulary_id: null })),
    resources: FORMATS.map((f) => resourceOf(p, f, publicUrl)),
    groups: [],
    extras: [
      { key: 'frequency', value: d.frequency },
      { key: 'language', value: 'vi' },
      { key: 'data_dictionary', value: d.columns.map((c) => `${c.key}: ${c.title}`).join('; ') },
    ],
    columns: d.columns,
  };
}
export type CkanPackage = ReturnType<typeof packageOf>;

export async function packageList(deps: ModuleDeps): Promise<string[]> {
  return (await published(deps.read)).map((p) => p.dataset.name);
}

/** By CKAN's id or name. */
export async function packageShow(deps: ModuleDeps, id: string | undefined): Promise<CkanPackage> {
  if (!id) throw e.missingId();
  const found = (await published(deps.read)).find((p) => p.dataset.name === id || stableUuid(p.dataset.name) === id);
  if (!found) throw e.datasetNotFound();
  return packageOf(found, await organization(deps.read), deps.config.publicUrl);
}

/** Diacritic-insensitive search over names, titles, descriptions and tags, in the catalog's order. */
export async function packageSearch(deps: ModuleDeps, query: { q?: string; rows?: number; start?: number }) {
  const [all, org] = await Promise.all([published(deps.read), organization(deps.read)]);
  const found = all.filter((p) => matchesQuery(query.q, [p.dataset.name, p.dataset.title, p.dataset.notes, ...p.dataset.tags]));
  const start = query.start ?? 0;
  const rows = query.rows ?? 10;
  return {
    count: found.length, sort: 'score desc, metadata_modified desc', facets: {}, search_facets: {},
    results: found.slice(start, start + rows).map((p) => packageOf(p, org, deps.config.publicUrl)),
  };
}

export async function organizationList(deps: ModuleDeps, allFields: boolean) {
  const org = await organization(deps.read);
  if (!org) return [];
  if (!allFields) return [org.name];
  return [{ ...org, display_name: org.title, package_count: (await published(deps.read)).length }];
}

export async function resourceShow(deps: ModuleDeps, id: string | undefined) {
  if (!id) throw e.missingId();
  for (const p of await published(deps.read)) {
    for (const format of FORMATS) if (stableUuid(`${p.dataset.name}/${format}`) === id) return resourceOf(p, format, deps.config.publicUrl);
  }
  throw e.resourceNotFound();
}

/** A published file, for download. */
export async function datasetFile(deps: ModuleDeps, name: string, format: Format) {
  if (!datasetNamed(name)) throw e.datasetNotFound();
  const file = await repo.file(deps.db, name, format);
  if (!file) throw e.notBuilt();
  return file;
}
