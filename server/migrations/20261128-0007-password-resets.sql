-- Password reset by email: a token sent to the account's address, stored hashed, valid 30 minutes, once.
-- One row per delivery of the request (a retried delivery replaces its token: the newest mail works).
CREATE TABLE password_resets (
  id           bigserial PRIMARY KEY,
  user_id      bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash   text NOT NULL UNIQUE,
  request_key  text NOT NULL UNIQUE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  used_at      timestamptz
);
CREATE INDEX password_resets_user ON password_resets (user_id);
