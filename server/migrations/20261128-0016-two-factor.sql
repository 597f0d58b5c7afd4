-- Two-factor sign-in (TOTP, RFC 6238) for officials: the enrolled secret, the last time step used (a code
-- is accepted once), recovery codes, the roles that must use it, and sign-ins waiting for their second factor.

ALTER TABLE users
  ADD COLUMN totp_secret text,
  ADD COLUMN totp_pending_secret text,
  ADD COLUMN totp_enabled_at timestamptz,
  ADD COLUMN totp_last_step bigint;

CREATE TABLE user_recovery_codes (
  id         bigserial PRIMARY KEY,
  user_id    bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  -- SHA-256 of a random 10-character code: enough entropy that a fast hash does.
  code_hash  text NOT NULL,
  used_at    timestamptz,
  UNIQUE (user_id, code_hash)
);

-- The province admin requires the second factor per role.
CREATE TABLE role_security (
  role           text PRIMARY KEY CHECK (role IN ('reception', 'specialist', 'leader', 'clerk', 'admin', 'finance')),
  totp_required  boolean NOT NULL DEFAULT false,
  updated_by     bigint REFERENCES users(id),
  updated_at     timestamptz NOT NULL DEFAULT now()
);

-- A password accepted, the code still to come: a short-lived challenge, a few tries.
CREATE TABLE login_challenges (
  token_hash  text PRIMARY KEY,
  user_id     bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  expires_at  timestamptz NOT NULL,
  attempts    integer NOT NULL DEFAULT 0
);

-- A session of an official whose role requires the second factor and who has not enrolled yet: it may
-- only enrol (and sign out).
ALTER TABLE sessions ADD COLUMN restricted boolean NOT NULL DEFAULT false;
