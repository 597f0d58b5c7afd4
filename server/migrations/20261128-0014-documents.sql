-- Document management and direction (văn bản, điều hành; Decree 30/2020/NĐ-CP): registers numbered per
-- agency and year, documents in and out with their files, reviews, directions and assignments, and the
-- packages exchanged with the national document axis (edXML, QCVN 102:2016).

-- A register (sổ văn bản đến / đi) of one agency and year: its numbers start at 1 each year, no gap.
CREATE TABLE document_registers (
  id           bigserial PRIMARY KEY,
  agency_id    bigint NOT NULL REFERENCES agencies(id),
  direction    text NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
  year         integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- The agency's abbreviation in symbols (15/QĐ-UBND: "UBND").
  agency_symbol text NOT NULL CHECK (agency_symbol ~ '^[A-ZĐ][A-ZĐa-z0-9&.]{0,19}$'),
  last_number  integer NOT NULL DEFAULT 0 CHECK (last_number >= 0),
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (agency_id, direction, year, name)
);

CREATE TABLE documents (
  id               bigserial PRIMARY KEY,
  -- The agency whose record this is: the one that drafted and issued it, or received it.
  agency_id        bigint NOT NULL REFERENCES agencies(id),
  direction        text NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
  status           text NOT NULL CHECK (status IN (
                     'arrived', 'registered', 'in_progress', 'done', 'returned',     -- incoming
                     'draft', 'in_review', 'approved', 'signed', 'issued')),        -- outgoing
  doc_type         text NOT NULL,
  summary          text NOT NULL CHECK (length(summary) BETWEEN 1 AND 1000),
  body             text CHECK (length(body) <= 100000),
  urgency          smallint NOT NULL DEFAULT 0 CHECK (urgency BETWEEN 0 AND 4),
  -- 0 thường, 1 mật, 2 tối mật, 3 tuyệt mật: the secret grades are metadata only, no body, no file.
  confidentiality  smallint NOT NULL DEFAULT 0 CHECK (confidentiality BETWEEN 0 AND 3),
  register_id      bigint REFERENCES document_registers(id),
  -- Outgoing: the number taken at issue; incoming: the arrival number (số đến).
  number           integer CHECK (number > 0),
  -- The document's own number and symbol as printed: ours once issued, the sender's for incoming ones.
  number_symbol    text CHECK (length(number_symbol) <= 60),
  unit_symbol      text CHECK (unit_symbol ~ '^[A-ZĐ][A-ZĐa-z0-9]{0,9}$'),
  issuer_name      text CHECK (length(issuer_name) <= 300),
  issuer_code      text CHECK (length(issuer_code) <= 35),
  issued_on        date,
  received_at      timestamptz,
  -- How an incoming document came: on paper (scanned), from an agency on the platform, over the axis.
  channel          text CHECK (channel IN ('paper', 'platform', 'axis')),
  due_on           date,
  leader_id        bigint REFERENCES users(id),
  signer_id        bigint REFERENCES users(id),
  signer_position  text CHECK (length(signer_position) <= 200),
  signer_competence text CHECK (length(signer_competence) <= 200),
  signed_at        timestamptz,
  issued_at        timestamptz,
  -- The main file (PDF): the draft rendered for signing, then signed, then sealed at issue.
  file_sha256      text REFERENCES files(sha256),
  -- Where the issue stamps the number and date (page, boxes), as the layout placed them.
  stamp_boxes      jsonb,
  source_id        bigint REFERENCES documents(id),
  -- The incoming document this one answers (edXML ResponseFor).
  responds_to      bigint REFERENCES documents(id),
  -- edXML DocumentId ({OrganId},{yyyy/MM/dd},{number}/{symbol}): ours once issued, the sender's for what came over the axis.
  exchange_id      text CHECK (length(exchange_id) <= 200),
  dossier_id       bigint REFERENCES dossiers(id),
  created_by       bigint REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  version          integer NOT NULL DEFAULT 1,
  search_vector    tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', vn_fold(coalesce(number_symbol, '') || ' ' || summary)), 'A') ||
    setweight(to_tsvector('simple', vn_fold(coalesce(issuer_name, ''))), 'B')
  ) STORED,
  CHECK ((number IS NULL) = (register_id IS NULL)),
  CHECK (confidentiality = 0 OR (body IS NULL AND file_sha256 IS NULL))
);
CREATE UNIQUE INDEX documents_register_number ON documents (register_id, number);
CREATE INDEX documents_agency ON documents (agency_id, direction, status, id DESC);
-- Words and agency in one lookup: each row's words with its agency as the lexeme "@<agency id>", so that a
-- search within one's agencies does not fetch every document of the province that has the words.
CREATE INDEX documents_agency_words ON documents USING gin ((search_vector || array_to_tsvector(ARRAY['@' || agency_id::text])));
-- "15/QĐ-UBND" typed in the search box is looked up by its beginning, folded as the words are.
CREATE INDEX documents_number_symbol ON documents (vn_fold(number_symbol) text_pattern_ops) WHERE number_symbol IS NOT NULL;
CREATE INDEX documents_page ON documents (agency_id, id DESC);
CREATE INDEX documents_source ON documents (source_id) WHERE source_id IS NOT NULL;
-- An agency registers a document that came over the axis once, however often it is delivered.
CREATE UNIQUE INDEX documents_exchange ON documents (agency_id, direction, exchange_id) WHERE exchange_id IS NOT NULL;
CREATE INDEX documents_dossier ON documents (dossier_id) WHERE dossier_id IS NOT NULL;

CREATE TABLE document_attachments (
  id           bigserial PRIMARY KEY,
  document_id  bigint NOT NULL REFERENCES documents(id),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
  sha256       text NOT NULL REFERENCES files(sha256),
  size         bigint NOT NULL CHECK (size >= 0),
  content_type text NOT NULL,
  created_by   bigint REFERENCES users(id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX document_attachments_document ON document_attachments (document_id);

-- Where an outgoing document goes: an agency on the platform, or an organ reached over the axis.
CREATE TABLE document_recipients (
  id            bigserial PRIMARY KEY,
  document_id   bigint NOT NULL REFERENCES documents(id),
  agency_id     bigint REFERENCES agencies(id),
  organ_id      text NOT NULL CHECK (length(organ_id) BETWEEN 3 AND 35),
  organ_name    text NOT NULL CHECK (length(organ_name) BETWEEN 1 AND 300),
  channel       text NOT NULL CHECK (channel IN ('platform', 'axis')),
  -- pending until issued; then delivered (platform) or sent (axis), then as the recipient reports (edXML codes).
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'delivered', 'arrived', 'rejected', 'registered', 'assigned', 'in_progress', 'done', 'failed')),
  status_note   text,
  delivered_id  bigint REFERENCES documents(id),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (document_id, organ_id),
  CHECK ((channel = 'platform') = (agency_id IS NOT NULL))
);
CREATE INDEX document_recipients_delivered ON document_recipients (delivered_id) WHERE delivered_id IS NOT NULL;

CREATE TABLE document_reviews (
  id            bigserial PRIMARY KEY,
  document_id   bigint NOT NULL REFERENCES documents(id),
  reviewer_id   bigint NOT NULL REFERENCES users(id),
  round         integer NOT NULL,
  verdict       text CHECK (verdict IN ('passed', 'returned')),
  comment       text CHECK (length(comment) <= 4000),
  requested_at  timestamptz NOT NULL DEFAULT now(),
  decided_at    timestamptz,
  UNIQUE (document_id, round, reviewer_id)
);
CREATE INDEX document_reviews_pending ON document_reviews (reviewer_id) WHERE verdict IS NULL;

-- Giao việc: a unit (and optionally one of its people) leads or supports the handling, by a deadline.
CREATE TABLE document_assignments (
  id            bigserial PRIMARY KEY,
  document_id   bigint NOT NULL REFERENCES documents(id),
  agency_id     bigint NOT NULL REFERENCES agencies(id),
  user_id       bigint REFERENCES users(id),
  role          text NOT NULL CHECK (role IN ('lead', 'support')),
  deadline      date,
  note          text CHECK (length(note) <= 4000),
  status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'withdrawn')),
  report        text CHECK (length(report) <= 4000),
  assigned_by   bigint NOT NULL REFERENCES users(id),
  assigned_at   timestamptz NOT NULL DEFAULT now(),
  done_at       timestamptz,
  done_by       bigint REFERENCES users(id)
);
CREATE INDEX document_assignments_document ON document_assignments (document_id);
CREATE INDEX document_assignments_open ON document_assignments (agency_id, deadline) WHERE status = 'open';
CREATE INDEX document_assignments_user ON document_assignments (user_id) WHERE status = 'open';

-- The document's trail as its users read it (the audit log keeps the tamper-evident record).
CREATE TABLE document_history (
  id           bigserial PRIMARY KEY,
  document_id  bigint NOT NULL REFERENCES documents(id),
  at           timestamptz NOT NULL DEFAULT now(),
  actor_id     bigint REFERENCES users(id),
  actor_name   text NOT NULL,
  action       text NOT NULL,
  note         text
);
CREATE INDEX document_history_document ON document_history (document_id, id);

-- Messages to and from the national document axis. Incoming ones that fail verification stay here,
-- quarantined with their reason, and are never registered.
CREATE TABLE axis_messages (
  id            bigserial PRIMARY KEY,
  direction     text NOT NULL CHECK (direction IN ('out', 'in')),
  kind          text NOT NULL CHECK (kind IN ('edxml', 'status')),
  -- Ours: the key the axis deduplicates by; theirs: the axis's package id.
  message_key   text NOT NULL,
  document_id   bigint REFERENCES documents(id),
  from_organ    text,
  to_organs     text[] NOT NULL DEFAULT '{}',
  xml           text NOT NULL,
  status        text NOT NULL CHECK (status IN ('queued', 'sent', 'accepted', 'quarantined')),
  reason_code   text,
  reason        text,
  attempts      integer NOT NULL DEFAULT 0,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (direction, message_key)
);
CREATE INDEX axis_messages_quarantine ON axis_messages (id DESC) WHERE status = 'quarantined';
