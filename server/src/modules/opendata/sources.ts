import type { Queryable } from '../../platform/db.js';
import { catalog } from '../catalog/index.js';
import { dossiers } from '../dossiers/index.js';
import { feedbackStatistics } from '../feedback/index.js';
import type { Db } from '../../platform/db.js';
import type { DossierFacts } from './rules.js';

/**
 * What the data sets read, each through its owner's public face or published view, never their tables.
 * Each function returns only the fields a data set publishes: nothing personal leaves this file.
 */

export type AgencyRef = { id: number; code: string; name: string; parentId: number | null };

/** Every agency (identity's agency_directory view). */
export async function agencies(db: Queryable): Promise<Map<number, AgencyRef>> {
  const rows = (await db.query<AgencyRef>('SELECT id, code, name, parent_id AS "parentId" FROM agency_directory ORDER BY id')).rows;
  return new Map(rows.map((a) => [a.id, a]));
}

/** The province: the root of the agency tree, the data sets' publisher. */
export async function province(db: Queryable): Promise<AgencyRef | undefined> {
  return (await db.query<AgencyRef>('SELECT id, code, name, parent_id AS "parentId" FROM agency_directory WHERE parent_id IS NULL ORDER BY id LIMIT 1')).rows[0];
}

/** Published procedures, as the catalog's face gives them. */
export const publishedProcedures = (db: Queryable) => catalog.publishedProcedures(db);

/**
 * The facts of every received dossier (those with a code, listed by the dossier_directory view), read
 * one by one through `dossiers.byId`: dossiers' face has no statistics query yet, so this costs one
 * indexed read per dossier, a few thousand a second, on a schedule only.
 */
export async function receivedDossiers(db: Queryable): Promise<DossierFacts[]> {
  const ids = (await db.query<{ id: number }>('SELECT id FROM dossier_directory WHERE code IS NOT NULL ORDER BY id')).rows.map((r) => r.id);
  const out: DossierFacts[] = [];
  for (const batch of chunks(ids, 4)) {
    for (const d of await Promise.all(batch.map((id) => dossiers.byId(db, id)))) {
      if (!d?.receivedAt) continue;
      out.push({
        receivingAgencyId: d.receivingAgencyId, channel: d.channel, status: d.status, outcome: d.outcome, receivedAt: d.receivedAt,
        dueAt: d.dueAt, resolvedAt: d.resolvedAt, pausedAt: d.pausedAt, updatedAt: d.updatedAt,
      });
    }
  }
  return out;
}

/** Feedback per agency and month of reception, from the feedback module's face (no report, no reporter). */
export async function feedbackByMonth(db: Db, from: string, to: string, now: Date) {
  return feedbackStatistics(db, { from, to }, now);
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
