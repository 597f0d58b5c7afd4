-- Events with per-subscriber deliveries (retries, backoff, dead letters), and module boundaries:
-- a dossier keeps what it needs of other modules' records as it was at the time (snapshots), and
-- identity publishes a view of agency names for the others to read.

-- The transactional outbox becomes the event log; each subscriber gets a delivery of its own.
ALTER TABLE outbox RENAME TO events;
ALTER INDEX outbox_pending RENAME TO events_undelivered;
DROP INDEX events_undelivered;
ALTER TABLE events RENAME CONSTRAINT outbox_pkey TO events_pkey;

CREATE TABLE job_deliveries (
  id               bigserial PRIMARY KEY,
  event_id         bigint NOT NULL REFERENCES events(id),
  subscriber       text NOT NULL,
  state            text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'dead')),
  attempts         int NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  -- A running delivery whose node died is taken again once this passes.
  locked_until     timestamptz,
  last_error       text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  finished_at      timestamptz,
  UNIQUE (event_id, subscriber)
);
CREATE INDEX job_deliveries_due ON job_deliveries (next_attempt_at) WHERE state = 'pending';
CREATE INDEX job_deliveries_running ON job_deliveries (locked_until) WHERE state = 'running';
CREATE INDEX job_deliveries_dead ON job_deliveries (id) WHERE state = 'dead';

-- Messages the old relay had not delivered yet go to the subscribers that now handle their topics.
INSERT INTO job_deliveries (event_id, subscriber)
SELECT id, 'notify.dossier-status' FROM events WHERE delivered_at IS NULL AND topic = 'dossier.status_changed'
UNION ALL
SELECT id, 'notify.deadline' FROM events WHERE delivered_at IS NULL AND topic IN ('dossier.overdue', 'dossier.due_soon');
ALTER TABLE events DROP COLUMN delivered_at, DROP COLUMN attempts, DROP COLUMN last_error;

-- Notifications are written once per delivery, whatever the retries.
ALTER TABLE notifications ADD COLUMN idempotency_key text;
CREATE UNIQUE INDEX notifications_idempotency ON notifications (idempotency_key, user_id);

-- Identity's public view of agencies, for other modules' lists and lookups.
CREATE VIEW agency_directory AS
SELECT a.id, a.code, a.name, a.parent_id, p.name AS parent_name, a.working_hours FROM agencies a LEFT JOIN agencies p ON p.id = a.parent_id;

-- Snapshots: the procedure's name and the workflow step as the dossier met them.
ALTER TABLE dossiers ADD COLUMN procedure_name text, ADD COLUMN step_name text,
  ADD COLUMN step_role text CHECK (step_role IN ('specialist', 'leader'));
UPDATE dossiers d SET procedure_name = p.name FROM procedures p WHERE p.id = d.procedure_id;
UPDATE dossiers d SET step_name = s.name, step_role = s.role
  FROM procedure_steps s WHERE s.procedure_id = d.procedure_id AND s.position = d.current_step;
ALTER TABLE dossiers ALTER COLUMN procedure_name SET NOT NULL;
CREATE INDEX dossiers_step_queue ON dossiers (current_agency_id, step_role) WHERE status = 'processing';

-- Who acted, as named at the time.
ALTER TABLE dossier_events ADD COLUMN actor_name text;
UPDATE dossier_events e SET actor_name = u.full_name FROM users u WHERE u.id = e.actor_id;

-- Forms are rendered and signed after the transaction that asks for them: the row exists at once,
-- its content once the job has run.
ALTER TABLE dossier_files ALTER COLUMN sha256 DROP NOT NULL, ALTER COLUMN size DROP NOT NULL;
