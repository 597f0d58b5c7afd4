import type { Queryable } from '../../platform/db.js';
import type { DossierChange } from '../dossiers/index.js';
import { delta, emptyCounters, ROLLUP_COLUMNS, splitPeriod, type Counters, type DossierFacts, type DrillMeasure } from './rules.js';

/**
 * All SQL of the operations center. Tables owned: ops_rollups, ops_pending. Reads the dossiers module's
 * published view dossier_statistics and identity's agency_directory.
 */

const TZ = `'Asia/Ho_Chi_Minh'`;
const localDate = (column: string) => `(${column} AT TIME ZONE ${TZ})::date`;
const sums = ROLLUP_COLUMNS.map((c) => `coalesce(sum(${c}), 0)::int AS ${c}`).join(', ');

/** The agency and every agency above it: a dossier counts in the rollup of each (subtree totals, read in one row). */
const ANCESTORS = (agency: string) => `WITH RECURSIVE up AS (
    SELECT id, parent_id FROM agency_directory WHERE id = ${agency}
    UNION ALL SELECT a.id, a.parent_id FROM agency_directory a JOIN up ON a.id = up.parent_id) SELECT id FROM up`;
/** Every agency with each agency above it (itself included). */
const CLOSURE = `closure (agency_id, ancestor_id, parent_id) AS (
    SELECT id, id, parent_id FROM agency_directory
    UNION ALL SELECT c.agency_id, a.id, a.parent_id FROM closure c JOIN agency_directory a ON a.id = c.parent_id)`;

/**
 * The shard of the rollup rows a transaction adds to: its connection's (see the migration rollup-shards). One
 * per connection, so that the rows of a transaction's statements are locked in one order.
 */
const SHARD = 'pg_backend_pid() % 16';

const facts = (d: DossierChange['before']): DossierFacts => ({
  receivingAgencyId: d.receivingAgencyId, channel: d.channel, status: d.status, outcome: d.outcome, receivedAt: d.receivedAt, dueAt: d.dueAt,
  resolvedAt: d.resolvedAt, returnedAt: d.returnedAt, supplementCount: d.supplementCount, paymentStatus: d.paymentStatus, paidAt: d.paidAt, rating: d.rating,
});

/**
 * The rollups' part of a dossier change's statement (see dossiers/change-hooks.ts): the counters it adds
 * and takes, per day and per month, and the pending dossiers per due day, written only if the change is.
 */
export function rollupStatement(change: DossierChange, param: (value: unknown) => string, changed: string): string | null {
  const flags = { paymentChannel: change.paymentChannel, digitised: change.digitised };
  const d = delta(facts(change.before), facts(change.after), flags);
  if (d.rollup.length === 0 && d.pending.length === 0) return null;
  const parts: string[] = [];
  if (d.rollup.length > 0) {
    const rows = new Map<string, Record<string, unknown>>();
    for (const r of d.rollup) {
      for (const [grain, day] of [['d', r.day], ['m', `${r.day.slice(0, 7)}-01`]] as const) {
        const key = `${grain}|${r.agencyId}|${day}`;
        const row = rows.get(key) ?? { grain, agency_id: r.agencyId, day };
        row[r.column] = ((row[r.column] as number | undefined) ?? 0) + r.n;
        rows.set(key, row);
      }
    }
    const ordered = [...rows].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row);
    parts.push(`ops_roll AS (
      INSERT INTO ops_rollups AS r (grain, agency_id, day, shard, ${ROLLUP_COLUMNS.join(', ')})
      SELECT x.grain, up.id, x.day, ${SHARD}, ${ROLLUP_COLUMNS.map((c) => `coalesce(x.${c}, 0)`).join(', ')}
        FROM jsonb_to_recordset(${param(JSON.stringify(ordered))}::jsonb) AS x(grain char(1), agency_id bigint, day date, ${ROLLUP_COLUMNS.map((c) => `${c} int`).join(', ')})
       CROSS JOIN LATERAL (${ANCESTORS('x.agency_id')}) up
       WHERE EXISTS (SELECT 1 FROM ${changed})
       ORDER BY 1, 2, 3
      ON CONFLICT (grain, agency_id, day, shard) DO UPDATE SET ${ROLLUP_COLUMNS.map((c) => `${c} = r.${c} + EXCLUDED.${c}`).join(', ')})`);
  }
  if (d.pending.length > 0) {
    parts.push(`ops_pend AS (
      INSERT INTO ops_pending AS p (agency_id, due_day, shard, count)
      SELECT up.id, x.due_day, ${SHARD}, x.n FROM jsonb_to_recordset(${param(JSON.stringify(d.pending.map((p) => ({ agency_id: p.agencyId, due_day: p.dueDay, n: p.n }))))}::jsonb)
          AS x(agency_id bigint, due_day date, n int)
       CROSS JOIN LATERAL (${ANCESTORS('x.agency_id')}) up
       WHERE EXISTS (SELECT 1 FROM ${changed})
       ORDER BY 1, 2
      ON CONFLICT (agency_id, due_day, shard) DO UPDATE SET count = p.count + EXCLUDED.count)`);
  }
  const agencies = [...new Set([...d.rollup, ...d.pending].map((r) => r.agencyId))];
  parts.push(`ops_seen AS (INSERT INTO ops_changes (agency_id) SELECT unnest(${param(agencies)}::bigint[]) WHERE EXISTS (SELECT 1 FROM ${changed}))`);
  return parts.join(',\n');
}

/**
 * The ranges of ops_rollups' rows covering local days `from`..`to` with as few rows as possible, each a
 * condition one index range answers (an OR of them would make PostgreSQL scan the table).
 */
function periodRanges(from: string, to: string, param: (value: unknown) => string): string[] {
  const split = splitPeriod(from, to);
  const ranges = split.days.map(([a, b]) => `grain = 'd' AND day BETWEEN ${param(a)}::date AND ${param(b)}::date`);
  if (split.months) ranges.push(`grain = 'm' AND day BETWEEN ${param(split.months[0])}::date AND ${param(split.months[1])}::date`);
  return ranges;
}

export type AgencyRow = { id: number; code: string; name: string; parentId: number | null; hasChildren: boolean };
export type AgencyCounters = { agencyId: number; period: Counters; before: Counters; pending: number; overdue: number };

/** A dossier of a drill-down list. */
export type DrillRow = {
  id: number; code: string | null; trackingCode: string; procedureName: string; applicantName: string | null; agencyId: number; agencyName: string;
  status: string; channel: string; receivedAt: Date | null; dueAt: Date | null; resolvedAt: Date | null;
};

// The drill-down lists and the raw recount read the same definitions, over the dossier_statistics view ($2 from, $3 to).
const received = `s.received_at IS NOT NULL AND ${localDate('s.received_at')} BETWEEN $2::date AND $3::date`;
const resolved = `s.received_at IS NOT NULL AND s.outcome IS NOT NULL AND s.resolved_at IS NOT NULL AND s.due_at IS NOT NULL AND ${localDate('s.resolved_at')} BETWEEN $2::date AND $3::date`;
const openNow = `s.received_at IS NOT NULL AND ((s.status IN ('received', 'processing') AND s.due_at IS NOT NULL) OR s.status = 'awaiting_supplement')`;
const overdueNow = `s.received_at IS NOT NULL AND s.status IN ('received', 'processing') AND s.due_at < now()`;
export const MEASURE_SQL: Record<DrillMeasure, string> = {
  received,
  received_online: `${received} AND s.channel = 'online'`,
  received_direct: `${received} AND s.channel <> 'online'`,
  carried_over: `s.received_at IS NOT NULL AND ${localDate('s.received_at')} < $2::date AND s.status NOT IN ('withdrawn', 'stopped')
    AND NOT (s.outcome IS NOT NULL AND s.resolved_at IS NOT NULL AND s.due_at IS NOT NULL AND ${localDate('s.resolved_at')} < $2::date)`,
  resolved,
  resolved_early: `${resolved} AND s.resolved_at <= s.due_at AND ${localDate('s.resolved_at')} < ${localDate('s.due_at')}`,
  resolved_on_time: `${resolved} AND s.resolved_at <= s.due_at AND ${localDate('s.resolved_at')} >= ${localDate('s.due_at')}`,
  resolved_late: `${resolved} AND s.resolved_at > s.due_at`,
  resolved_in_time_for_index: `${resolved} AND s.resolved_at <= s.due_at AND s.supplement_count <= 1`,
  pending: openNow,
  pending_within: `${openNow} AND NOT (${overdueNow})`,
  pending_overdue: overdueNow,
  supplemented: `${received} AND s.supplement_count > 0`,
  digitised: `${received} AND s.digitised`,
  paid: `s.payment_status = 'paid' AND s.paid_at IS NOT NULL AND ${localDate('s.paid_at')} BETWEEN $2::date AND $3::date`,
  paid_online: `s.payment_status = 'paid' AND s.paid_at IS NOT NULL AND ${localDate('s.paid_at')} BETWEEN $2::date AND $3::date AND s.payment_channel = 'online'`,
  rated: `s.rating IS NOT NULL AND s.returned_at IS NOT NULL AND ${localDate('s.returned_at')} BETWEEN $2::date AND $3::date`,
  rated_unsatisfied: `s.rating = 'unsatisfied' AND s.returned_at IS NOT NULL AND ${localDate('s.returned_at')} BETWEEN $2::date AND $3::date`,
};

export const operationsRepository = {
  /**
   * The counters of each agency of `agencyIds` (its whole subtree) over the period, before it, and its dossiers pending now
   * (those due before today from the rollup, today's from the dossiers due today): one round trip.
   */
  async agencyCounters(db: Queryable, agencyIds: number[], from: string, to: string, today: string): Promise<AgencyCounters[]> {
    const values: unknown[] = [agencyIds, today];
    const param = (value: unknown) => `$${values.push(value)}`;
    const rows = (part: 'p' | 'b', ranges: string[]) => ranges.map((range) =>
      `SELECT '${part}' AS part, agency_id, ${ROLLUP_COLUMNS.join(', ')} FROM ops_rollups WHERE agency_id = ANY($1::bigint[]) AND ${range}`);
    const selected = [...rows('p', periodRanges(from, to, param)), ...rows('b', periodRanges('0001-01-01', dayBefore(from), param))];
    const found = await db.query<{ agencyId: number; period: Counters; before: Counters; pending: number; overdue: number }>(
      `WITH RECURSIVE ${CLOSURE},
            r AS (${selected.length > 0 ? selected.join('\n UNION ALL ') : `SELECT 'p' AS part, agency_id, ${ROLLUP_COLUMNS.join(', ')} FROM ops_rollups WHERE false`}),
            p AS (SELECT agency_id, ${sums} FROM r WHERE part = 'p' GROUP BY agency_id),
            b AS (SELECT agency_id, coalesce(sum(counted), 0)::int AS counted, coalesce(sum(resolved_early), 0)::int AS resolved_early,
                         coalesce(sum(resolved_on_time), 0)::int AS resolved_on_time, coalesce(sum(resolved_late), 0)::int AS resolved_late
                    FROM r WHERE part = 'b' GROUP BY agency_id),
            o AS (SELECT agency_id, sum(count)::int AS pending, (sum(count) FILTER (WHERE due_day < $2::date))::int AS overdue
                    FROM ops_pending WHERE agency_id = ANY($1::bigint[]) GROUP BY agency_id),
            t AS (SELECT c.ancestor_id AS agency_id, count(*)::int AS overdue FROM dossier_statistics s JOIN closure c ON c.agency_id = s.receiving_agency_id
                   WHERE s.status IN ('received', 'processing') AND s.received_at IS NOT NULL
                     AND s.due_at >= ($2::date::timestamp AT TIME ZONE ${TZ}) AND s.due_at < now() AND c.ancestor_id = ANY($1::bigint[])
                   GROUP BY 1),
            ids AS (SELECT agency_id FROM p UNION SELECT agency_id FROM b UNION SELECT agency_id FROM o UNION SELECT agency_id FROM t)
       SELECT ids.agency_id AS "agencyId", to_jsonb(p) AS period, to_jsonb(b) AS before,
              coalesce(o.pending, 0) AS pending, coalesce(o.overdue, 0) + coalesce(t.overdue, 0) AS overdue
         FROM ids LEFT JOIN p USING (agency_id) LEFT JOIN b USING (agency_id) LEFT JOIN o USING (agency_id) LEFT JOIN t USING (agency_id)`, values);
    return found.rows.map((r) => ({
      agencyId: Number(r.agencyId), pending: r.pending, overdue: r.overdue,
      period: { ...emptyCounters(), ...strip(r.period) }, before: { ...emptyCounters(), ...strip(r.before) },
    }));
  },

  /** The changes of the last `seconds` (see changes.ts): the agency whose rollups a dossier change wrote, null after a rebuild. */
  async recentChanges(db: Queryable, seconds: number): Promise<{ id: number; agencyId: number | null }[]> {
    const found = await db.query<{ id: string; agencyId: string | null }>(
      `SELECT id, agency_id AS "agencyId" FROM ops_changes WHERE at > now() - make_interval(secs => $1) ORDER BY id`, [seconds]);
    return found.rows.map((r) => ({ id: Number(r.id), agencyId: r.agencyId === null ? null : Number(r.agencyId) }));
  },

  /** Forgets changes no live dashboard will read again. */
  async forgetChanges(db: Queryable, olderThanSeconds: number): Promise<void> {
    await db.query('DELETE FROM ops_changes WHERE at < now() - make_interval(secs => $1)', [olderThanSeconds]);
  },

  /** The counters of the agencies summed per month, `fromMonth`..`toMonth` (first days). */
  async monthly(db: Queryable, agencyIds: number[], fromMonth: string, toMonth: string): Promise<(Counters & { month: string })[]> {
    const found = await db.query<Counters & { month: string }>(
      `SELECT to_char(day, 'YYYY-MM') AS month, ${sums} FROM ops_rollups
        WHERE grain = 'm' AND agency_id = ANY($1::bigint[]) AND day BETWEEN $2::date AND $3::date GROUP BY day ORDER BY day`, [agencyIds, fromMonth, toMonth]);
    return found.rows;
  },

  async agencies(db: Queryable, ids: number[]): Promise<AgencyRow[]> {
    return (await db.query<AgencyRow>(
      `SELECT a.id::int, a.code, a.name, a.parent_id::int AS "parentId", EXISTS (SELECT 1 FROM agency_directory c WHERE c.parent_id = a.id) AS "hasChildren"
         FROM agency_directory a WHERE a.id = ANY($1::bigint[]) ORDER BY a.code, a.id`, [ids])).rows;
  },

  /** An agency and every agency above it, from the top down. */
  async ancestors(db: Queryable, id: number): Promise<{ id: number; name: string }[]> {
    return (await db.query<{ id: number; name: string }>(`WITH RECURSIVE up AS (
        SELECT id, name, parent_id, 0 AS depth FROM agency_directory WHERE id = $1
        UNION ALL SELECT a.id, a.name, a.parent_id, up.depth + 1 FROM agency_directory a JOIN up ON a.id = up.parent_id)
      SELECT id::int, name FROM up ORDER BY depth DESC`, [id])).rows;
  },

  /** An agency and the agencies right below it. */
  async withChildren(db: Queryable, id: number): Promise<AgencyRow[]> {
    return (await db.query<AgencyRow>(
      `SELECT a.id::int, a.code, a.name, a.parent_id::int AS "parentId", EXISTS (SELECT 1 FROM agency_directory c WHERE c.parent_id = a.id) AS "hasChildren"
         FROM agency_directory a WHERE a.id = $1 OR a.parent_id = $1 ORDER BY a.id <> $1, a.code, a.id`, [id])).rows;
  },

  async rootAgency(db: Queryable): Promise<number | null> {
    return (await db.query<{ id: number }>('SELECT id::int FROM agency_directory WHERE parent_id IS NULL ORDER BY id LIMIT 1')).rows[0]?.id ?? null;
  },

  /** The dossiers behind a figure, newest first. */
  async drill(db: Queryable, agencyIds: number[], measure: DrillMeasure, from: string, to: string, limit: number, offset: number) {
    const found = await db.query<DrillRow & { total: number }>(
      `SELECT s.id::int, s.code, s.tracking_code AS "trackingCode", s.procedure_name AS "procedureName", s.applicant_name AS "applicantName",
              s.receiving_agency_id::int AS "agencyId", a.name AS "agencyName", s.status, s.channel, s.received_at AS "receivedAt", s.due_at AS "dueAt",
              s.resolved_at AS "resolvedAt", count(*) OVER ()::int AS total
         FROM dossier_statistics s JOIN agency_directory a ON a.id = s.receiving_agency_id
        WHERE s.receiving_agency_id = ANY($1::bigint[]) AND $2::date <= $3::date AND ${MEASURE_SQL[measure]}
        ORDER BY s.received_at DESC NULLS LAST, s.id DESC LIMIT $4 OFFSET $5`, [agencyIds, from, to, limit, offset]);
    return { items: found.rows.map(({ total: _t, ...row }) => row), total: found.rows[0]?.total ?? 0 };
  },

  /** Every figure counted straight from the dossiers (no rollup): the check of the rollups, and the benchmark's baseline. */
  async rawCounts(db: Queryable, agencyIds: number[], from: string, to: string): Promise<Record<DrillMeasure, number>> {
    const found = await db.query<Record<DrillMeasure, number>>(
      `SELECT ${Object.entries(MEASURE_SQL).map(([m, sql]) => `(count(*) FILTER (WHERE ${sql}))::int AS ${m}`).join(',\n')}
         FROM dossier_statistics s WHERE s.receiving_agency_id = ANY($1::bigint[]) AND $2::date <= $3::date`, [agencyIds, from, to]);
    return found.rows[0]!;
  },

  /**
   * Recomputes every rollup from the dossiers (in the caller's transaction, when given one): after a bulk load, a restore,
   * or dossiers written outside the life cycle (demo data). The same definitions as the change hook.
   */
  async rebuild(db: Queryable): Promise<void> {
    const ld = localDate;
    const columns = {
      received: 'true',
      received_online: `channel = 'online'`,
      received_direct: `channel <> 'online'`,
      counted: `status NOT IN ('withdrawn', 'stopped')`,
      digitised: 'digitised',
      supplemented: 'supplement_count > 0',
    };
    const resolvedColumns = {
      resolved_early: `resolved_at <= due_at AND ${ld('resolved_at')} < ${ld('due_at')}`,
      resolved_on_time: `resolved_at <= due_at AND ${ld('resolved_at')} >= ${ld('due_at')}`,
      resolved_late: 'resolved_at > due_at',
      resolved_multi_supplement: 'resolved_at <= due_at AND supplement_count > 1',
    };
    const zero = (except: string[]) => ROLLUP_COLUMNS.map((c) => (except.includes(c) ? c : '0')).join(', ');
    await db.query('DELETE FROM ops_rollups');
    await db.query('DELETE FROM ops_pending');
    // Every figure may have moved: dashboards look again.
    await db.query('INSERT INTO ops_changes (agency_id) VALUES (NULL)');
    const all = ROLLUP_COLUMNS.join(', ');
    const insertBoth = (select: string) => db.query(`WITH RECURSIVE ${CLOSURE}, x (agency_id, day, ${all}) AS (${select})
      INSERT INTO ops_rollups AS r (grain, agency_id, day, ${all})
      SELECT 'd', c.ancestor_id, x.day, ${ROLLUP_COLUMNS.map((col) => `sum(x.${col})::int`).join(', ')} FROM x JOIN closure c ON c.agency_id = x.agency_id
       GROUP BY c.ancestor_id, x.day
      ON CONFLICT (grain, agency_id, day, shard) DO UPDATE SET ${ROLLUP_COLUMNS.map((c) => `${c} = r.${c} + EXCLUDED.${c}`).join(', ')}`);
    await insertBoth(`SELECT agency_id, day, ${zero(Object.keys(columns))} FROM (
        SELECT receiving_agency_id AS agency_id, ${ld('received_at')} AS day, ${Object.entries(columns).map(([c, e]) => `count(*) FILTER (WHERE ${e})::int AS ${c}`).join(', ')}
          FROM dossier_statistics WHERE received_at IS NOT NULL GROUP BY 1, 2) per_day`);
    await insertBoth(`SELECT receiving_agency_id AS agency_id, ${ld('resolved_at')} AS day,
        ${ROLLUP_COLUMNS.map((c) => (c in resolvedColumns ? `count(*) FILTER (WHERE ${resolvedColumns[c as keyof typeof resolvedColumns]})::int AS ${c}` : '0')).join(', ')}
        FROM dossier_statistics WHERE received_at IS NOT NULL AND outcome IS NOT NULL AND resolved_at IS NOT NULL AND due_at IS NOT NULL GROUP BY 1, 2`);
    await insertBoth(`SELECT receiving_agency_id AS agency_id, ${ld('paid_at')} AS day,
        ${ROLLUP_COLUMNS.map((c) => (c === 'paid' ? 'count(*)::int' : c === 'paid_online' ? `count(*) FILTER (WHERE payment_channel = 'online')::int` : '0')).join(', ')}
        FROM dossier_statistics WHERE payment_status = 'paid' AND paid_at IS NOT NULL GROUP BY 1, 2`);
    await insertBoth(`SELECT receiving_agency_id AS agency_id, ${ld('returned_at')} AS day,
        ${ROLLUP_COLUMNS.map((c) => (c === 'rated' ? 'count(*)::int' : c === 'rated_unsatisfied' ? `count(*) FILTER (WHERE rating = 'unsatisfied')::int` : '0')).join(', ')}
        FROM dossier_statistics WHERE rating IS NOT NULL AND returned_at IS NOT NULL GROUP BY 1, 2`);
    await db.query(`INSERT INTO ops_rollups (grain, agency_id, day, ${all})
      SELECT 'm', agency_id, date_trunc('month', day)::date, ${ROLLUP_COLUMNS.map((c) => `sum(${c})::int`).join(', ')}
        FROM ops_rollups WHERE grain = 'd' GROUP BY agency_id, date_trunc('month', day)`);
    await db.query(`WITH RECURSIVE ${CLOSURE}
      INSERT INTO ops_pending (agency_id, due_day, count)
      SELECT c.ancestor_id, CASE WHEN status = 'awaiting_supplement' THEN 'infinity'::date ELSE ${ld('due_at')} END, count(*)::int
        FROM dossier_statistics s JOIN closure c ON c.agency_id = s.receiving_agency_id
       WHERE received_at IS NOT NULL AND ((status IN ('received', 'processing') AND due_at IS NOT NULL) OR status = 'awaiting_supplement')
       GROUP BY 1, 2`);
  },
};

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const strip = (row: Record<string, unknown> | null): Partial<Counters> => {
  if (!row) return {};
  const { agency_id: _a, ...rest } = row;
  return rest as Partial<Counters>;
};
