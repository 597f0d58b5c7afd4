-- E-form versions: every change of a procedure's published form is kept, numbered, and a dossier names the
-- version it was filled in, so that an old dossier still reads as it was submitted.
CREATE TABLE procedure_forms (
  procedure_id bigint NOT NULL REFERENCES procedures(id),
  version      integer NOT NULL,
  fields       jsonb NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by bigint REFERENCES users(id),
  PRIMARY KEY (procedure_id, version)
);
ALTER TABLE procedures ADD COLUMN form_version integer NOT NULL DEFAULT 1;
INSERT INTO procedure_forms (procedure_id, version, fields, published_at) SELECT id, 1, form_fields, created_at FROM procedures;

-- Written by the database whatever writes the procedure (the designer's publish, the editor, a seed):
-- a new procedure's form is version 1; a changed form is the next version.
CREATE FUNCTION procedure_form_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.form_version := 1;
  ELSIF NEW.form_fields IS DISTINCT FROM OLD.form_fields THEN
    NEW.form_version := OLD.form_version + 1;
  ELSE
    NEW.form_version := OLD.form_version;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER procedures_form_version BEFORE INSERT OR UPDATE ON procedures FOR EACH ROW EXECUTE FUNCTION procedure_form_version();

-- After the row is written (the version refers to it): the new version's fields, and who published them.
CREATE FUNCTION procedure_form_publish() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.form_version <> OLD.form_version THEN
    INSERT INTO procedure_forms (procedure_id, version, fields, published_by)
    VALUES (NEW.id, NEW.form_version, NEW.form_fields, nullif(current_setting('tinhso.actor', true), '')::bigint);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER procedures_form_publish AFTER INSERT OR UPDATE ON procedures FOR EACH ROW EXECUTE FUNCTION procedure_form_publish();

-- The form an admin is designing, until it is published.
CREATE TABLE procedure_form_drafts (
  procedure_id bigint PRIMARY KEY REFERENCES procedures(id),
  fields       jsonb NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  updated_by   bigint REFERENCES users(id)
);

ALTER TABLE dossiers ADD COLUMN form_version integer NOT NULL DEFAULT 1;
