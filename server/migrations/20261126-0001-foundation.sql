-- Foundation: agencies, accounts, sessions, audit chain, procedure catalog.

-- Folds Vietnamese text to lowercase ASCII ("Cấp bản sao" -> "cap ban sao") for diacritic-insensitive
-- search. A plain translate(): immutable, so usable in generated columns, and independent of the
-- server's locale and of the unaccent extension.
CREATE FUNCTION vn_fold(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT translate(input, 'àÀáÁảẢãÃạẠăĂằẰắẮẳẲẵẴặẶâÂầẦấẤẩẨẫẪậẬèÈéÉẻẺẽẼẹẸêÊềỀếẾểỂễỄệỆìÌíÍỉỈĩĨịỊòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢùÙúÚủỦũŨụỤưƯừỪứỨửỬữỮựỰỳỲýÝỷỶỹỸỵỴđĐABCDEFGHIJKLMNOPQRSTUVWXYZ', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyyddabcdefghijklmnopqrstuvwxyz') $$;

CREATE TABLE agencies (
  id          bigserial PRIMARY KEY,
  parent_id   bigint REFERENCES agencies(id),
  -- Official code (Decision 20/2020/QĐ-TTg), stored as given: classic 000.00.12.H56 or newer H01.151.01.
  code        text NOT NULL UNIQUE CHECK (length(code) BETWEEN 3 AND 35),
  name        text NOT NULL CHECK (length(name) BETWEEN 2 AND 300),
  kind        text NOT NULL CHECK (kind IN ('province', 'department', 'district', 'commune', 'unit')),
  address     text,
  phone       text,
  email       text,
  valid_from  date NOT NULL DEFAULT CURRENT_DATE,
  valid_to    date,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX agencies_parent ON agencies (parent_id);

CREATE TABLE users (
  id               bigserial PRIMARY KEY,
  username         text NOT NULL CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
  password_hash    text NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('citizen', 'business', 'official')),
  full_name        text NOT NULL CHECK (length(full_name) BETWEEN 2 AND 200),
  email            text,
  phone            text,
  -- Citizen identity card (CCCD, 12 digits) or a business's tax code.
  identity_number  text,
  organization     text,
  active           boolean NOT NULL DEFAULT true,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_username ON users (username);

CREATE TABLE user_roles (
  id         bigserial PRIMARY KEY,
  user_id    bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role       text NOT NULL CHECK (role IN ('citizen', 'reception', 'specialist', 'leader', 'clerk', 'admin')),
  -- Every official role is bound to exactly one agency; the applicant role to none.
  agency_id  bigint REFERENCES agencies(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'citizen') = (agency_id IS NULL))
);
CREATE UNIQUE INDEX user_roles_unique ON user_roles (user_id, role, coalesce(agency_id, 0));
CREATE INDEX user_roles_agency ON user_roles (agency_id);

CREATE TABLE sessions (
  -- SHA-256 of the cookie's token: a leaked table does not yield usable sessions.
  token_hash   text PRIMARY KEY,
  user_id      bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  ip           text,
  user_agent   text
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Append-only audit log; each row carries the hash of the previous one (see platform/audit.ts).
CREATE TABLE audit_log (
  id         bigserial PRIMARY KEY,
  at         timestamptz NOT NULL,
  actor_id   bigint,
  agency_id  bigint,
  action     text NOT NULL,
  entity     text NOT NULL,
  entity_id  text,
  data       jsonb NOT NULL DEFAULT '{}',
  prev_hash  text NOT NULL,
  hash       text NOT NULL UNIQUE
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Lĩnh vực: the field a procedure belongs to.
CREATE TABLE procedure_fields (
  code  text PRIMARY KEY,
  name  text NOT NULL
);

CREATE TABLE procedures (
  id               bigserial PRIMARY KEY,
  national_code    text NOT NULL CHECK (national_code ~ '^[0-9]\.[0-9]{6}(\..+)?$'),
  name             text NOT NULL CHECK (length(name) BETWEEN 5 AND 500),
  field_code       text NOT NULL REFERENCES procedure_fields(code),
  level            text NOT NULL CHECK (level IN ('province', 'district', 'commune')),
  agency_id        bigint NOT NULL REFERENCES agencies(id),
  -- [{ "name": ..., "original": n, "copies": n, "note": ... }]
  documents        jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(documents) = 'array'),
  fee_vnd          bigint NOT NULL DEFAULT 0 CHECK (fee_vnd >= 0),
  fee_note         text,
  processing_days  numeric(5,1) NOT NULL CHECK (processing_days > 0),
  -- Decree 42/2022: toàn trình (fully online) or một phần (partly online).
  online_level     text NOT NULL CHECK (online_level IN ('full', 'partial')),
  legal_basis      text NOT NULL DEFAULT '',
  steps            text NOT NULL DEFAULT '',
  result           text NOT NULL DEFAULT '',
  published        boolean NOT NULL DEFAULT true,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  search_vector    tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', vn_fold(name)), 'A') ||
    setweight(to_tsvector('simple', vn_fold(result)), 'C') ||
    setweight(to_tsvector('simple', vn_fold(legal_basis)), 'D')
  ) STORED,
  UNIQUE (national_code, agency_id)
);
CREATE INDEX procedures_search ON procedures USING gin (search_vector);
CREATE INDEX procedures_agency ON procedures (agency_id);
