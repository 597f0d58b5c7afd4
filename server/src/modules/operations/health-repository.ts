import type { Queryable } from '../../platform/db.js';

/**
 * SQL of the operations page (nodes, replication, the database). Table owned: ops_nodes. The rest reads
 * PostgreSQL's own statistics views. Ages are computed by the database's clock, the same for every node.
 */

/** A node not heard of for this long is shown as down (it heartbeats about every 10 s). */
export const NODE_DOWN_AFTER_SECONDS = 30;
/** Nodes not heard of for a day leave the list. */
export const NODE_FORGOTTEN_AFTER_HOURS = 24;

export type NodeSnapshot = {
  id: string; host: string; pid: number; version: string; runsJobs: boolean; startedAt: Date;
  rssBytes: number; heapUsedBytes: number; heapTotalBytes: number; loopDelayP99Ms: number;
  poolTotal: number; poolIdle: number; poolWaiting: number;
};

export type NodeState = 'up' | 'down' | 'gone';

export const healthRepository = {
  /** One short upsert per heartbeat. */
  async beat(db: Queryable, n: NodeSnapshot): Promise<void> {
    await db.query({
      name: 'ops-node-beat',
      text: `INSERT INTO ops_nodes (id, host, pid, version, runs_jobs, started_at, last_seen_at, rss_bytes, heap_used_bytes, heap_total_bytes,
                                    loop_delay_p99_ms, pool_total, pool_idle, pool_waiting)
             VALUES ($1, $2, $3, $4, $5, $6, now(), $7, $8, $9, $10, $11, $12, $13)
             ON CONFLICT (id) DO UPDATE SET last_seen_at = now(), stopped_at = NULL, rss_bytes = EXCLUDED.rss_bytes,
                    heap_used_bytes = EXCLUDED.heap_used_bytes, heap_total_bytes = EXCLUDED.heap_total_bytes,
                    loop_delay_p99_ms = EXCLUDED.loop_delay_p99_ms, pool_total = EXCLUDED.pool_total,
                    pool_idle = EXCLUDED.pool_idle, pool_waiting = EXCLUDED.pool_waiting`,
      values: [n.id, n.host, n.pid, n.version, n.runsJobs, n.startedAt, n.rssBytes, n.heapUsedBytes, n.heapTotalBytes,
        n.loopDelayP99Ms, n.poolTotal, n.poolIdle, n.poolWaiting],
    });
  },

  async markGone(db: Queryable, id: string): Promise<void> {
    await db.query('UPDATE ops_nodes SET stopped_at = now(), last_seen_at = now(), pool_waiting = 0 WHERE id = $1', [id]);
  },

  async sweep(db: Queryable): Promise<number> {
    const swept = await db.query(`DELETE FROM ops_nodes WHERE last_seen_at < now() - make_interval(hours => $1)`, [NODE_FORGOTTEN_AFTER_HOURS]);
    return swept.rowCount ?? 0;
  },

  /** Nodes heard of in the last day: running ones first, then the most recently seen. */
  async nodes(db: Queryable) {
    return (await db.query<NodeSnapshot & { state: NodeState; lastSeenAt: Date; lastSeenSeconds: number; stoppedAt: Date | null }>({
      name: 'ops-nodes',
      text: `SELECT id, host, pid, version, runs_jobs AS "runsJobs", started_at AS "startedAt", last_seen_at AS "lastSeenAt",
                    stopped_at AS "stoppedAt", extract(epoch FROM now() - last_seen_at)::float8 AS "lastSeenSeconds",
                    CASE WHEN stopped_at IS NOT NULL THEN 'gone' WHEN last_seen_at < now() - make_interval(secs => $1) THEN 'down' ELSE 'up' END AS state,
                    rss_bytes AS "rssBytes", heap_used_bytes AS "heapUsedBytes", heap_total_bytes AS "heapTotalBytes",
                    loop_delay_p99_ms AS "loopDelayP99Ms", pool_total AS "poolTotal", pool_idle AS "poolIdle", pool_waiting AS "poolWaiting"
               FROM ops_nodes WHERE last_seen_at >= now() - make_interval(hours => $2)
              ORDER BY stopped_at IS NOT NULL, last_seen_at < now() - make_interval(secs => $1), started_at DESC, id`,
      values: [NODE_DOWN_AFTER_SECONDS, NODE_FORGOTTEN_AFTER_HOURS],
    })).rows;
  },

  /**
   * Streaming replicas attached to this database (pg_stat_replication on the primary). Without the
   * pg_read_all_stats role the lag columns read as null. On a standby the list is its own cascade.
   */
  async replication(db: Queryable) {
    const role = (await db.query<{ inRecovery: boolean }>('SELECT pg_is_in_recovery() AS "inRecovery"')).rows[0]!.inRecovery;
    const replicas = (await db.query<{
      clientAddress: string | null; applicationName: string; state: string | null; syncState: string | null;
      writeLagSeconds: number | null; flushLagSeconds: number | null; replayLagSeconds: number | null; bytesBehind: number | null;
    }>({
      name: 'ops-replication',
      text: `SELECT host(client_addr) AS "clientAddress", application_name AS "applicationName", state, sync_state AS "syncState",
                    extract(epoch FROM write_lag)::float8 AS "writeLagSeconds", extract(epoch FROM flush_lag)::float8 AS "flushLagSeconds",
                    extract(epoch FROM replay_lag)::float8 AS "replayLagSeconds",
                    CASE WHEN NOT pg_is_in_recovery() THEN pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::float8 END AS "bytesBehind"
               FROM pg_stat_replication ORDER BY application_name, client_addr`,
    })).rows;
    return { role: role ? 'replica' as const : 'primary' as const, replicas };
  },

  /** The database's size, its connections against the server's limit, and the oldest open transaction (who, not what). */
  async database(db: Queryable) {
    const found = await db.query<{
      name: string; sizeBytes: number; connections: number; maxConnections: number; serverVersion: string;
      oldestTransactionSeconds: number | null; oldestTransactionState: string | null; oldestTransactionApplication: string | null;
    }>({
      name: 'ops-database',
      text: `SELECT current_database() AS name, pg_database_size(current_database())::float8 AS "sizeBytes",
                    (SELECT count(*)::int FROM pg_stat_activity WHERE backend_type = 'client backend') AS connections,
                    current_setting('max_connections')::int AS "maxConnections", current_setting('server_version') AS "serverVersion",
                    x.age AS "oldestTransactionSeconds", x.state AS "oldestTransactionState", x.application AS "oldestTransactionApplication"
               FROM (SELECT 1) one
               LEFT JOIN LATERAL (
                 SELECT extract(epoch FROM now() - xact_start)::float8 AS age, state, nullif(application_name, '') AS application
                   FROM pg_stat_activity
                  WHERE xact_start IS NOT NULL AND pid <> pg_backend_pid() AND backend_type = 'client backend'
                  ORDER BY xact_start LIMIT 1) x ON true`,
    });
    return found.rows[0]!;
  },
};
