-- Encryption at rest of personal data (ID numbers, phone numbers, addresses): see platform/personal-data.ts.
-- The values stay in their columns, sealed by the application (AES-256-GCM, `enc:v1:<key id>:…`); SQL cannot
-- seal with the application's key, so rows of before this migration are sealed by the application at
-- start-up (sealExistingRows, under an advisory lock), which also fills the keyed hashes added here.

-- One data key per key-encryption-key generation, wrapped by a key from the environment (never stored here).
CREATE TABLE data_keys (
  -- 8 random bytes, hex: the id written into every sealed value.
  id            text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{16}$'),
  -- The DATA_ENCRYPTION_KEY entry the key was made for (one data key each), and the one wrapping it now.
  generation    text NOT NULL UNIQUE,
  kek_id        text NOT NULL,
  -- iv (12) | tag (16) | wrapped key (32), AES-256-GCM with the data key's id as associated data.
  wrapped       bytea NOT NULL CHECK (length(wrapped) = 60),
  created_at    timestamptz NOT NULL DEFAULT now(),
  rewrapped_at  timestamptz
);

-- Keyed hashes (HMAC-SHA256 under DATA_HASH_KEY) of the values lookups search by.
ALTER TABLE users ADD COLUMN identity_number_hash text;
CREATE INDEX users_identity_number_hash ON users (identity_number_hash) WHERE identity_number_hash IS NOT NULL;

ALTER TABLE dossiers
  ADD COLUMN applicant_identity_hash text,
  ADD COLUMN applicant_phone_hash text;
-- The public lookup by ID number and phone (was an index on the clear ID number, which held it at rest).
DROP INDEX IF EXISTS dossiers_applicant_identity;
CREATE INDEX dossiers_applicant_lookup ON dossiers (applicant_identity_hash, applicant_phone_hash) WHERE applicant_identity_hash IS NOT NULL;

-- A sealed phone is longer than 30 characters: the API keeps checking the length of the clear value.
ALTER TABLE meeting_endpoints DROP CONSTRAINT IF EXISTS meeting_endpoints_contact_phone_check;
