-- Row-level security, the second wall behind the per-query org_id filters. Serving
-- connections run as purser_app (SET ROLE after migrations): it owns no table, has no
-- BYPASSRLS, may not change the audit log, and on every org-scoped table sees only the rows
-- of the organisation its transaction names (Transaction(db, orgId) sets app.org_id with
-- set_config(..., true)). When app.org_id is unset the policies match nothing.
--
-- A later migration that adds an org-scoped table (with an org_id UUID column) protects it
-- with one line:   SELECT purser_protect_org_table('my_table');
-- Tables created later by the migration user are granted to purser_app automatically
-- (default privileges below).

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'purser_app') THEN
        BEGIN
            CREATE ROLE purser_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
        EXCEPTION WHEN OTHERS THEN
            -- Another database of the same cluster made it at the same moment.
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'purser_app') THEN
                RAISE;
            END IF;
        END;
    END IF;
    -- A superuser may SET ROLE to anything; any other migration user needs the membership.
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT purser_app TO %I', current_user);
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO purser_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO purser_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO purser_app;
-- The audit log is append-only for the server as well (the triggers stay as a third wall).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM purser_app;
REVOKE ALL ON schema_migrations FROM purser_app;

CREATE FUNCTION purser_protect_org_table(target regclass) RETURNS void AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    EXECUTE format('DROP POLICY IF EXISTS purser_org_isolation ON %s', target);
    EXECUTE format('CREATE POLICY purser_org_isolation ON %s '
                   'USING (org_id = NULLIF(current_setting(''app.org_id'', true), '''')::uuid) '
                   'WITH CHECK (org_id = NULLIF(current_setting(''app.org_id'', true), '''')::uuid)',
                   target);
END;
$$ LANGUAGE plpgsql;

SELECT purser_protect_org_table('employees');
SELECT purser_protect_org_table('deletions');
SELECT purser_protect_org_table('org_change_counters');
SELECT purser_protect_org_table('audit_log');
SELECT purser_protect_org_table('audit_heads');
