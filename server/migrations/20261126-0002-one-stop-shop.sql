-- The electronic one-stop shop: working calendar, workflow templates, dossiers, files, outbox.

-- Opening hours per agency ([{"start":"07:00","end":"11:30"}, …]); null means the default hours.
ALTER TABLE agencies ADD COLUMN working_hours jsonb CHECK (working_hours IS NULL OR jsonb_typeof(working_hours) = 'array');

-- Days off and make-up working days declared by an admin, on top of the public holidays.
CREATE TABLE calendar_days (
  id          bigserial PRIMARY KEY,
  day         date NOT NULL UNIQUE,
  kind        text NOT NULL CHECK (kind IN ('day_off', 'working_day')),
  note        text NOT NULL CHECK (length(note) BETWEEN 2 AND 300),
  created_by  bigint REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- The e-form of a procedure: [{ "name", "label", "type": "text"|"textarea"|"date"|"number", "required" }].
ALTER TABLE procedures ADD COLUMN form_fields jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(form_fields) = 'array');

-- Workflow template: ordered steps, each with a role, an agency (null: the receiving agency) and a share
-- of the processing time in percent.
CREATE TABLE procedure_steps (
  id            bigserial PRIMARY KEY,
  procedure_id  bigint NOT NULL REFERENCES procedures(id) ON DELETE CASCADE,
  position      int NOT NULL CHECK (position >= 1),
  name          text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  role          text NOT NULL CHECK (role IN ('specialist', 'leader')),
  agency_id     bigint REFERENCES agencies(id),
  time_share    numeric(5,2) NOT NULL CHECK (time_share > 0 AND time_share <= 100),
  UNIQUE (procedure_id, position)
);

-- Daily sequence of dossier codes per receiving agency; the row lock serialises issuing.
CREATE TABLE dossier_sequences (
  agency_id   bigint NOT NULL REFERENCES agencies(id),
  day         date NOT NULL,
  last_value  int NOT NULL,
  PRIMARY KEY (agency_id, day)
);

CREATE TABLE files (
  sha256        text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size          bigint NOT NULL CHECK (size >= 0),
  content_type  text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE dossiers (
  id                    bigserial PRIMARY KEY,
  -- Issued once at reception: {agency code}-{yyMMdd}-{NNNN}.
  code                  text UNIQUE,
  procedure_id          bigint NOT NULL REFERENCES procedures(id),
  receiving_agency_id   bigint NOT NULL REFERENCES agencies(id),
  current_agency_id     bigint NOT NULL REFERENCES agencies(id),
  applicant_id          bigint REFERENCES users(id),
  -- { fullName, identityNumber, address, phone, email, kind }: personal data, never in public lookups.
  applicant             jsonb NOT NULL,
  form_data             jsonb NOT NULL DEFAULT '{}',
  channel               text NOT NULL CHECK (channel IN ('online', 'counter', 'post')),
  status                text NOT NULL CHECK (status IN ('draft', 'submitted', 'received', 'rejected', 'processing',
                          'awaiting_supplement', 'awaiting_payment', 'withdrawn', 'stopped', 'result_ready', 'returned')),
  outcome               text CHECK (outcome IN ('approved', 'refused')),
  current_step          int,
  step_started_at       timestamptz,
  step_due_at           timestamptz,
  submitted_at          timestamptz,
  received_at           timestamptz,
  received_by           bigint REFERENCES users(id),
  -- Working hours allowed in all, and the due instant (moved later by supplement pauses).
  processing_hours      numeric(8,2),
  due_at                timestamptz,
  -- Form 04: the new date promised in the apology-and-extension letter.
  extended_due_at       timestamptz,
  -- While awaiting a supplement: when the clock stopped, and the working hours it had left.
  paused_at             timestamptz,
  remaining_hours       numeric(8,2),
  status_before_pause   text,
  supplement_count      int NOT NULL DEFAULT 0,
  resolved_at           timestamptz,
  returned_at           timestamptz,
  closed_reason         text,
  rating                text CHECK (rating IN ('very_satisfied', 'satisfied', 'unsatisfied')),
  rating_comment        text,
  rated_at              timestamptz,
  overdue_notified_at   timestamptz,
  warned_at             timestamptz,
  version               int NOT NULL DEFAULT 1,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossiers_queue ON dossiers (current_agency_id, status, current_step);
CREATE INDEX dossiers_applicant ON dossiers (applicant_id, created_at DESC);
CREATE INDEX dossiers_open_due ON dossiers (due_at) WHERE status IN ('received', 'processing');
CREATE INDEX dossiers_received_at ON dossiers (receiving_agency_id, received_at);

-- Agencies that may read a dossier: the receiving agency and every agency it was transferred to.
CREATE TABLE dossier_agencies (
  dossier_id  bigint NOT NULL REFERENCES dossiers(id),
  agency_id   bigint NOT NULL REFERENCES agencies(id),
  PRIMARY KEY (dossier_id, agency_id)
);
CREATE INDEX dossier_agencies_agency ON dossier_agencies (agency_id);

CREATE TABLE dossier_files (
  id             bigserial PRIMARY KEY,
  dossier_id     bigint NOT NULL REFERENCES dossiers(id),
  kind           text NOT NULL CHECK (kind IN ('submission', 'supplement', 'result', 'slip')),
  -- The required document it answers (submission, supplement) or the form number of a slip.
  label          text NOT NULL,
  sha256         text NOT NULL REFERENCES files(sha256),
  file_name      text NOT NULL,
  content_type   text NOT NULL,
  size           bigint NOT NULL,
  uploaded_by    bigint REFERENCES users(id),
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossier_files_dossier ON dossier_files (dossier_id);

-- The processing history (form 06 is printed from it).
CREATE TABLE dossier_events (
  id           bigserial PRIMARY KEY,
  dossier_id   bigint NOT NULL REFERENCES dossiers(id),
  at           timestamptz NOT NULL DEFAULT now(),
  actor_id     bigint REFERENCES users(id),
  agency_id    bigint REFERENCES agencies(id),
  action       text NOT NULL,
  from_status  text,
  to_status    text NOT NULL,
  step         int,
  note         text,
  data         jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX dossier_events_dossier ON dossier_events (dossier_id, id);

-- Transactional outbox: written with the change, delivered by the jobs (notifications, sync).
CREATE TABLE outbox (
  id            bigserial PRIMARY KEY,
  topic         text NOT NULL,
  payload       jsonb NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  delivered_at  timestamptz,
  attempts      int NOT NULL DEFAULT 0,
  last_error    text
);
CREATE INDEX outbox_pending ON outbox (id) WHERE delivered_at IS NULL;

-- In-app notifications for applicants and officials.
CREATE TABLE notifications (
  id          bigserial PRIMARY KEY,
  user_id     bigint NOT NULL REFERENCES users(id),
  dossier_id  bigint REFERENCES dossiers(id),
  title       text NOT NULL,
  body        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  read_at     timestamptz
);
CREATE INDEX notifications_user ON notifications (user_id, created_at DESC);

-- Every existing procedure starts with the default template: the receiving agency's specialist, then its leader.
INSERT INTO procedure_steps (procedure_id, position, name, role, agency_id, time_share)
SELECT p.id, s.position, s.name, s.role, NULL, s.time_share
  FROM procedures p
 CROSS JOIN (VALUES (1, 'Thụ lý, thẩm định hồ sơ', 'specialist', 70), (2, 'Phê duyệt kết quả', 'leader', 30)) AS s(position, name, role, time_share);
