-- Appointments at the one-stop counters, queue tickets on arrival, and the numbers called.

-- A reception counter of an agency's one-stop unit: it takes `capacity` appointments per slot of `slot_minutes`.
CREATE TABLE reception_counters (
  id           bigserial PRIMARY KEY,
  agency_id    bigint NOT NULL REFERENCES agencies(id),
  name         text NOT NULL,
  capacity     integer NOT NULL DEFAULT 2 CHECK (capacity BETWEEN 1 AND 50),
  slot_minutes integer NOT NULL DEFAULT 30 CHECK (slot_minutes IN (10, 15, 20, 30, 60)),
  active       boolean NOT NULL DEFAULT true,
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (agency_id, name)
);

CREATE TABLE appointments (
  id           bigserial PRIMARY KEY,
  code         text NOT NULL UNIQUE,
  agency_id    bigint NOT NULL REFERENCES agencies(id),
  counter_id   bigint NOT NULL REFERENCES reception_counters(id),
  procedure_id bigint NOT NULL REFERENCES procedures(id),
  user_id      bigint REFERENCES users(id),
  full_name    text NOT NULL,
  phone        text,
  starts_at    timestamptz NOT NULL,
  ends_at      timestamptz NOT NULL,
  status       text NOT NULL CHECK (status IN ('booked', 'checked_in', 'cancelled')),
  reminded_at  timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);
CREATE INDEX appointments_slot ON appointments (counter_id, starts_at) WHERE status <> 'cancelled';
CREATE INDEX appointments_user ON appointments (user_id, starts_at DESC);
CREATE INDEX appointments_due_reminder ON appointments (starts_at) WHERE status = 'booked' AND reminded_at IS NULL;

-- A number taken on arrival, with or without an appointment, numbered per agency and day.
CREATE TABLE queue_tickets (
  id             bigserial PRIMARY KEY,
  agency_id      bigint NOT NULL REFERENCES agencies(id),
  day            date NOT NULL,
  number         integer NOT NULL,
  appointment_id bigint UNIQUE REFERENCES appointments(id),
  status         text NOT NULL CHECK (status IN ('waiting', 'called', 'served')),
  counter_id     bigint REFERENCES reception_counters(id),
  issued_at      timestamptz NOT NULL DEFAULT now(),
  called_at      timestamptz,
  UNIQUE (agency_id, day, number)
);
CREATE INDEX queue_tickets_waiting ON queue_tickets (agency_id, day, id) WHERE status = 'waiting';
CREATE INDEX queue_tickets_called ON queue_tickets (agency_id, called_at DESC) WHERE called_at IS NOT NULL;

CREATE TABLE queue_ticket_sequences (
  agency_id  bigint NOT NULL REFERENCES agencies(id),
  day        date NOT NULL,
  last_value integer NOT NULL,
  PRIMARY KEY (agency_id, day)
);

-- The catalog's published view of procedures, for other modules' lists.
CREATE VIEW procedure_directory AS SELECT id, national_code, name, agency_id, published FROM procedures;
