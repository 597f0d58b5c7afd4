-- In-app notifications other modules ask for (feedback, Q&A, ...) point to a page of the portal, not to a dossier.
-- Only a path of the portal itself: a notification never sends the user elsewhere.
ALTER TABLE notifications ADD COLUMN link text CHECK (link ~ '^/[A-Za-z0-9]' AND length(link) <= 300);
