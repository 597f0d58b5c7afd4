-- Rate limits counted in PostgreSQL, so that every node of a cluster counts the same requests
-- (platform/rate-limit-store.ts, the store of @fastify/rate-limit). One row per limited route and client:
-- its count and when its window ends; a request after the end starts a new window at that request, as the
-- plugin's own stores do. UNLOGGED: the counts are worth less than a WAL record each, and a crash of the
-- server that empties them only forgives the clients of the moment.
CREATE UNLOGGED TABLE rate_limit_hits (
  route      text        NOT NULL,
  client     text        NOT NULL,
  hits       integer     NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (route, client)
) WITH (fillfactor = 70);
-- fillfactor: room on each page for the updated row, so that counting is a HOT update (expires_at is not indexed).
