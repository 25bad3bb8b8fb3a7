-- How far each follower of change_log (search index, caches, feeds, wire push...) has read, so that a
-- restarted node resumes where it stopped and nothing is skipped.
CREATE TABLE change_log_position (
    follower  text   PRIMARY KEY,
    last_id   bigint NOT NULL
);

-- Wakes followers at once; polling remains the fallback.
CREATE FUNCTION change_log_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('change_log', NEW.id::text);
    RETURN NEW;
END;
$$;

CREATE TRIGGER change_log_notify AFTER INSERT ON change_log
    FOR EACH ROW EXECUTE FUNCTION change_log_notify();
