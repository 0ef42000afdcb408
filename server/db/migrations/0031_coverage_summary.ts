// Frozen: never edit a migration that has shipped; add a new one.
// The coverage page's summaries (ADR 0026), owned by the contributions module and kept by
// its tables' own triggers, in the writing statement's transaction — so every path that
// writes a contribution or its places (the service, the HXL import, the demo, a fixture)
// keeps them, and the very next answer sees the write.
//
// `contribution_coverage_line` holds the contributions by (organisation, line, type,
// status, currency) and by what the sharing rule reads of the row itself — the owner (in
// the key), the marking and, for RED rows only, the author — with their count and money.
// `contribution_coverage_place` holds the (place, contribution) pairs by (place,
// organisation, line, type, status) and the same sharing key, with their count, earliest
// start and latest end ('-infinity'/'infinity' for an open date, as the live reduction).
// What a row's audience or named recipients add is not here: the reader's answer adds
// those rows live (contributions.sql.ts: coverageSummary), so a sharing change needs no
// maintenance at all.
//
// Counts and sums are added and subtracted; a min or a max cannot be subtracted, so a
// removal that takes a group's earliest start or latest end recomputes that group from
// the base rows, in a statement of its own (a fresh snapshot, taken after the group's row
// is locked: a concurrent writer's committed rows are counted). The triggers are ENABLE
// ALWAYS: the import writes with session_replication_role = replica (server/db/bulk.ts).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE contribution_coverage_line (
      owner_org_id uuid NOT NULL,
      line_id uuid NOT NULL,
      type text NOT NULL,
      status text NOT NULL,
      currency char(3),
      marking text NOT NULL,
      -- The author of RED rows (who may read them); NULL for any other marking.
      created_by uuid,
      contributions bigint NOT NULL CHECK (contributions >= 0),
      -- sum(amount_minor): NULL exactly when currency is.
      amount_minor numeric,
      CONSTRAINT contribution_coverage_line_key UNIQUE NULLS NOT DISTINCT (owner_org_id, line_id, type, status, currency, marking, created_by)
    );

    CREATE TABLE contribution_coverage_place (
      location_id uuid NOT NULL,
      owner_org_id uuid NOT NULL,
      line_id uuid NOT NULL,
      type text NOT NULL,
      status text NOT NULL,
      marking text NOT NULL,
      created_by uuid,
      contributions bigint NOT NULL CHECK (contributions >= 0),
      first_day date NOT NULL,
      last_day date NOT NULL,
      CONSTRAINT contribution_coverage_place_key UNIQUE NULLS NOT DISTINCT (location_id, owner_org_id, line_id, type, status, marking, created_by)
    );

    -- Groups as JSON arrays of objects with the key's columns and the figures to add or remove.
    CREATE FUNCTION contribution_coverage_line_add(g jsonb) RETURNS void LANGUAGE sql AS $$
      INSERT INTO contribution_coverage_line AS s (owner_org_id, line_id, type, status, currency, marking, created_by, contributions, amount_minor)
      SELECT owner_org_id, line_id, type, status, currency, marking, created_by, contributions, amount_minor
      FROM jsonb_to_recordset(g) AS x(owner_org_id uuid, line_id uuid, type text, status text, currency char(3), marking text, created_by uuid,
                                      contributions bigint, amount_minor numeric)
      ORDER BY owner_org_id, line_id, type, status, currency, marking, created_by
      ON CONFLICT ON CONSTRAINT contribution_coverage_line_key DO UPDATE
        SET contributions = s.contributions + excluded.contributions, amount_minor = s.amount_minor + excluded.amount_minor
    $$;

    CREATE FUNCTION contribution_coverage_line_remove(g jsonb) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      -- Subtract first: the UPDATE locks each group's row, so the emptied ones deleted next
      -- cannot meanwhile gain a row from another transaction (it waits for this one).
      UPDATE contribution_coverage_line s SET contributions = s.contributions - x.contributions, amount_minor = s.amount_minor - x.amount_minor
        FROM jsonb_to_recordset(g) AS x(owner_org_id uuid, line_id uuid, type text, status text,
          currency char(3), marking text, created_by uuid, contributions bigint, amount_minor numeric)
        WHERE s.owner_org_id = x.owner_org_id AND s.line_id = x.line_id AND s.type = x.type AND s.status = x.status
          AND s.currency IS NOT DISTINCT FROM x.currency AND s.marking = x.marking AND s.created_by IS NOT DISTINCT FROM x.created_by;
      DELETE FROM contribution_coverage_line s USING jsonb_to_recordset(g) AS x(owner_org_id uuid, line_id uuid, type text, status text,
          currency char(3), marking text, created_by uuid)
        WHERE s.owner_org_id = x.owner_org_id AND s.line_id = x.line_id AND s.type = x.type AND s.status = x.status
          AND s.currency IS NOT DISTINCT FROM x.currency AND s.marking = x.marking AND s.created_by IS NOT DISTINCT FROM x.created_by
          AND s.contributions = 0;
    END $$;

    CREATE FUNCTION contribution_coverage_place_add(g jsonb) RETURNS void LANGUAGE sql AS $$
      INSERT INTO contribution_coverage_place AS s (location_id, owner_org_id, line_id, type, status, marking, created_by, contributions, first_day, last_day)
      SELECT location_id, owner_org_id, line_id, type, status, marking, created_by, contributions, first_day, last_day
      FROM jsonb_to_recordset(g) AS x(location_id uuid, owner_org_id uuid, line_id uuid, type text, status text, marking text, created_by uuid,
                                      contributions bigint, first_day date, last_day date)
      ORDER BY location_id, owner_org_id, line_id, type, status, marking, created_by
      ON CONFLICT ON CONSTRAINT contribution_coverage_place_key DO UPDATE
        SET contributions = s.contributions + excluded.contributions,
            first_day = least(s.first_day, excluded.first_day), last_day = greatest(s.last_day, excluded.last_day)
    $$;

    CREATE FUNCTION contribution_coverage_place_remove(g jsonb) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
      k record;
      flagged jsonb := '[]';
    BEGIN
      -- Subtract (locking each group's row); delete the emptied groups, and list those whose
      -- earliest start or latest end may have left with the removed rows.
      FOR k IN
        UPDATE contribution_coverage_place s SET contributions = s.contributions - x.contributions
        FROM jsonb_to_recordset(g) AS x(location_id uuid, owner_org_id uuid, line_id uuid, type text, status text, marking text,
                                        created_by uuid, contributions bigint, first_day date, last_day date)
        WHERE s.location_id = x.location_id AND s.owner_org_id = x.owner_org_id AND s.line_id = x.line_id AND s.type = x.type
          AND s.status = x.status AND s.marking = x.marking AND s.created_by IS NOT DISTINCT FROM x.created_by
        RETURNING s.location_id, s.owner_org_id, s.line_id, s.type, s.status, s.marking, s.created_by, s.contributions,
                  x.first_day <= s.first_day OR x.last_day >= s.last_day AS recompute
      LOOP
        IF k.contributions = 0 THEN
          DELETE FROM contribution_coverage_place s
          WHERE s.location_id = k.location_id AND s.owner_org_id = k.owner_org_id AND s.line_id = k.line_id AND s.type = k.type
            AND s.status = k.status AND s.marking = k.marking AND s.created_by IS NOT DISTINCT FROM k.created_by;
        ELSIF k.recompute THEN
          flagged := flagged || jsonb_build_object('location_id', k.location_id, 'owner_org_id', k.owner_org_id, 'line_id', k.line_id,
            'type', k.type, 'status', k.status, 'marking', k.marking, 'created_by', k.created_by);
        END IF;
      END LOOP;
      -- The listed groups' extremes, from the base rows, in statements of their own (their
      -- snapshots are taken now that this transaction holds the groups' rows). A few groups
      -- (a person's write): each group on its own, by index. Many (a bulk change): one pass
      -- over the rows for all of them, instead of a look per group.
      IF jsonb_array_length(flagged) BETWEEN 1 AND 8 THEN
        FOR k IN SELECT * FROM jsonb_to_recordset(flagged) AS f(location_id uuid, owner_org_id uuid, line_id uuid, type text, status text, marking text, created_by uuid) LOOP
          UPDATE contribution_coverage_place s SET
            first_day = CASE WHEN EXISTS (
                SELECT 1 FROM contribution_location cl JOIN contribution c ON c.id = cl.contribution_id
                WHERE cl.location_id = k.location_id AND c.owner_org_id = k.owner_org_id AND c.line_id = k.line_id AND c.type = k.type
                  AND c.status = k.status AND c.marking = k.marking AND (c.marking <> 'RED' OR c.created_by = k.created_by)
                  AND coalesce(c.start_date, '-infinity') = s.first_day)
              THEN s.first_day ELSE (
                SELECT min(coalesce(c.start_date, '-infinity')) FROM contribution_location cl JOIN contribution c ON c.id = cl.contribution_id
                WHERE cl.location_id = k.location_id AND c.owner_org_id = k.owner_org_id AND c.line_id = k.line_id AND c.type = k.type
                  AND c.status = k.status AND c.marking = k.marking AND (c.marking <> 'RED' OR c.created_by = k.created_by)) END,
            last_day = CASE WHEN EXISTS (
                SELECT 1 FROM contribution_location cl JOIN contribution c ON c.id = cl.contribution_id
                WHERE cl.location_id = k.location_id AND c.owner_org_id = k.owner_org_id AND c.line_id = k.line_id AND c.type = k.type
                  AND c.status = k.status AND c.marking = k.marking AND (c.marking <> 'RED' OR c.created_by = k.created_by)
                  AND coalesce(c.end_date, 'infinity') = s.last_day)
              THEN s.last_day ELSE (
                SELECT max(coalesce(c.end_date, 'infinity')) FROM contribution_location cl JOIN contribution c ON c.id = cl.contribution_id
                WHERE cl.location_id = k.location_id AND c.owner_org_id = k.owner_org_id AND c.line_id = k.line_id AND c.type = k.type
                  AND c.status = k.status AND c.marking = k.marking AND (c.marking <> 'RED' OR c.created_by = k.created_by)) END
          WHERE s.location_id = k.location_id AND s.owner_org_id = k.owner_org_id AND s.line_id = k.line_id AND s.type = k.type
            AND s.status = k.status AND s.marking = k.marking AND s.created_by IS NOT DISTINCT FROM k.created_by;
        END LOOP;
      ELSIF jsonb_array_length(flagged) > 8 THEN
        UPDATE contribution_coverage_place s SET first_day = r.first_day, last_day = r.last_day
        FROM (
          SELECT cl.location_id, c.owner_org_id, c.line_id, c.type, c.status, c.marking, CASE WHEN c.marking = 'RED' THEN c.created_by END AS created_by,
                 min(coalesce(c.start_date, '-infinity')) AS first_day, max(coalesce(c.end_date, 'infinity')) AS last_day
          FROM contribution c JOIN contribution_location cl ON cl.contribution_id = c.id
          WHERE (cl.location_id, c.owner_org_id, c.line_id, c.type, c.status, c.marking)
                IN (SELECT f.location_id, f.owner_org_id, f.line_id, f.type, f.status, f.marking FROM jsonb_to_recordset(flagged) AS f(location_id uuid, owner_org_id uuid, line_id uuid, type text, status text, marking text, created_by uuid))
          GROUP BY 1, 2, 3, 4, 5, 6, 7
        ) r, jsonb_to_recordset(flagged) AS f(location_id uuid, owner_org_id uuid, line_id uuid, type text, status text, marking text, created_by uuid)
        WHERE s.location_id = f.location_id AND s.owner_org_id = f.owner_org_id AND s.line_id = f.line_id AND s.type = f.type
          AND s.status = f.status AND s.marking = f.marking AND s.created_by IS NOT DISTINCT FROM f.created_by
          AND r.location_id = f.location_id AND r.owner_org_id = f.owner_org_id AND r.line_id = f.line_id AND r.type = f.type
          AND r.status = f.status AND r.marking = f.marking AND r.created_by IS NOT DISTINCT FROM f.created_by;
      END IF;
    END $$;

    -- The rows of a transition table reduced to the summaries' groups, as JSON for the functions above.
    -- (Written out in each trigger: a transition table is visible only inside its trigger's function.)

    CREATE FUNCTION contribution_coverage_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM contribution_coverage_line_add((
        SELECT coalesce(jsonb_agg(x), '[]') FROM (
          SELECT owner_org_id, line_id, type, status, currency, marking, CASE WHEN marking = 'RED' THEN created_by END AS created_by,
                 count(*) AS contributions, sum(amount_minor) AS amount_minor
          FROM added GROUP BY 1, 2, 3, 4, 5, 6, 7) x));
      RETURN NULL;
    END $$;

    CREATE FUNCTION contribution_coverage_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM contribution_coverage_line_remove((
        SELECT coalesce(jsonb_agg(x), '[]') FROM (
          SELECT owner_org_id, line_id, type, status, currency, marking, CASE WHEN marking = 'RED' THEN created_by END AS created_by,
                 count(*) AS contributions, sum(amount_minor) AS amount_minor
          FROM removed GROUP BY 1, 2, 3, 4, 5, 6, 7) x));
      RETURN NULL;
    END $$;

    -- A contribution's places leave the place summary while the contribution is still there
    -- to say which groups they were in (the foreign key's cascade runs after the row is gone).
    -- Locks are taken line group first, then place groups, on every path (an insert or an
    -- update writes the line summary before the places): here the line group is locked
    -- before the places go, or a delete and a create in one group could deadlock.
    CREATE FUNCTION contribution_coverage_deleting() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM 1 FROM contribution_coverage_line s
      WHERE s.owner_org_id = OLD.owner_org_id AND s.line_id = OLD.line_id AND s.type = OLD.type AND s.status = OLD.status
        AND s.currency IS NOT DISTINCT FROM OLD.currency AND s.marking = OLD.marking
        AND s.created_by IS NOT DISTINCT FROM (CASE WHEN OLD.marking = 'RED' THEN OLD.created_by END)
      FOR UPDATE;
      DELETE FROM contribution_location WHERE contribution_id = OLD.id;
      RETURN OLD;
    END $$;

    CREATE FUNCTION contribution_coverage_updated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- Only the rows whose summarised columns changed (a new description changes nothing here).
      PERFORM contribution_coverage_line_remove((
        SELECT coalesce(jsonb_agg(x), '[]') FROM (
          SELECT o.owner_org_id, o.line_id, o.type, o.status, o.currency, o.marking, CASE WHEN o.marking = 'RED' THEN o.created_by END AS created_by,
                 count(*) AS contributions, sum(o.amount_minor) AS amount_minor
          FROM removed o JOIN added n ON n.id = o.id
          WHERE (o.owner_org_id, o.line_id, o.type, o.status, o.currency, o.marking, o.created_by, o.amount_minor)
                IS DISTINCT FROM (n.owner_org_id, n.line_id, n.type, n.status, n.currency, n.marking, n.created_by, n.amount_minor)
          GROUP BY 1, 2, 3, 4, 5, 6, 7) x));
      PERFORM contribution_coverage_line_add((
        SELECT coalesce(jsonb_agg(x), '[]') FROM (
          SELECT n.owner_org_id, n.line_id, n.type, n.status, n.currency, n.marking, CASE WHEN n.marking = 'RED' THEN n.created_by END AS created_by,
                 count(*) AS contributions, sum(n.amount_minor) AS amount_minor
          FROM removed o JOIN added n ON n.id = o.id
          WHERE (o.owner_org_id, o.line_id, o.type, o.status, o.currency, o.marking, o.created_by, o.amount_minor)
                IS DISTINCT FROM (n.owner_org_id, n.line_id, n.type, n.status, n.currency, n.marking, n.created_by, n.amount_minor)
          GROUP BY 1, 2, 3, 4, 5, 6, 7) x));
      PERFORM contribution_coverage_place_remove((
        SELECT coalesce(jsonb_agg(x), '[]') FROM (
          SELECT cl.location_id, o.owner_org_id, o.line_id, o.type, o.status, o.marking, CASE WHEN o.marking = 'RED' THEN o.created_by END AS created_by,
                 count(*) AS contributions, min(coalesce(o.start_date, '-infinity')) AS first_day, max(coalesce(o.end_date, 'infinity')) AS last_day
          FROM removed o JOIN added n ON n.id = o.id JOIN contribution_location cl ON cl.contribution_id = o.id
          WHERE (o.owner_org_id, o.line_id, o.type, o.status, o.marking, o.created_by, o.start_date, o.end_date)
                IS DISTINCT FROM (n.owner_org_id, n.line_id, n.type, n.status, n.marking, n.created_by, n.start_date, n.end_date)
          GROUP BY 1, 2, 3, 4, 5, 6, 7) x));
      PERFORM contribution_coverage_place_add((
        SELECT coalesce(jsonb_agg(x), '[]') FROM (
          SELECT cl.location_id, n.owner_org_id, n.line_id, n.type, n.status, n.marking, CASE WHEN n.marking = 'RED' THEN n.created_by END AS created_by,
                 count(*) AS contributions, min(coalesce(n.start_date, '-infinity')) AS first_day, max(coalesce(n.end_date, 'infinity')) AS last_day
          FROM removed o JOIN added n ON n.id = o.id JOIN contribution_location cl ON cl.contribution_id = n.id
          WHERE (o.owner_org_id, o.line_id, o.type, o.status, o.marking, o.created_by, o.start_date, o.end_date)
                IS DISTINCT FROM (n.owner_org_id, n.line_id, n.type, n.status, n.marking, n.created_by, n.start_date, n.end_date)
          GROUP BY 1, 2, 3, 4, 5, 6, 7) x));
      RETURN NULL;
    END $$;

    CREATE FUNCTION contribution_coverage_places_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM contribution_coverage_place_add((
        SELECT coalesce(jsonb_agg(x), '[]') FROM (
          SELECT a.location_id, c.owner_org_id, c.line_id, c.type, c.status, c.marking, CASE WHEN c.marking = 'RED' THEN c.created_by END AS created_by,
                 count(*) AS contributions, min(coalesce(c.start_date, '-infinity')) AS first_day, max(coalesce(c.end_date, 'infinity')) AS last_day
          FROM added a JOIN contribution c ON c.id = a.contribution_id
          GROUP BY 1, 2, 3, 4, 5, 6, 7) x));
      RETURN NULL;
    END $$;

    -- Places removed from contributions that are still there (a deleted contribution's went first: contribution_coverage_deleting).
    CREATE FUNCTION contribution_coverage_places_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM contribution_coverage_place_remove((
        SELECT coalesce(jsonb_agg(x), '[]') FROM (
          SELECT r.location_id, c.owner_org_id, c.line_id, c.type, c.status, c.marking, CASE WHEN c.marking = 'RED' THEN c.created_by END AS created_by,
                 count(*) AS contributions, min(coalesce(c.start_date, '-infinity')) AS first_day, max(coalesce(c.end_date, 'infinity')) AS last_day
          FROM removed r JOIN contribution c ON c.id = r.contribution_id
          GROUP BY 1, 2, 3, 4, 5, 6, 7) x));
      RETURN NULL;
    END $$;

    CREATE FUNCTION contribution_coverage_places_updated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM contribution_coverage_place_remove((
        SELECT coalesce(jsonb_agg(x), '[]') FROM (
          SELECT r.location_id, c.owner_org_id, c.line_id, c.type, c.status, c.marking, CASE WHEN c.marking = 'RED' THEN c.created_by END AS created_by,
                 count(*) AS contributions, min(coalesce(c.start_date, '-infinity')) AS first_day, max(coalesce(c.end_date, 'infinity')) AS last_day
          FROM removed r JOIN contribution c ON c.id = r.contribution_id
          GROUP BY 1, 2, 3, 4, 5, 6, 7) x));
      PERFORM contribution_coverage_place_add((
        SELECT coalesce(jsonb_agg(x), '[]') FROM (
          SELECT a.location_id, c.owner_org_id, c.line_id, c.type, c.status, c.marking, CASE WHEN c.marking = 'RED' THEN c.created_by END AS created_by,
                 count(*) AS contributions, min(coalesce(c.start_date, '-infinity')) AS first_day, max(coalesce(c.end_date, 'infinity')) AS last_day
          FROM added a JOIN contribution c ON c.id = a.contribution_id
          GROUP BY 1, 2, 3, 4, 5, 6, 7) x));
      RETURN NULL;
    END $$;

    CREATE FUNCTION contribution_coverage_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM contribution_coverage_place;
      IF TG_TABLE_NAME = 'contribution' THEN DELETE FROM contribution_coverage_line; END IF;
      RETURN NULL;
    END $$;

    CREATE TRIGGER contribution_coverage_inserted AFTER INSERT ON contribution
      REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION contribution_coverage_inserted();
    CREATE TRIGGER contribution_coverage_updated AFTER UPDATE ON contribution
      REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION contribution_coverage_updated();
    CREATE TRIGGER contribution_coverage_deleting BEFORE DELETE ON contribution
      FOR EACH ROW EXECUTE FUNCTION contribution_coverage_deleting();
    CREATE TRIGGER contribution_coverage_deleted AFTER DELETE ON contribution
      REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION contribution_coverage_deleted();
    CREATE TRIGGER contribution_coverage_truncated AFTER TRUNCATE ON contribution
      FOR EACH STATEMENT EXECUTE FUNCTION contribution_coverage_truncated();
    CREATE TRIGGER contribution_coverage_places_inserted AFTER INSERT ON contribution_location
      REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION contribution_coverage_places_inserted();
    CREATE TRIGGER contribution_coverage_places_deleted AFTER DELETE ON contribution_location
      REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION contribution_coverage_places_deleted();
    CREATE TRIGGER contribution_coverage_places_updated AFTER UPDATE ON contribution_location
      REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION contribution_coverage_places_updated();
    CREATE TRIGGER contribution_coverage_places_truncated AFTER TRUNCATE ON contribution_location
      FOR EACH STATEMENT EXECUTE FUNCTION contribution_coverage_truncated();

    ALTER TABLE contribution ENABLE ALWAYS TRIGGER contribution_coverage_inserted;
    ALTER TABLE contribution ENABLE ALWAYS TRIGGER contribution_coverage_updated;
    ALTER TABLE contribution ENABLE ALWAYS TRIGGER contribution_coverage_deleting;
    ALTER TABLE contribution ENABLE ALWAYS TRIGGER contribution_coverage_deleted;
    ALTER TABLE contribution ENABLE ALWAYS TRIGGER contribution_coverage_truncated;
    ALTER TABLE contribution_location ENABLE ALWAYS TRIGGER contribution_coverage_places_inserted;
    ALTER TABLE contribution_location ENABLE ALWAYS TRIGGER contribution_coverage_places_deleted;
    ALTER TABLE contribution_location ENABLE ALWAYS TRIGGER contribution_coverage_places_updated;
    ALTER TABLE contribution_location ENABLE ALWAYS TRIGGER contribution_coverage_places_truncated;

    -- The rows already there.
    INSERT INTO contribution_coverage_line (owner_org_id, line_id, type, status, currency, marking, created_by, contributions, amount_minor)
    SELECT owner_org_id, line_id, type, status, currency, marking, CASE WHEN marking = 'RED' THEN created_by END, count(*), sum(amount_minor)
    FROM contribution GROUP BY 1, 2, 3, 4, 5, 6, 7;
    INSERT INTO contribution_coverage_place (location_id, owner_org_id, line_id, type, status, marking, created_by, contributions, first_day, last_day)
    SELECT cl.location_id, c.owner_org_id, c.line_id, c.type, c.status, c.marking, CASE WHEN c.marking = 'RED' THEN c.created_by END, count(*),
           min(coalesce(c.start_date, '-infinity')), max(coalesce(c.end_date, 'infinity'))
    FROM contribution c JOIN contribution_location cl ON cl.contribution_id = c.id GROUP BY 1, 2, 3, 4, 5, 6, 7;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER contribution_coverage_inserted ON contribution;
    DROP TRIGGER contribution_coverage_updated ON contribution;
    DROP TRIGGER contribution_coverage_deleting ON contribution;
    DROP TRIGGER contribution_coverage_deleted ON contribution;
    DROP TRIGGER contribution_coverage_truncated ON contribution;
    DROP TRIGGER contribution_coverage_places_inserted ON contribution_location;
    DROP TRIGGER contribution_coverage_places_deleted ON contribution_location;
    DROP TRIGGER contribution_coverage_places_updated ON contribution_location;
    DROP TRIGGER contribution_coverage_places_truncated ON contribution_location;
    DROP FUNCTION contribution_coverage_inserted(), contribution_coverage_updated(), contribution_coverage_deleting(), contribution_coverage_deleted(),
      contribution_coverage_places_inserted(), contribution_coverage_places_deleted(), contribution_coverage_places_updated(), contribution_coverage_truncated(),
      contribution_coverage_line_add(jsonb), contribution_coverage_line_remove(jsonb), contribution_coverage_place_add(jsonb), contribution_coverage_place_remove(jsonb);
    DROP TABLE contribution_coverage_place, contribution_coverage_line;
  `.execute(db);
}
