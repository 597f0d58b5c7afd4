-- The operations page of the province IT admins (issue 14): every server process (node) says it is alive
-- about every 10 s with a snapshot of its health (operations module, nodes.ts); a node not heard of for 30 s
-- is shown as down, one that stopped cleanly as gone; rows not heard of for a day are swept.
CREATE TABLE ops_nodes (
  id                 text PRIMARY KEY,            -- hostname-pid-random: a restarted process is a new node
  host               text NOT NULL,
  pid                int NOT NULL,
  version            text NOT NULL,
  runs_jobs          boolean NOT NULL,            -- JOBS on: background work runs here
  started_at         timestamptz NOT NULL,
  last_seen_at       timestamptz NOT NULL DEFAULT now(),  -- the database's clock, the same for every node
  stopped_at         timestamptz,                 -- set on a clean shutdown
  rss_bytes          bigint NOT NULL,
  heap_used_bytes    bigint NOT NULL,
  heap_total_bytes   bigint NOT NULL,
  loop_delay_p99_ms  double precision NOT NULL,   -- event-loop delay since the previous heartbeat
  pool_total         int NOT NULL,                -- the node's database connections: open, idle, clients waiting for one
  pool_idle          int NOT NULL,
  pool_waiting       int NOT NULL
);
CREATE INDEX ops_nodes_last_seen ON ops_nodes (last_seen_at);

-- An administrator may give up on a dead delivery (its handler's effect is no longer wanted): it leaves the
-- dead letters but stays on record, so that the delivery is never made again.
ALTER TABLE job_deliveries DROP CONSTRAINT job_deliveries_state_check;
ALTER TABLE job_deliveries ADD CONSTRAINT job_deliveries_state_check CHECK (state IN ('pending', 'running', 'done', 'dead', 'discarded'));
-- Deliveries finished in the last hour, per subscriber, for the queue figures.
CREATE INDEX job_deliveries_finished ON job_deliveries (finished_at) WHERE state = 'done';
