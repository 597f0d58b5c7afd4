-- The platform as the province's OpenID Connect provider (oidc-provider): the relying parties the
-- province IT admin registers, and the provider's artifacts (sessions, grants, codes, tokens) shared by
-- every node.

CREATE TABLE oidc_clients (
  client_id      text PRIMARY KEY CHECK (client_id ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
  name           text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  -- Registered metadata as oidc-provider reads it (redirect_uris, post_logout_redirect_uris, scope, ...).
  metadata       jsonb NOT NULL,
  client_secret  text NOT NULL,
  active         boolean NOT NULL DEFAULT true,
  created_by     bigint REFERENCES users(id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  secret_rotated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE oidc_payloads (
  kind         text NOT NULL,
  id           text NOT NULL,
  payload      jsonb NOT NULL,
  grant_id     text,
  uid          text,
  user_code    text,
  expires_at   timestamptz,
  consumed_at  timestamptz,
  PRIMARY KEY (kind, id)
);
CREATE INDEX oidc_payloads_grant ON oidc_payloads (grant_id) WHERE grant_id IS NOT NULL;
CREATE INDEX oidc_payloads_uid ON oidc_payloads (uid) WHERE uid IS NOT NULL;
CREATE INDEX oidc_payloads_expiry ON oidc_payloads (expires_at) WHERE expires_at IS NOT NULL;
