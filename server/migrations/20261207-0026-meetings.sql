-- Online meetings across endpoints (họp trực tuyến, điểm cầu): the video server is an existing Jitsi Meet;
-- the platform keeps the endpoints, the meetings, who took part from where, and their documents.

-- An endpoint (điểm cầu): a meeting room of an agency with its equipment and a contact. Its room page
-- is reached by a link carrying an unguessable key, kept here only as its SHA-256; the page calls the
-- heartbeat, which stamps last_seen_at.
CREATE TABLE meeting_endpoints (
  id             bigserial PRIMARY KEY,
  agency_id      bigint NOT NULL REFERENCES agencies(id),
  name           text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  room           text NOT NULL CHECK (length(room) BETWEEN 2 AND 200),
  equipment      text NOT NULL DEFAULT '' CHECK (length(equipment) <= 1000),
  contact_name   text NOT NULL CHECK (length(contact_name) BETWEEN 2 AND 200),
  contact_phone  text CHECK (length(contact_phone) <= 30),
  contact_email  text CHECK (length(contact_email) <= 200),
  key_sha256     text NOT NULL UNIQUE,
  active         boolean NOT NULL DEFAULT true,
  last_seen_at   timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  version        integer NOT NULL DEFAULT 1,
  UNIQUE (agency_id, name)
);
CREATE INDEX meeting_endpoints_agency ON meeting_endpoints (agency_id);

-- A meeting organised by an agency, held in one Jitsi room. `central`: an endpoint of the central
-- government (outside the province) takes part too, which adds a level (a four-level meeting is
-- central, province, district and commune). The invitation (Giấy mời) and the minutes (Biên bản) are
-- documents of the documents module, named here by id and number.
CREATE TABLE meetings (
  id                      bigserial PRIMARY KEY,
  agency_id               bigint NOT NULL REFERENCES agencies(id),
  title                   text NOT NULL CHECK (length(title) BETWEEN 5 AND 300),
  agenda                  text NOT NULL DEFAULT '' CHECK (length(agenda) <= 5000),
  starts_at               timestamptz NOT NULL,
  ends_at                 timestamptz NOT NULL,
  central                 boolean NOT NULL DEFAULT false,
  room                    text NOT NULL UNIQUE CHECK (room ~ '^[a-z0-9-]{8,64}$'),
  invitation_document_id  bigint,
  invitation_number       text,
  minutes_document_id     bigint,
  minutes_number          text,
  created_by              bigint REFERENCES users(id),
  created_at              timestamptz NOT NULL DEFAULT now(),
  version                 integer NOT NULL DEFAULT 1,
  CHECK (ends_at > starts_at)
);
CREATE INDEX meetings_agency_start ON meetings (agency_id, starts_at DESC);
CREATE INDEX meetings_start ON meetings (starts_at DESC);

-- Who takes part, from where: the endpoint, its agency and that agency's level as they were when the
-- meeting was scheduled (the statistics count levels as they were). Attendance: checked in from the
-- room page ('room') or recorded by the organiser ('organiser'), who may also mark an endpoint absent.
CREATE TABLE meeting_participants (
  meeting_id     bigint NOT NULL REFERENCES meetings(id),
  endpoint_id    bigint NOT NULL REFERENCES meeting_endpoints(id),
  agency_id      bigint NOT NULL REFERENCES agencies(id),
  level          text NOT NULL CHECK (level IN ('province', 'district', 'commune')),
  attendance     text NOT NULL DEFAULT 'pending' CHECK (attendance IN ('pending', 'present', 'absent')),
  attendance_by  text CHECK (attendance_by IN ('room', 'organiser')),
  attendance_at  timestamptz,
  attendees      integer CHECK (attendees BETWEEN 0 AND 10000),
  note           text CHECK (length(note) <= 500),
  PRIMARY KEY (meeting_id, endpoint_id)
);
CREATE INDEX meeting_participants_endpoint ON meeting_participants (endpoint_id);
CREATE INDEX meeting_participants_agency ON meeting_participants (agency_id);
