-- Fees paid online (national payment platform) or at the counter, their receipts and the daily reconciliation.

-- A procedure's fees and charges: lines with their legal basis and rule, exemptions, when they are paid
-- (see server/src/modules/catalog/fees.ts).
ALTER TABLE procedures ADD COLUMN fee_schedule jsonb NOT NULL DEFAULT '{"lines": [], "exemptions": [], "payWhen": "before_reception"}';

-- What a dossier owes, computed at submission from its e-form (never from the client), and whether it is paid.
ALTER TABLE dossiers
  ADD COLUMN fee            jsonb,
  ADD COLUMN fee_category   text,
  ADD COLUMN payment_status text NOT NULL DEFAULT 'none' CHECK (payment_status IN ('none', 'unpaid', 'paid', 'exempt')),
  ADD COLUMN paid_at        timestamptz;

-- The finance officer (kế toán) of an agency: payments, receipts, reconciliation.
ALTER TABLE user_roles DROP CONSTRAINT user_roles_role_check;
ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_check
  CHECK (role IN ('citizen', 'reception', 'specialist', 'leader', 'clerk', 'admin', 'finance'));

CREATE TABLE payments (
  id                   bigserial PRIMARY KEY,
  -- MaThamChieu: our reference, unique, sent to the platform and echoed in its callbacks.
  reference            text NOT NULL UNIQUE,
  dossier_id           bigint NOT NULL REFERENCES dossiers(id),
  -- The agency the money is paid to (the dossier's receiving agency), which issues the receipt.
  agency_id            bigint NOT NULL REFERENCES agencies(id),
  amount               bigint NOT NULL CHECK (amount > 0),
  lines                jsonb NOT NULL,
  payer                jsonb NOT NULL,
  channel              text NOT NULL CHECK (channel IN ('online', 'counter')),
  status               text NOT NULL CHECK (status IN ('pending', 'paid', 'failed', 'expired')),
  payment_url          text,
  -- MaGiaoDich and MaNganHang as the platform reported them.
  transaction_id       text,
  bank_code            text,
  confirmed_by         text CHECK (confirmed_by IN ('callback', 'query', 'counter')),
  paid_at              timestamptz,
  failure              text,
  receipt_number       text,
  receipt_sha256       text,
  receipt_size         integer,
  -- The query job asks the platform about a payment that has not called back.
  next_query_at        timestamptz,
  query_attempts       integer NOT NULL DEFAULT 0,
  created_by           bigint REFERENCES users(id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'paid') = (paid_at IS NOT NULL))
);
CREATE INDEX payments_dossier ON payments (dossier_id);
CREATE INDEX payments_unsettled ON payments (next_query_at) WHERE status = 'pending';
CREATE INDEX payments_paid_at ON payments (paid_at) WHERE status = 'paid';
CREATE INDEX payments_agency ON payments (agency_id, created_at);

-- Every callback received, accepted or not, as it came: the finance officer's evidence.
CREATE TABLE payment_callbacks (
  id           bigserial PRIMARY KEY,
  received_at  timestamptz NOT NULL DEFAULT now(),
  reference    text,
  verdict      text NOT NULL CHECK (verdict IN ('accepted', 'duplicate', 'bad_checksum', 'wrong_amount', 'unknown_reference', 'malformed', 'failed')),
  message      jsonb NOT NULL,
  remote       text
);
CREATE INDEX payment_callbacks_reference ON payment_callbacks (reference);

-- Receipt numbers run per agency and year.
CREATE TABLE payment_receipt_sequences (
  agency_id  bigint NOT NULL REFERENCES agencies(id),
  year       integer NOT NULL,
  last_value integer NOT NULL,
  PRIMARY KEY (agency_id, year)
);

-- One reconciliation per day (local), run again on demand; its differences are resolved by hand.
CREATE TABLE payment_reconciliations (
  id              bigserial PRIMARY KEY,
  day             date NOT NULL UNIQUE,
  ran_at          timestamptz NOT NULL DEFAULT now(),
  ran_by          bigint REFERENCES users(id),
  platform_count  integer NOT NULL,
  platform_total  bigint NOT NULL,
  our_count       integer NOT NULL,
  our_total       bigint NOT NULL
);

CREATE TABLE payment_differences (
  id                bigserial PRIMARY KEY,
  reconciliation_id bigint NOT NULL REFERENCES payment_reconciliations(id),
  reference         text NOT NULL,
  -- missing_here: paid at the platform, not paid here; missing_there: paid here, unknown to the platform;
  -- amount: both paid, amounts differ.
  kind              text NOT NULL CHECK (kind IN ('missing_here', 'missing_there', 'amount')),
  -- The agency of our payment with that reference; null when we have none.
  agency_id         bigint REFERENCES agencies(id),
  our_amount        bigint,
  platform_amount   bigint,
  transaction_id    text,
  resolved_at       timestamptz,
  resolved_by       bigint REFERENCES users(id),
  resolution        text,
  UNIQUE (reconciliation_id, reference, kind)
);
CREATE INDEX payment_differences_agency ON payment_differences (agency_id);

-- Published views: what other modules may read of dossiers and users (module boundaries).
CREATE VIEW dossier_directory AS
SELECT id, code, tracking_code, procedure_name, receiving_agency_id, applicant->>'fullName' AS applicant_name FROM dossiers;
CREATE VIEW user_directory AS SELECT id, full_name FROM users;
