-- Every dossier has a tracking code from the moment it exists: an online dossier is followed by it until
-- reception gives it its code. The dossier's id makes it unique; four random characters make it
-- unguessable from a neighbour's (public lookup is rate limited). Always set here, whatever the insert says.
CREATE FUNCTION set_tracking_code() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.tracking_code := 'TS-' || NEW.id || '-' || upper(substr(md5(random()::text || clock_timestamp()::text), 1, 4));
  RETURN NEW;
END $$;

ALTER TABLE dossiers ADD COLUMN tracking_code text;
UPDATE dossiers SET tracking_code = 'TS-' || id || '-' || upper(substr(md5(random()::text || id::text), 1, 4));
ALTER TABLE dossiers ALTER COLUMN tracking_code SET NOT NULL;
CREATE UNIQUE INDEX dossiers_tracking_code ON dossiers (tracking_code);
CREATE TRIGGER dossiers_tracking_code BEFORE INSERT ON dossiers FOR EACH ROW EXECUTE FUNCTION set_tracking_code();
