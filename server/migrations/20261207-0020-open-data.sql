-- Open data (issue 11): data sets published as CSV and JSON snapshots, rebuilt on a schedule.

-- One row per data set: its schedule and the outcome of its last build. A node builds a data set only
-- while it holds this row's lock (FOR UPDATE SKIP LOCKED), so several nodes build each snapshot once.
CREATE TABLE open_data_builds (
  dataset          text PRIMARY KEY,
  created_at       timestamptz NOT NULL DEFAULT now(),
  next_due_at      timestamptz NOT NULL DEFAULT now(),
  last_attempt_at  timestamptz,
  last_success_at  timestamptz,
  -- The last build's failure, cleared by the next success.
  last_error       text,
  last_error_at    timestamptz,
  build_count      integer NOT NULL DEFAULT 0
);

-- The published files. `modified_at` moves only when the bytes change (ETag and Last-Modified stay
-- stable while the data does).
CREATE TABLE open_data_snapshots (
  dataset      text NOT NULL REFERENCES open_data_builds(dataset) ON DELETE CASCADE,
  format       text NOT NULL CHECK (format IN ('csv', 'json')),
  content      bytea NOT NULL,
  size         integer NOT NULL,
  row_count    integer NOT NULL,
  sha256       text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  modified_at  timestamptz NOT NULL,
  PRIMARY KEY (dataset, format)
);
