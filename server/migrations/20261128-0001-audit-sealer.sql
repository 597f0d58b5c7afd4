-- Audit rows leave the business transaction's hot path: they are inserted without a lock and without
-- hashes, and a sealer chains the committed ones shortly after commit (see platform/audit.ts), as
-- X-Road batches its message log. Signed checkpoints of the chain head make a rewrite of the whole
-- chain detectable by anyone who lacks the platform's private key, a database superuser included.

-- The old triggers refuse every UPDATE; they are replaced below by ones that allow sealing.
DROP TRIGGER audit_log_no_update ON audit_log;

ALTER TABLE audit_log
  ADD COLUMN seq bigint,
  ALTER COLUMN prev_hash DROP NOT NULL,
  ALTER COLUMN hash DROP NOT NULL,
  -- Replaced by a partial index: unsealed rows (hash NULL) then cost no entry in it.
  DROP CONSTRAINT audit_log_hash_key;

-- Rows written before this migration were chained in id order under the old lock: their chain position
-- is their rank by id, and their hashes (the v1 format, without seq and id) stay as they are.
UPDATE audit_log AS a SET seq = r.seq
  FROM (SELECT id, row_number() OVER (ORDER BY id) AS seq FROM audit_log) AS r
 WHERE a.id = r.id;

ALTER TABLE audit_log ADD CONSTRAINT audit_log_sealed_whole
  CHECK ((seq IS NULL) = (hash IS NULL) AND (hash IS NULL) = (prev_hash IS NULL));

-- One chain: one row per position, one successor per row (no fork), no repeated hash.
CREATE UNIQUE INDEX audit_log_seq ON audit_log (seq) WHERE seq IS NOT NULL;
CREATE UNIQUE INDEX audit_log_prev_hash ON audit_log (prev_hash) WHERE prev_hash IS NOT NULL;
CREATE UNIQUE INDEX audit_log_hash ON audit_log (hash) WHERE hash IS NOT NULL;
-- The sealer's queue.
CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE hash IS NULL;

-- A row may be updated once: by the sealer, setting seq, prev_hash and hash of an unsealed row whose
-- content stays as it was. Everything else is refused, as before.
CREATE FUNCTION audit_log_seal_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.seq IS NULL AND OLD.prev_hash IS NULL AND OLD.hash IS NULL
     AND NEW.seq IS NOT NULL AND NEW.prev_hash IS NOT NULL AND NEW.hash IS NOT NULL
     AND (NEW.id, NEW.at, NEW.actor_id, NEW.agency_id, NEW.action, NEW.entity, NEW.entity_id, NEW.data::text)
         IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.actor_id, OLD.agency_id, OLD.action, OLD.entity, OLD.entity_id, OLD.data::text)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (only the sealer may set seq, prev_hash and hash, once)';
END $$;
CREATE TRIGGER audit_log_seal_only BEFORE UPDATE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_seal_only();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
-- audit_log_no_truncate (BEFORE TRUNCATE) stays as it was.

-- A row arrives unsealed; a pre-sealed insert would place itself in the chain. The WHEN clause keeps
-- the ordinary insert free of any function call.
CREATE FUNCTION audit_log_unsealed_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log rows are inserted unsealed: seq, prev_hash and hash are set by the sealer';
END $$;
CREATE TRIGGER audit_log_insert_unsealed BEFORE INSERT ON audit_log
  FOR EACH ROW WHEN (NEW.seq IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.hash IS NOT NULL)
  EXECUTE FUNCTION audit_log_unsealed_insert();

-- The chain head: its single row is the sealers' lock (one sealer at a time across all nodes) and holds
-- the last sealed position. `legacy_seq` is the last row hashed in the v1 format; it never changes.
CREATE TABLE audit_chain_head (
  only_row    boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  seq         bigint NOT NULL CHECK (seq >= 0),
  hash        text NOT NULL,
  legacy_seq  bigint NOT NULL,
  sealed_at   timestamptz NOT NULL DEFAULT now()
);
INSERT INTO audit_chain_head (seq, hash, legacy_seq)
SELECT count(*), coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), repeat('0', 64)), count(*)
  FROM audit_log;

CREATE FUNCTION audit_chain_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.only_row AND NEW.legacy_seq = OLD.legacy_seq AND NEW.seq >= OLD.seq THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_chain_head only moves forward';
END $$;
CREATE TRIGGER audit_chain_head_forward_only BEFORE UPDATE OR DELETE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward_only();
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_forward_only();

-- Signed chain heads. `signature` is RSA-SHA256 (PKCS#1 v1.5, base64) by the platform key over the
-- text line of platform/audit.ts checkpointLine(); `certificate` is the signer's PEM. The private key
-- never enters the database.
CREATE TABLE audit_checkpoints (
  id           bigserial PRIMARY KEY,
  seq          bigint NOT NULL CHECK (seq > 0),
  hash         text NOT NULL,
  at           timestamptz NOT NULL,
  signature    text NOT NULL,
  certificate  text NOT NULL
);
CREATE INDEX audit_checkpoints_seq ON audit_checkpoints (seq);

CREATE FUNCTION audit_checkpoints_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_checkpoints is append-only';
END $$;
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_checkpoints_append_only();
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoints_append_only();
