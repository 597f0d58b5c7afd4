-- Citizens signing in with the national e-ID (VNeID) through OpenID Connect: the account is linked to
-- the e-ID subject (the personal identification number) and marked verified.

ALTER TABLE users
  ADD COLUMN eid_subject text UNIQUE,
  ADD COLUMN eid_verified_at timestamptz;

-- A sign-in sent to the e-ID provider: its state, PKCE verifier and nonce, until it comes back.
CREATE TABLE eid_requests (
  state       text PRIMARY KEY,
  verifier    text NOT NULL,
  nonce       text NOT NULL,
  return_to   text,
  expires_at  timestamptz NOT NULL
);

-- An e-ID identity whose number already has a password account: linked once the citizen proves that one too.
CREATE TABLE eid_links (
  token_hash  text PRIMARY KEY,
  user_id     bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  subject     text NOT NULL,
  expires_at  timestamptz NOT NULL
);
