-- Schema workarounds for upstream FEDn 0.33.0 (see the package docstring, scripts/network/__init__.py).
--
-- Read by scripts/network/postgres.py. A line "--@ PHASE: NAME" starts a statement; it runs on
-- its own (one psql call each, in file order) in its phase:
--   database  once fedn_db exists, before the controller starts;
--   tables    once the controller has created its tables, each with SET lock_timeout = '5s'
--             and up to 10 attempts (the running controller may hold locks).
-- Lines before the first marker are comments only.

--@ database: numeric-collation
-- Round ids are text compared character by character ("9" > "10"): a collation that orders
-- digits by their numeric value, used for rounds.id below.
CREATE COLLATION IF NOT EXISTS numeric (provider = icu, locale = 'en-u-kn-true');

--@ tables: drop-not-null
-- NOT NULL columns that upstream writes NULL into: every NOT NULL column outside a primary key
-- (and other than id) accepts NULL.
DO $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT c.table_name, c.column_name
    FROM information_schema.columns c
    WHERE c.table_schema = 'public' AND c.is_nullable = 'NO' AND c.column_name <> 'id'
      AND NOT EXISTS (
        SELECT 1 FROM information_schema.table_constraints tc
        JOIN information_schema.key_column_usage k
          ON k.constraint_name = tc.constraint_name AND k.table_schema = tc.table_schema
        WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = 'public'
          AND k.table_name = c.table_name AND k.column_name = c.column_name)
  LOOP
    EXECUTE format('ALTER TABLE %I ALTER COLUMN %I DROP NOT NULL', r.table_name, r.column_name);
  END LOOP;
END $$;

--@ tables: round-ids
-- Round 10 follows round 9.
ALTER TABLE rounds ALTER COLUMN id TYPE varchar COLLATE "numeric";

--@ tables: status-session-fk
-- Clients report prediction requests with the prediction id as session id (a foreign key to
-- sessions that made every client exit).
ALTER TABLE statuses DROP CONSTRAINT IF EXISTS fk_statuses_session_id_sessions;

--@ tables: widen-server-functions
-- Server-functions source text (a whole class) in a varchar(255) column: make every such column text.
DO $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'server_functions'
      AND character_maximum_length IS NOT NULL
  LOOP
    EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE text', r.table_name, r.column_name);
  END LOOP;
END $$;
