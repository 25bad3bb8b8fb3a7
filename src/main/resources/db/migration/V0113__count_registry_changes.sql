-- Every change to the registry of people, places and organisations moves this sequence on, whoever makes it
-- (this node, another node, a script): pages keep the registry in memory and read only this number to know
-- whether their copy is still the registry's state.
CREATE SEQUENCE quote_registry_changes;

CREATE FUNCTION quote_registry_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('quote_registry_changes');
    RETURN NULL;
END
$$;

CREATE TRIGGER quote_entity_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON quote_entity
    FOR EACH STATEMENT EXECUTE FUNCTION quote_registry_changed();
CREATE TRIGGER quote_alias_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON quote_alias
    FOR EACH STATEMENT EXECUTE FUNCTION quote_registry_changed();
