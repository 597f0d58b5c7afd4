-- The integration platform (LGSP, issue 10): member systems, published services, grants, tokens and the
-- hash-chained, signed message log (see server/src/modules/integration/).

-- Member systems, named as X-Road names them: instance / member class / member code / subsystem.
CREATE TABLE lgsp_members (
  id bigserial PRIMARY KEY,
  identifier text NOT NULL UNIQUE,
  instance text NOT NULL,
  member_class text NOT NULL,
  member_code text NOT NULL,
  subsystem text NOT NULL,
  name text NOT NULL,
  agency_id bigint NOT NULL,
  state text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'suspended')),
  client_id text NOT NULL UNIQUE,
  -- sha256 of the client secret (a 256-bit random value: a slow hash would add nothing).
  secret_hash text NOT NULL,
  secret_rotated_at timestamptz NOT NULL DEFAULT now(),
  -- Mutual TLS: the member's certificate (issued by the demo CA or the province's), pinned by its SHA-256 fingerprint.
  certificate text,
  certificate_fingerprint text,
  created_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL DEFAULT 1
);

-- Published services: an upstream, its OpenAPI description and what the log keeps of its bodies.
CREATE TABLE lgsp_services (
  id bigserial PRIMARY KEY,
  code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text NOT NULL,
  agency_id bigint NOT NULL,
  provider_member_id bigint REFERENCES lgsp_members (id),
  upstream_url text NOT NULL,
  openapi jsonb,
  -- [{ id, method, path }] read from the OpenAPI description.
  operations jsonb NOT NULL DEFAULT '[]',
  retention text NOT NULL DEFAULT 'metadata' CHECK (retention IN ('full', 'metadata')),
  timeout_ms int NOT NULL DEFAULT 10000 CHECK (timeout_ms BETWEEN 100 AND 120000),
  state text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'disabled')),
  created_at timestamptz NOT NULL DEFAULT now(),
  version int NOT NULL DEFAULT 1
);

-- A member's right to call a service (operation NULL) or one of its operations.
CREATE TABLE lgsp_grants (
  id bigserial PRIMARY KEY,
  member_id bigint NOT NULL REFERENCES lgsp_members (id),
  service_id bigint NOT NULL REFERENCES lgsp_services (id),
  operation text,
  granted_at timestamptz NOT NULL DEFAULT now(),
  granted_by bigint,
  revoked_at timestamptz,
  revoked_by bigint
);
CREATE UNIQUE INDEX lgsp_grants_active ON lgsp_grants (member_id, service_id, coalesce(operation, '')) WHERE revoked_at IS NULL;

-- Opaque access tokens, kept as their sha256 only.
CREATE TABLE lgsp_tokens (
  token_hash text PRIMARY KEY,
  member_id bigint NOT NULL REFERENCES lgsp_members (id),
  issued_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX lgsp_tokens_expiry ON lgsp_tokens (expires_at);

-- Bumped by every change of members, services and grants: each node reloads its copy when it moves.
CREATE TABLE lgsp_registry_state (generation bigint NOT NULL);
INSERT INTO lgsp_registry_state VALUES (1);
CREATE FUNCTION lgsp_bump_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE lgsp_registry_state SET generation = generation + 1;
  RETURN NULL;
END $$;
CREATE TRIGGER lgsp_members_generation AFTER INSERT OR UPDATE OR DELETE ON lgsp_members FOR EACH STATEMENT EXECUTE FUNCTION lgsp_bump_generation();
CREATE TRIGGER lgsp_services_generation AFTER INSERT OR UPDATE OR DELETE ON lgsp_services FOR EACH STATEMENT EXECUTE FUNCTION lgsp_bump_generation();
CREATE TRIGGER lgsp_grants_generation AFTER INSERT OR UPDATE OR DELETE ON lgsp_grants FOR EACH STATEMENT EXECUTE FUNCTION lgsp_bump_generation();

-- The message log: written after each exchange without a lock, chained by the sealer (seq, prev_hash, hash).
CREATE TABLE lgsp_messages (
  id bigserial PRIMARY KEY,
  message_id uuid NOT NULL UNIQUE,
  consumer_member_id bigint,
  consumer text NOT NULL,
  provider text,
  service_code text NOT NULL,
  operation text,
  method text NOT NULL,
  path text NOT NULL,
  query text NOT NULL DEFAULT '',
  status int NOT NULL,
  error_code text,
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL,
  latency_ms double precision NOT NULL,
  request_hash text NOT NULL,
  response_hash text NOT NULL,
  request_size bigint NOT NULL,
  response_size bigint NOT NULL,
  retention text NOT NULL CHECK (retention IN ('full', 'metadata')),
  request_content_type text,
  response_content_type text,
  request_body bytea,
  response_body bytea,
  -- Why a full-retention body is not kept (too large), or null.
  body_note text,
  context jsonb NOT NULL DEFAULT '{}',
  archived_at timestamptz,
  seq bigint UNIQUE,
  prev_hash text,
  hash text
);
CREATE INDEX lgsp_messages_unsealed ON lgsp_messages (id) WHERE hash IS NULL;
CREATE INDEX lgsp_messages_traffic ON lgsp_messages (service_code, started_at);
CREATE INDEX lgsp_messages_bodies ON lgsp_messages (started_at) WHERE archived_at IS NULL AND (request_body IS NOT NULL OR response_body IS NOT NULL);

-- Bodies moved out of the hot table by the archival job; their hashes stay in lgsp_messages.
CREATE TABLE lgsp_message_archive (
  message_id uuid PRIMARY KEY,
  request_body bytea,
  response_body bytea,
  archived_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE lgsp_chain_head (seq bigint NOT NULL, hash text NOT NULL, sealed_at timestamptz);
INSERT INTO lgsp_chain_head VALUES (0, repeat('0', 64), NULL);

-- Signed chain heads; `timestamp_token` is an RFC 3161 token over the signature when a TSA is configured.
CREATE TABLE lgsp_checkpoints (
  id bigserial PRIMARY KEY,
  seq bigint NOT NULL,
  hash text NOT NULL,
  at timestamptz NOT NULL,
  signature text NOT NULL,
  certificate text NOT NULL,
  timestamp_token bytea,
  timestamp_note text NOT NULL
);
CREATE INDEX lgsp_checkpoints_seq ON lgsp_checkpoints (seq);

-- Sealed entries are immutable except for moving their bodies to the archive; entries are never deleted.
CREATE FUNCTION lgsp_messages_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'lgsp_messages: entries of the message log are never deleted';
  END IF;
  IF OLD.hash IS NULL AND NEW.hash IS NOT NULL
     AND (NEW.message_id, NEW.consumer, NEW.service_code, NEW.status, NEW.request_hash, NEW.response_hash, NEW.started_at)
         IS NOT DISTINCT FROM (OLD.message_id, OLD.consumer, OLD.service_code, OLD.status, OLD.request_hash, OLD.response_hash, OLD.started_at) THEN
    RETURN NEW;
  END IF;
  IF OLD.archived_at IS NULL AND NEW.archived_at IS NOT NULL AND NEW.request_body IS NULL AND NEW.response_body IS NULL
     AND (NEW.seq, NEW.hash, NEW.prev_hash, NEW.status, NEW.request_hash, NEW.response_hash) IS NOT DISTINCT FROM (OLD.seq, OLD.hash, OLD.prev_hash, OLD.status, OLD.request_hash, OLD.response_hash) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'lgsp_messages: entries of the message log are not changed';
END $$;
CREATE TRIGGER lgsp_messages_immutable BEFORE UPDATE OR DELETE ON lgsp_messages FOR EACH ROW EXECUTE FUNCTION lgsp_messages_guard();
