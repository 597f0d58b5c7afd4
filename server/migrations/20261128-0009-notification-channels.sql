-- Notifications beyond the in-app list: each user's channels, and every message sent to the outside world.

-- The in-app list is always on; email, SMS and the app message (Zalo-style OA) by the user's choice.
CREATE TABLE notification_preferences (
  user_id     bigint PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  email       boolean NOT NULL DEFAULT true,
  sms         boolean NOT NULL DEFAULT false,
  app_message boolean NOT NULL DEFAULT false,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- One row per message and channel, keyed by the delivery that asked for it: a retried delivery sends
-- what is not yet sent, with the same key (an email's Message-ID), never a second message.
CREATE TABLE outbound_messages (
  id              bigserial PRIMARY KEY,
  idempotency_key text NOT NULL UNIQUE,
  channel         text NOT NULL CHECK (channel IN ('email', 'sms', 'app_message')),
  recipient       text NOT NULL,
  user_id         bigint REFERENCES users(id) ON DELETE SET NULL,
  dossier_id      bigint,
  template        text NOT NULL,
  subject         text,
  body            text NOT NULL,
  state           text NOT NULL CHECK (state IN ('sending', 'sent')),
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz
);
CREATE INDEX outbound_messages_user ON outbound_messages (user_id, created_at DESC);

-- The officers' daily digest runs once a day, on one node.
CREATE TABLE notification_digests (
  day    date PRIMARY KEY,
  ran_at timestamptz NOT NULL DEFAULT now()
);
