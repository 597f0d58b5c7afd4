-- Every transition of the province adds to the same rollup rows (its agency's day and month, and every
-- agency above it up to the province), so concurrent transitions queued on those rows' locks until
-- commit. Each row is now split into shards, one per database connection (pg_backend_pid() % 16): two
-- transitions wait for each other only when their connections share a shard. Readers sum the shards.
ALTER TABLE ops_rollups ADD COLUMN shard smallint NOT NULL DEFAULT 0;
ALTER TABLE ops_rollups DROP CONSTRAINT ops_rollups_pkey, ADD PRIMARY KEY (grain, agency_id, day, shard);
ALTER TABLE ops_pending ADD COLUMN shard smallint NOT NULL DEFAULT 0;
ALTER TABLE ops_pending DROP CONSTRAINT ops_pending_pkey, ADD PRIMARY KEY (agency_id, due_day, shard);

-- A NOTIFY serialises the commits of every transaction that sends one (PostgreSQL holds a database-wide lock
-- from the notification's queueing to the end of the commit), and each transition sent one. Changes are now
-- appended to ops_changes, which each node's live dashboards read every second. Unlogged: a crash loses
-- only hints to refresh, and the table is written without WAL.
DROP TRIGGER ops_rollups_announce ON ops_rollups;
DROP TRIGGER ops_pending_announce ON ops_pending;
DROP FUNCTION ops_announce();
CREATE UNLOGGED TABLE ops_changes (
  id        bigserial PRIMARY KEY,
  agency_id bigint,  -- null: every agency's (the rollups were rebuilt)
  at        timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX ops_changes_at ON ops_changes (at);
