-- Official mail (thư điện tử công vụ): the platform's record of the mailboxes, aliases and mail domains it
-- provisions on the province's mail server through its directory (LDAP). Rows are the wanted state; a job
-- after commit makes the directory match and marks the row synced (sync_state), so that a directory outage
-- delays a change and never loses it. Removed rows stay as tombstones until the directory has forgotten them.

-- An agency's mail domain and the quota of its new mailboxes; agencies without one use their nearest
-- ancestor's (a commune may share its district's domain).
CREATE TABLE mail_domains (
  agency_id         bigint PRIMARY KEY REFERENCES agencies(id),
  domain            text NOT NULL UNIQUE CHECK (domain ~ '^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$' AND length(domain) <= 253),
  default_quota_mb  integer NOT NULL CHECK (default_quota_mb BETWEEN 1 AND 1048576),
  sync_state        text NOT NULL DEFAULT 'pending' CHECK (sync_state IN ('pending', 'synced', 'failed')),
  sync_error        text,
  synced_at         timestamptz,
  version           integer NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);

-- An official's mailbox. The address is the login; a rename keeps the old address (former_addresses) as an
-- alias that still delivers. Suspended: login and delivery refused, the mail kept. The password is kept
-- only as an argon2id hash, written to the directory as {ARGON2} for the mail server to check.
CREATE TABLE mailboxes (
  id                bigserial PRIMARY KEY,
  agency_id         bigint NOT NULL REFERENCES agencies(id),
  user_id           bigint REFERENCES users(id),
  address           text NOT NULL CHECK (address ~ '^[a-z0-9]([a-z0-9._-]{0,62}[a-z0-9])?@[a-z0-9.-]+$'),
  former_addresses  text[] NOT NULL DEFAULT '{}',
  display_name      text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  quota_mb          integer NOT NULL CHECK (quota_mb BETWEEN 1 AND 1048576),
  status            text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'removed')),
  -- Why a suspended mailbox is suspended: the official left (follows the account) or an administrator did it.
  suspended_reason  text CHECK (suspended_reason IN ('account', 'admin')),
  password_hash     text,
  sync_state        text NOT NULL DEFAULT 'pending' CHECK (sync_state IN ('pending', 'synced', 'failed')),
  sync_error        text,
  synced_at         timestamptz,
  version           integer NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'suspended') = (suspended_reason IS NOT NULL))
);
CREATE UNIQUE INDEX mailboxes_live_address ON mailboxes (address) WHERE status <> 'removed';
CREATE UNIQUE INDEX mailboxes_live_user ON mailboxes (user_id) WHERE status <> 'removed' AND user_id IS NOT NULL;
CREATE INDEX mailboxes_agency ON mailboxes (agency_id, status, address);
CREATE INDEX mailboxes_former ON mailboxes USING gin (former_addresses);
CREATE INDEX mailboxes_unsynced ON mailboxes (updated_at) WHERE sync_state <> 'synced';

-- An agency's shared address (vanthu@…, lanhdao@…) distributing to some of its mailboxes.
CREATE TABLE mail_aliases (
  id           bigserial PRIMARY KEY,
  agency_id    bigint NOT NULL REFERENCES agencies(id),
  address      text NOT NULL CHECK (address ~ '^[a-z0-9]([a-z0-9._-]{0,62}[a-z0-9])?@[a-z0-9.-]+$'),
  description  text NOT NULL DEFAULT '' CHECK (length(description) <= 200),
  member_ids   bigint[] NOT NULL DEFAULT '{}',
  status       text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'removed')),
  sync_state   text NOT NULL DEFAULT 'pending' CHECK (sync_state IN ('pending', 'synced', 'failed')),
  sync_error   text,
  synced_at    timestamptz,
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX mail_aliases_live_address ON mail_aliases (address) WHERE status = 'active';
CREATE INDEX mail_aliases_agency ON mail_aliases (agency_id, status, address);
CREATE INDEX mail_aliases_members ON mail_aliases USING gin (member_ids);
