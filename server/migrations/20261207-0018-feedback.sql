-- Citizen feedback (phản ánh kiến nghị, issue 11): categories with their routing and deadline, the
-- administrative areas reports are routed by, reports with photos, answers approved by a leader, history,
-- subscriptions, ratings, and the keys of Open311 GeoReport v2 clients.

CREATE TABLE feedback_categories (
  id             bigserial PRIMARY KEY,
  code           text NOT NULL UNIQUE,
  name           text NOT NULL,
  description    text,
  deadline_days  integer NOT NULL CHECK (deadline_days BETWEEN 1 AND 90),
  -- agency: a fixed agency (a province department) handles it; district / commune: the UBND of the area where the point lies.
  level          text NOT NULL CHECK (level IN ('agency', 'district', 'commune')),
  agency_id      bigint NOT NULL REFERENCES agencies(id),
  active         boolean NOT NULL DEFAULT true,
  position       integer NOT NULL DEFAULT 0,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);

-- One row per polygon of a district or commune; replaced as a whole when the admin loads a new data set.
CREATE TABLE feedback_areas (
  id              bigserial PRIMARY KEY,
  agency_id       bigint NOT NULL REFERENCES agencies(id),
  name            text NOT NULL,
  level           text NOT NULL CHECK (level IN ('district', 'commune')),
  parent_area_id  bigint REFERENCES feedback_areas(id) ON DELETE SET NULL,
  geometry        jsonb NOT NULL,
  -- The bounding box: the SQL prefilter before the exact point-in-polygon test.
  min_lng double precision NOT NULL, min_lat double precision NOT NULL,
  max_lng double precision NOT NULL, max_lat double precision NOT NULL,
  loaded_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feedback_areas_box ON feedback_areas (min_lng, max_lng, min_lat, max_lat);

CREATE TABLE feedback_open311_keys (
  id            bigserial PRIMARY KEY,
  name          text NOT NULL,
  key_hash      text NOT NULL UNIQUE,
  prefix        text NOT NULL,
  created_by    bigint REFERENCES users(id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  revoked_at    timestamptz,
  last_used_at  timestamptz
);

CREATE TABLE feedback_reports (
  id                   bigserial PRIMARY KEY,
  code                 text NOT NULL UNIQUE,
  category_id          bigint NOT NULL REFERENCES feedback_categories(id),
  agency_id            bigint NOT NULL REFERENCES agencies(id),
  status               text NOT NULL CHECK (status IN ('submitted', 'in_progress', 'awaiting_approval', 'answered', 'closed', 'rejected', 'merged')),
  title                text NOT NULL,
  description          text NOT NULL,
  -- What the public reads: the reporter's text until staff hide personal data in it.
  public_title         text NOT NULL,
  public_description   text NOT NULL,
  redacted             boolean NOT NULL DEFAULT false,
  lat                  double precision CHECK (lat BETWEEN -90 AND 90),
  lng                  double precision CHECK (lng BETWEEN -180 AND 180),
  address              text,
  anonymous_to_public  boolean NOT NULL DEFAULT false,
  reporter_user_id     bigint REFERENCES users(id),
  reporter_name        text,
  reporter_email       text,
  reporter_phone       text,
  channels             text[] NOT NULL DEFAULT '{}',
  reporter_key_hash    text,
  source               text NOT NULL DEFAULT 'web' CHECK (source IN ('web', 'open311')),
  open311_key_id       bigint REFERENCES feedback_open311_keys(id),
  open311_token        text UNIQUE,
  assignee_id          bigint REFERENCES users(id),
  due_at               timestamptz NOT NULL,
  escalated_at         timestamptz,
  merged_into_id       bigint REFERENCES feedback_reports(id),
  answered_at          timestamptz,
  closed_at            timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  version              integer NOT NULL DEFAULT 1,
  CHECK ((lat IS NULL) = (lng IS NULL)),
  CHECK (lat IS NOT NULL OR address IS NOT NULL),
  staff_search  tsvector GENERATED ALWAYS AS (to_tsvector('simple', vn_fold(code || ' ' || title || ' ' || description || ' ' || coalesce(address, '')))) STORED,
  public_search tsvector GENERATED ALWAYS AS (to_tsvector('simple', vn_fold(code || ' ' || public_title || ' ' || public_description || ' ' || coalesce(address, '')))) STORED
);
CREATE INDEX feedback_reports_agency ON feedback_reports (agency_id, status, created_at DESC);
CREATE INDEX feedback_reports_reporter ON feedback_reports (reporter_user_id) WHERE reporter_user_id IS NOT NULL;
CREATE INDEX feedback_reports_point ON feedback_reports (lng, lat) WHERE lat IS NOT NULL;
CREATE INDEX feedback_reports_created ON feedback_reports (created_at);
-- The escalation scan reads only what is still open, not yet escalated.
CREATE INDEX feedback_reports_due ON feedback_reports (due_at) WHERE escalated_at IS NULL AND status IN ('submitted', 'in_progress', 'awaiting_approval');
CREATE INDEX feedback_reports_staff_search ON feedback_reports USING gin (staff_search);
CREATE INDEX feedback_reports_public_search ON feedback_reports USING gin (public_search);

CREATE TABLE feedback_photos (
  id          bigserial PRIMARY KEY,
  report_id   bigint NOT NULL REFERENCES feedback_reports(id),
  position    integer NOT NULL,
  sha256      text NOT NULL,
  width       integer NOT NULL,
  height      integer NOT NULL,
  hidden      boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (report_id, position)
);

CREATE TABLE feedback_answers (
  id          bigserial PRIMARY KEY,
  report_id   bigint NOT NULL REFERENCES feedback_reports(id),
  text        text NOT NULL,
  status      text NOT NULL CHECK (status IN ('pending', 'approved', 'returned')),
  drafted_by  bigint REFERENCES users(id),
  drafted_at  timestamptz NOT NULL DEFAULT now(),
  decided_by  bigint REFERENCES users(id),
  decided_at  timestamptz,
  comment     text
);
CREATE INDEX feedback_answers_report ON feedback_answers (report_id, id DESC);
CREATE UNIQUE INDEX feedback_answers_one_pending ON feedback_answers (report_id) WHERE status = 'pending';

CREATE TABLE feedback_history (
  id         bigserial PRIMARY KEY,
  report_id  bigint NOT NULL REFERENCES feedback_reports(id),
  at         timestamptz NOT NULL DEFAULT now(),
  actor_id   bigint REFERENCES users(id),
  action     text NOT NULL,
  -- The note staff read; public_note is what the public timeline may show (never names or contacts).
  note       text,
  public_note text
);
CREATE INDEX feedback_history_report ON feedback_history (report_id, id);

CREATE TABLE feedback_subscriptions (
  id                  bigserial PRIMARY KEY,
  report_id           bigint NOT NULL REFERENCES feedback_reports(id),
  user_id             bigint REFERENCES users(id),
  email               text,
  -- In the link of every email the subscriber gets; random, used once.
  unsubscribe_token   text UNIQUE,
  created_at          timestamptz NOT NULL DEFAULT now(),
  cancelled_at        timestamptz,
  CHECK ((user_id IS NULL) <> (email IS NULL))
);
CREATE UNIQUE INDEX feedback_subscriptions_user ON feedback_subscriptions (report_id, user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX feedback_subscriptions_email ON feedback_subscriptions (report_id, lower(email)) WHERE email IS NOT NULL;

CREATE TABLE feedback_ratings (
  report_id  bigint PRIMARY KEY REFERENCES feedback_reports(id),
  score      integer NOT NULL CHECK (score BETWEEN 1 AND 5),
  comment    text,
  at         timestamptz NOT NULL DEFAULT now()
);

-- Email and SMS the module sends itself, once per key (a retried delivery does not send twice).
CREATE TABLE feedback_messages (
  key        text PRIMARY KEY,
  channel    text NOT NULL CHECK (channel IN ('email', 'sms', 'app_message')),
  recipient  text NOT NULL,
  subject    text,
  body       text NOT NULL,
  report_id  bigint REFERENCES feedback_reports(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at    timestamptz
);
