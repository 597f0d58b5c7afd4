-- Nodes keep signed-in principals for a few seconds (identity/sessions.ts). Whatever changes who a
-- session belongs to or what they may do tells every node at commit, so that none acts on a stale one:
-- a logout, a deactivated user, a new password, a role granted or taken away, even by hand in psql.
CREATE FUNCTION notify_identity_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'sessions' THEN
    PERFORM pg_notify('tinhso_identity', 'session:' || OLD.token_hash);
  ELSIF TG_TABLE_NAME = 'users' THEN
    PERFORM pg_notify('tinhso_identity', 'user:' || OLD.id);
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM pg_notify('tinhso_identity', 'user:' || NEW.user_id);
  ELSE
    PERFORM pg_notify('tinhso_identity', 'user:' || OLD.user_id);
    IF TG_OP = 'UPDATE' THEN PERFORM pg_notify('tinhso_identity', 'user:' || NEW.user_id); END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER sessions_notify AFTER DELETE OR UPDATE ON sessions FOR EACH ROW EXECUTE FUNCTION notify_identity_change();
CREATE TRIGGER users_notify AFTER UPDATE OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION notify_identity_change();
CREATE TRIGGER user_roles_notify AFTER INSERT OR UPDATE OR DELETE ON user_roles FOR EACH ROW EXECUTE FUNCTION notify_identity_change();
