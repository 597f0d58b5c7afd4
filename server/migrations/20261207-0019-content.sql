-- Public questions and answers (hỏi đáp) and the portal's news and announcements (tin tức, thông báo).

-- The editor (biên tập viên) of an agency writes its news; a leader of the agency (or the province admin) approves.
ALTER TABLE user_roles DROP CONSTRAINT user_roles_role_check;
ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_check
  CHECK (role IN ('citizen', 'reception', 'specialist', 'leader', 'clerk', 'admin', 'finance', 'editor'));
ALTER TABLE role_security DROP CONSTRAINT role_security_role_check;
ALTER TABLE role_security ADD CONSTRAINT role_security_role_check
  CHECK (role IN ('reception', 'specialist', 'leader', 'clerk', 'admin', 'finance', 'editor'));

-- A question to an agency, about one of its procedures or a topic. The asker is a signed-in user or a visitor
-- who left a name and an email; the email is for the answer's notice only and is never shown in public.
CREATE TABLE questions (
  id             bigserial PRIMARY KEY,
  agency_id      bigint NOT NULL REFERENCES agencies(id),
  procedure_id   bigint REFERENCES procedures(id),
  title          text NOT NULL CHECK (length(title) BETWEEN 5 AND 200),
  body           text NOT NULL CHECK (length(body) BETWEEN 10 AND 5000),
  asker_id       bigint REFERENCES users(id),
  asker_name     text NOT NULL,
  asker_email    text,
  -- The asker asked to be shown as "Công dân" rather than by their first name.
  hide_name      boolean NOT NULL DEFAULT false,
  status         text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'answered', 'published', 'rejected')),
  answer         text,
  answered_by    bigint REFERENCES users(id),
  answered_at    timestamptz,
  published_by   bigint REFERENCES users(id),
  published_at   timestamptz,
  reject_reason  text,
  -- A duplicate points at the published question that already answers it.
  duplicate_of   bigint REFERENCES questions(id),
  rejected_by    bigint REFERENCES users(id),
  rejected_at    timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  version        integer NOT NULL DEFAULT 1,
  search_vector  tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', vn_fold(title)), 'A') ||
    setweight(to_tsvector('simple', vn_fold(body)), 'B') ||
    setweight(to_tsvector('simple', vn_fold(coalesce(answer, ''))), 'C')
  ) STORED,
  CHECK (status <> 'published' OR (answer IS NOT NULL AND published_at IS NOT NULL))
);
-- Only published questions are searched by the public: their words in one GIN index of their own.
CREATE INDEX questions_published_words ON questions USING gin (search_vector) WHERE status = 'published';
CREATE INDEX questions_published ON questions (published_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX questions_procedure ON questions (procedure_id, published_at DESC) WHERE status = 'published';
-- The agency's inbox: its questions by state, oldest first.
CREATE INDEX questions_agency_status ON questions (agency_id, status, created_at);

-- Images of articles, re-encoded on upload (no EXIF), served under an unguessable key.
CREATE TABLE article_images (
  id          bigserial PRIMARY KEY,
  key         text NOT NULL UNIQUE CHECK (key ~ '^[0-9a-f]{32}$'),
  agency_id   bigint NOT NULL REFERENCES agencies(id),
  sha256      text NOT NULL REFERENCES files(sha256),
  content_type text NOT NULL,
  width       integer NOT NULL,
  height      integer NOT NULL,
  created_by  bigint REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- An article: draft → review → published (from its publish date) → unpublished; a leader returns it to draft with a comment.
CREATE TABLE articles (
  id              bigserial PRIMARY KEY,
  agency_id       bigint NOT NULL REFERENCES agencies(id),
  slug            text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
  title           text NOT NULL,
  summary         text NOT NULL,
  -- Sanitized on the server (allow-list) before it is stored: what the browser renders as HTML.
  body_html       text NOT NULL,
  category        text NOT NULL CHECK (category IN ('activity', 'announcement', 'new_document', 'new_policy')),
  cover_image_id  bigint REFERENCES article_images(id),
  status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'review', 'published', 'unpublished')),
  -- The date the editor asks for; null: at approval.
  publish_at      timestamptz,
  -- Set at approval: the article is public from then (a future date waits, read with published_at <= now()).
  published_at    timestamptz,
  review_comment  text,
  author_id       bigint REFERENCES users(id),
  approved_by     bigint REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  version         integer NOT NULL DEFAULT 1,
  CHECK (status <> 'published' OR published_at IS NOT NULL)
);
CREATE INDEX articles_public ON articles (published_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX articles_public_category ON articles (category, published_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX articles_agency_status ON articles (agency_id, status, updated_at DESC);
