-- Every node keeps a copy of the integration platform's members, services and grants, and of the tokens
-- it has seen (integration/registry.ts). A change tells every node at its commit (LISTEN lgsp_registry),
-- so that a revoked grant, a suspended member or a token withdrawn, even by hand in psql, is refused on
-- every node within milliseconds. The generation still moves: a node that is not listening compares it.
CREATE OR REPLACE FUNCTION lgsp_bump_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE lgsp_registry_state SET generation = generation + 1;
  PERFORM pg_notify('lgsp_registry', 'registry');
  RETURN NULL;
END $$;

CREATE FUNCTION lgsp_tokens_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE lgsp_registry_state SET generation = generation + 1;
  PERFORM pg_notify('lgsp_registry', 'tokens');
  RETURN NULL;
END $$;
-- Issuing a token changes no one's copy: only changes and removals are told.
CREATE TRIGGER lgsp_tokens_changed AFTER UPDATE OR DELETE ON lgsp_tokens FOR EACH STATEMENT EXECUTE FUNCTION lgsp_tokens_changed();
