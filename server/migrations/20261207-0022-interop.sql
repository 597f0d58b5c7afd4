-- Interop with national systems (issue 10): sync with the national public-service portal (each dossier
-- status change pushed out in order and once, dossiers submitted there pulled in, the procedure catalog
-- synced by code) and the log of base-registry lookups made by officers.

-- Each status change of a dossier, as heard on the `dossier.status_changed` topic, with the message sent
-- for it. Its event id orders the changes of one dossier: only the oldest unacknowledged change of a
-- dossier is sent (a later one waits), and `idempotency_key` makes a resend harmless.
CREATE TABLE interop_portal_changes (
  event_id         bigint PRIMARY KEY,
  dossier_id       bigint NOT NULL,
  idempotency_key  text NOT NULL UNIQUE,
  action           text NOT NULL,
  from_status      text,
  to_status        text NOT NULL,
  -- The message for the portal (MaHoSo, MaTTHC, TrangThaiHoSo, NgayTiepNhan, ...).
  message          jsonb NOT NULL CHECK (jsonb_typeof(message) = 'object'),
  state            text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'acknowledged')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  -- A node sending the change holds it until then (a node that died lets it go).
  locked_until     timestamptz,
  last_attempt_at  timestamptz,
  last_error       text,
  recorded_at      timestamptz NOT NULL DEFAULT now(),
  acknowledged_at  timestamptz,
  receipt          text,
  CHECK ((state = 'acknowledged') = (acknowledged_at IS NOT NULL))
);
CREATE INDEX interop_portal_changes_queued ON interop_portal_changes (dossier_id, event_id) WHERE state = 'queued';
CREATE INDEX interop_portal_changes_acknowledged ON interop_portal_changes (acknowledged_at) WHERE state = 'acknowledged';

-- Dossiers submitted on the national portal, each taken once by its national code.
CREATE TABLE interop_pulled_dossiers (
  national_code   text PRIMARY KEY CHECK (length(national_code) BETWEEN 1 AND 100),
  seq             bigint NOT NULL,
  procedure_code  text NOT NULL,
  -- The dossier created for it; null when it could not be placed (no such procedure in the province).
  dossier_id      bigint UNIQUE,
  agency_id       bigint,
  outcome         text NOT NULL CHECK (outcome IN ('created', 'unplaced')),
  reason          text,
  pulled_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX interop_pulled_dossiers_time ON interop_pulled_dossiers (pulled_at DESC);

-- Named cursors and leases of the sync: the pull's last sequence, the catalog's schedule.
CREATE TABLE interop_sync_state (
  name        text PRIMARY KEY,
  value       jsonb NOT NULL DEFAULT '{}',
  lease_until timestamptz,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Runs of the catalog sync and their outcome.
CREATE TABLE interop_catalog_runs (
  id           bigserial PRIMARY KEY,
  trigger      text NOT NULL CHECK (trigger IN ('admin', 'schedule', 'command')),
  started_by   bigint,
  started_at   timestamptz NOT NULL DEFAULT now(),
  finished_at  timestamptz,
  status       text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
  added        integer NOT NULL DEFAULT 0,
  updated      integer NOT NULL DEFAULT 0,
  unchanged    integer NOT NULL DEFAULT 0,
  -- [{ code, change: added | updated, fields }] of the run.
  details      jsonb NOT NULL DEFAULT '[]',
  error        text
);
CREATE INDEX interop_catalog_runs_time ON interop_catalog_runs (started_at DESC);

-- Base-registry lookups: who asked, for which dossier, of which registry, and whether it found someone.
-- The answer itself is never kept (it is personal data, shown to the officer once).
CREATE TABLE interop_registry_lookups (
  id          bigserial PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  officer_id  bigint NOT NULL,
  agency_id   bigint NOT NULL,
  dossier_id  bigint,
  registry    text NOT NULL CHECK (registry IN ('population', 'business')),
  -- The number asked about, kept masked (last four characters) so the log shows the case without the identity.
  subject     text NOT NULL,
  outcome     text NOT NULL CHECK (outcome IN ('found', 'not_found', 'error')),
  -- The integration platform's message id, when the call went through its gateway.
  message_id  text
);
CREATE INDEX interop_registry_lookups_time ON interop_registry_lookups (at DESC);
CREATE INDEX interop_registry_lookups_officer ON interop_registry_lookups (officer_id, at DESC);
