-- The operations center (issue 12): rollups of the one-stop figures per agency and day (and month), kept
-- current in the unit of work of each dossier transition, and the maturity scoring of agencies.

-- Published by the dossiers module: what statistics may read of a dossier (no personal data but the
-- applicant's name, shown in drill-down lists to officials of the agency). `payment_channel`: how its fee
-- was paid (the last payment recorded); `digitised`: it had an electronic file when it was received.
CREATE VIEW dossier_statistics AS
SELECT d.id, d.code, d.tracking_code, d.procedure_name, d.receiving_agency_id, d.current_agency_id, d.channel, d.status,
       d.outcome, d.received_at, d.due_at, d.resolved_at, d.returned_at, d.supplement_count, d.payment_status, d.paid_at,
       CASE WHEN d.payment_status = 'paid' THEN coalesce((
         SELECT e.data->>'channel' FROM dossier_events e
          WHERE e.dossier_id = d.id AND e.action = 'record_payment' AND NOT coalesce((e.data->>'surplus')::boolean, false)
          ORDER BY e.id DESC LIMIT 1), 'counter') END AS payment_channel,
       d.rating, d.applicant->>'fullName' AS applicant_name,
       d.received_at IS NOT NULL AND EXISTS (
         SELECT 1 FROM dossier_files f WHERE f.dossier_id = d.id AND f.kind = 'submission' AND f.sha256 IS NOT NULL AND f.created_at <= d.received_at) AS digitised
  FROM dossiers d;

-- grain 'd': one row per agency and local day; grain 'm': per agency and month (day = the month's first).
-- A dossier counts for the agency that received it (the one-stop register), liên thông included.
CREATE TABLE ops_rollups (
  grain                     char(1) NOT NULL CHECK (grain IN ('d', 'm')),
  agency_id                 bigint NOT NULL,
  day                       date NOT NULL,
  received                  int NOT NULL DEFAULT 0,  -- by reception day
  received_online           int NOT NULL DEFAULT 0,
  received_direct           int NOT NULL DEFAULT 0,
  counted                   int NOT NULL DEFAULT 0,  -- received and not withdrawn or stopped (for "carried over")
  digitised                 int NOT NULL DEFAULT 0,  -- received with an electronic file
  supplemented              int NOT NULL DEFAULT 0,  -- received, with at least one supplement request
  resolved_early            int NOT NULL DEFAULT 0,  -- by resolution day
  resolved_on_time          int NOT NULL DEFAULT 0,
  resolved_late             int NOT NULL DEFAULT 0,
  resolved_multi_supplement int NOT NULL DEFAULT 0,  -- resolved in time but with more than one supplement request (late for Decision 766)
  paid                      int NOT NULL DEFAULT 0,  -- by payment day
  paid_online               int NOT NULL DEFAULT 0,
  rated                     int NOT NULL DEFAULT 0,  -- by return day
  rated_unsatisfied         int NOT NULL DEFAULT 0,
  PRIMARY KEY (grain, agency_id, day)
);

-- Dossiers being processed now, per agency and local due day; awaiting a supplement (clock stopped): 'infinity'.
CREATE TABLE ops_pending (
  agency_id bigint NOT NULL,
  due_day   date NOT NULL,
  count     int NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_id, due_day)
);

-- Every node's dashboards hear which agency's figures changed, at commit.
CREATE FUNCTION ops_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('ops_changed', NEW.agency_id::text);
  RETURN NULL;
END $$;
CREATE TRIGGER ops_rollups_announce AFTER INSERT OR UPDATE ON ops_rollups FOR EACH ROW WHEN (NEW.grain = 'd') EXECUTE FUNCTION ops_announce();
CREATE TRIGGER ops_pending_announce AFTER INSERT OR UPDATE ON ops_pending FOR EACH ROW EXECUTE FUNCTION ops_announce();

-- Maturity scoring of e-government (the province IT admin's criteria; districts and communes assess
-- themselves with evidence; the province reviews and publishes scores and a ranking).
CREATE TABLE ops_maturity_sets (
  id          bigserial PRIMARY KEY,
  name        text NOT NULL,
  created_by  bigint,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE ops_maturity_criteria (
  id          bigserial PRIMARY KEY,
  set_id      bigint NOT NULL REFERENCES ops_maturity_sets(id),
  position    int NOT NULL,
  group_name  text NOT NULL,
  name        text NOT NULL,
  max_points  numeric(6,2) NOT NULL CHECK (max_points > 0),
  -- 'self': self-assessed with evidence; otherwise computed from the platform's own figures.
  measure     text NOT NULL CHECK (measure IN ('self', 'online_share', 'on_time_rate', 'digitised_share', 'paid_online_share', 'documents_signed_share')),
  UNIQUE (set_id, position)
);
CREATE TABLE ops_maturity_periods (
  id            bigserial PRIMARY KEY,
  set_id        bigint NOT NULL REFERENCES ops_maturity_sets(id),
  name          text NOT NULL,
  from_day      date NOT NULL,
  to_day        date NOT NULL CHECK (to_day >= from_day),
  status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'published')),
  published_at  timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE ops_maturity_scores (
  period_id        bigint NOT NULL REFERENCES ops_maturity_periods(id),
  agency_id        bigint NOT NULL,
  criterion_id     bigint NOT NULL REFERENCES ops_maturity_criteria(id),
  self_points      numeric(6,2),
  self_note        text,
  evidence_sha256  text,
  evidence_name    text,
  evidence_type    text,
  reviewed_points  numeric(6,2),
  review_comment   text,
  -- Computed criteria, frozen at publication.
  computed_points  numeric(6,2),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (period_id, agency_id, criterion_id)
);
