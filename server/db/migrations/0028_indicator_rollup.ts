// Frozen: never edit a migration that has shipped; add a new one.
// The indicator rollup (ADR 0025): the approved values' figures per indicator × organisation ×
// bucket (quarter, year) × place at each depth of the tree × sharing key (marking,
// the author of a RED value), kept by triggers in the very transaction that changes a value,
// so the pivot reads a few rows per cell and is never stale.
//
// A unit (indicator, organisation, level, bucket) is recomputed whole from the approved values
// each time one of its values changes — sums, maxima and latest values alike, so an un-approval
// is exact — under a transaction-scoped advisory lock on the unit: a second transaction
// changing the same unit waits, then recomputes from a snapshot that holds the first one's
// commit (READ COMMITTED: each statement of the trigger takes a new snapshot).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE indicator_rollup (
      indicator_id uuid NOT NULL,
      owner_org_id uuid NOT NULL,
      level text NOT NULL CHECK (level IN ('quarter', 'year')),
      bucket text NOT NULL,
      bucket_end date NOT NULL,
      depth smallint NOT NULL,
      place_id uuid,
      own boolean NOT NULL,
      marking text NOT NULL,
      red_author uuid,
      mixed boolean NOT NULL,
      total numeric NOT NULL,
      n_leaves integer NOT NULL,
      leaf_sum numeric NOT NULL,
      leaf_max numeric NOT NULL,
      latest numeric[] NOT NULL
    );
    CREATE INDEX indicator_rollup_unit ON indicator_rollup (indicator_id, owner_org_id, level, bucket);
    CREATE INDEX indicator_rollup_read ON indicator_rollup (level, depth, indicator_id);
    CREATE INDEX indicator_rollup_mixed ON indicator_rollup (indicator_id, level) WHERE mixed;

    -- The bucket of a value at a level: its quarter (a yearly indicator's own year) or its year; and the bucket's last day.
    CREATE FUNCTION indicator_rollup_bucket(level text, period_start date, period_type text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE WHEN level = 'quarter' AND period_type <> 'year' THEN to_char(period_start, 'YYYY"Q"Q') ELSE to_char(period_start, 'YYYY') END
    $$;
    CREATE FUNCTION indicator_rollup_bucket_end(bucket text) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE WHEN length(bucket) = 4 THEN make_date(left(bucket, 4)::int, 12, 31)
        ELSE (make_date(left(bucket, 4)::int, right(bucket, 1)::int * 3 - 2, 1) + interval '3 months' - interval '1 day')::date END
    $$;

    -- The rollup rows of the units given (indicator, organisation, level, bucket), or of every unit
    -- when p_ind is NULL. A leaf is one series (place, category option) of a unit and a sharing
    -- key; its figure is its values' sum, or for a 'latest' indicator the value of its latest
    -- period. A leaf with values of more than one sharing key in a bucket is mixed: rules that are
    -- not sums cannot be exact from the rollup there (the pivot reads those indicators live).
    -- Quarters are computed from the values, years from the quarters. A dynamic statement, so
    -- each call is planned for its own units (an index range for a few, a scan for all).
    CREATE FUNCTION indicator_rollup_compute(p_ind uuid[], p_org uuid[], p_level text[], p_bucket text[]) RETURNS SETOF indicator_rollup
    LANGUAGE plpgsql STABLE AS $f$
    DECLARE
      value_filter text := 'true';
      unit_filter text := 'true';
      p_from date;
      p_to date;
    BEGIN
      IF p_ind IS NOT NULL THEN
        SELECT make_date(min(left(b, 4))::int, 1, 1), make_date(max(left(b, 4))::int, 12, 31) INTO p_from, p_to FROM unnest(p_bucket) b;
        value_filter := 'v.indicator_id = ANY($1) AND v.owner_org_id = ANY($2) AND v.period_start BETWEEN $5 AND $6';
        unit_filter := '(l.indicator_id, l.owner_org_id, l.level, l.bucket) IN (SELECT * FROM unnest($1, $2, $3, $4))';
      END IF;
      RETURN QUERY EXECUTE format($q$
        WITH RECURSIVE lp AS (
          SELECT l.id, ARRAY[l.id] AS path FROM location l WHERE l.parent_id IS NULL
          UNION ALL SELECT c.id, lp.path || c.id FROM location c JOIN lp ON c.parent_id = lp.id
        ),
        q AS (
          SELECT v.indicator_id, v.owner_org_id, indicator_rollup_bucket('quarter', v.period_start, i.period_type) AS bucket,
                 v.location_id, v.category_option, v.marking, CASE WHEN v.marking = 'RED' THEN v.created_by END AS red_author,
                 min(i.time_aggregation) AS ta, sum(v.value) AS total, max(ARRAY[(v.period_start - DATE '2000-01-01')::numeric, v.value]) AS last,
                 max(v.updated_at) AS last_updated
          FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
          WHERE v.status = 'approved' AND %s
          GROUP BY 1, 2, 3, 4, 5, 6, 7
        ),
        leaf0 AS (
          SELECT 'quarter' AS level, q.* FROM q
          UNION ALL
          SELECT 'year', q.indicator_id, q.owner_org_id, left(q.bucket, 4), q.location_id, q.category_option, q.marking, q.red_author,
                 min(q.ta), sum(q.total), max(q.last), max(q.last_updated)
          FROM q GROUP BY 2, 3, 4, 5, 6, 7, 8
        ),
        leaf AS (
          SELECT l.*, CASE WHEN l.ta = 'latest' THEN l.last[2] ELSE l.total END AS figure,
                 count(*) OVER (PARTITION BY l.indicator_id, l.owner_org_id, l.level, l.bucket, l.location_id, l.category_option) > 1 AS mixed
          FROM leaf0 l WHERE %s
        )
        SELECT l.indicator_id, l.owner_org_id, l.level, l.bucket, indicator_rollup_bucket_end(l.bucket), d.depth::smallint, d.place_id, d.own,
               l.marking, l.red_author, bool_or(l.mixed), sum(l.total), count(*)::int, sum(l.figure), max(l.figure),
               max(ARRAY[l.last[1], extract(epoch FROM l.last_updated)::numeric, l.figure])
        FROM leaf l LEFT JOIN lp ON lp.id = l.location_id
        CROSS JOIN LATERAL (
          SELECT g AS depth, lp.path[g + 1] AS place_id, (lp.path IS NULL OR g = cardinality(lp.path) - 1) AS own
          FROM generate_series(0, coalesce(cardinality(lp.path) - 1, 0)) g
        ) d
        GROUP BY l.indicator_id, l.owner_org_id, l.level, l.bucket, d.depth, d.place_id, d.own, l.marking, l.red_author
      $q$, value_filter, unit_filter) USING p_ind, p_org, p_level, p_bucket, p_from, p_to;
    END $f$;

    -- Recomputes the units given, each under its advisory lock (taken in one order: no deadlock between two of them).
    CREATE FUNCTION indicator_rollup_refresh(p_ind uuid[], p_org uuid[], p_level text[], p_bucket text[]) RETURNS void
    LANGUAGE plpgsql AS $$
    DECLARE k record;
    BEGIN
      IF coalesce(cardinality(p_ind), 0) = 0 THEN RETURN; END IF;
      FOR k IN SELECT DISTINCT hashtextextended(u.i::text || u.o::text || u.l || u.b, 25) AS h
               FROM unnest(p_ind, p_org, p_level, p_bucket) AS u(i, o, l, b) ORDER BY 1 LOOP
        PERFORM pg_advisory_xact_lock(k.h);
      END LOOP;
      DELETE FROM indicator_rollup r USING unnest(p_ind, p_org, p_level, p_bucket) AS u(i, o, l, b)
      WHERE r.indicator_id = u.i AND r.owner_org_id = u.o AND r.level = u.l AND r.bucket = u.b;
      INSERT INTO indicator_rollup SELECT * FROM indicator_rollup_compute(p_ind, p_org, p_level, p_bucket);
    END $$;

    -- Recomputes the units of the approved values among the rows given (a JSON array of indicator_value rows).
    CREATE FUNCTION indicator_rollup_refresh_rows(rows jsonb) RETURNS void
    LANGUAGE plpgsql AS $$
    DECLARE ind uuid[]; org uuid[]; lvl text[]; bkt text[];
    BEGIN
      SELECT array_agg(x.indicator_id), array_agg(x.owner_org_id), array_agg(x.level), array_agg(x.bucket)
      INTO ind, org, lvl, bkt
      FROM (
        SELECT DISTINCT r.indicator_id, r.owner_org_id, lv.level, indicator_rollup_bucket(lv.level, r.period_start, i.period_type) AS bucket
        FROM jsonb_to_recordset(rows) AS r(indicator_id uuid, owner_org_id uuid, period_start date, status text)
        JOIN indicator i ON i.id = r.indicator_id
        CROSS JOIN (VALUES ('quarter'), ('year')) lv(level)
        WHERE r.status = 'approved'
      ) x;
      PERFORM indicator_rollup_refresh(ind, org, lvl, bkt);
    END $$;

    CREATE FUNCTION indicator_rollup_on_value() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM indicator_rollup_refresh_rows((SELECT coalesce(jsonb_agg(to_jsonb(n)), '[]') FROM new_rows n WHERE n.status = 'approved'));
      ELSIF TG_OP = 'DELETE' THEN
        PERFORM indicator_rollup_refresh_rows((SELECT coalesce(jsonb_agg(to_jsonb(o)), '[]') FROM old_rows o WHERE o.status = 'approved'));
      ELSE
        PERFORM indicator_rollup_refresh_rows((
          SELECT coalesce(jsonb_agg(r), '[]') FROM (
            SELECT to_jsonb(o) AS r FROM old_rows o WHERE o.status = 'approved'
            UNION ALL SELECT to_jsonb(n) FROM new_rows n WHERE n.status = 'approved'
          ) x));
      END IF;
      RETURN NULL;
    END $$;

    CREATE TRIGGER indicator_rollup_insert AFTER INSERT ON indicator_value
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_rollup_on_value();
    CREATE TRIGGER indicator_rollup_update AFTER UPDATE ON indicator_value
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_rollup_on_value();
    CREATE TRIGGER indicator_rollup_delete AFTER DELETE ON indicator_value
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_rollup_on_value();

    -- An indicator's time rule decides its leaves' figures: a change recomputes its units.
    CREATE FUNCTION indicator_rollup_on_indicator() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE ind uuid[]; org uuid[]; lvl text[]; bkt text[];
    BEGIN
      IF NEW.time_aggregation IS DISTINCT FROM OLD.time_aggregation OR NEW.period_type IS DISTINCT FROM OLD.period_type THEN
        SELECT array_agg(r.indicator_id), array_agg(r.owner_org_id), array_agg(r.level), array_agg(r.bucket) INTO ind, org, lvl, bkt
        FROM (SELECT DISTINCT indicator_id, owner_org_id, level, bucket FROM indicator_rollup WHERE indicator_id = NEW.id) r;
        PERFORM indicator_rollup_refresh(ind, org, lvl, bkt);
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER indicator_rollup_rules AFTER UPDATE OF time_aggregation, period_type ON indicator
      FOR EACH ROW EXECUTE FUNCTION indicator_rollup_on_indicator();

    -- The whole rollup again (a place moved in the tree; a bulk load with the triggers off).
    CREATE FUNCTION indicator_rollup_rebuild() RETURNS void
    LANGUAGE plpgsql AS $$
    BEGIN
      LOCK TABLE indicator_rollup IN EXCLUSIVE MODE;
      PERFORM set_config('work_mem', '256MB', true);
      DELETE FROM indicator_rollup;
      INSERT INTO indicator_rollup SELECT * FROM indicator_rollup_compute(NULL, NULL, NULL, NULL) ORDER BY 3, 6, 1;
    END $$;
    CREATE FUNCTION indicator_rollup_on_location() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM indicator_rollup_rebuild();
      RETURN NULL;
    END $$;
    CREATE TRIGGER indicator_rollup_places AFTER UPDATE OF parent_id ON location
      FOR EACH STATEMENT EXECUTE FUNCTION indicator_rollup_on_location();

    SELECT indicator_rollup_rebuild();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TRIGGER indicator_rollup_places ON location;
    DROP TRIGGER indicator_rollup_rules ON indicator;
    DROP TRIGGER indicator_rollup_insert ON indicator_value;
    DROP TRIGGER indicator_rollup_update ON indicator_value;
    DROP TRIGGER indicator_rollup_delete ON indicator_value;
    DROP FUNCTION indicator_rollup_on_location(), indicator_rollup_rebuild(), indicator_rollup_on_indicator(), indicator_rollup_on_value(),
      indicator_rollup_refresh_rows(jsonb), indicator_rollup_refresh(uuid[], uuid[], text[], text[]),
      indicator_rollup_compute(uuid[], uuid[], text[], text[]), indicator_rollup_bucket_end(text), indicator_rollup_bucket(text, date, text);
    DROP TABLE indicator_rollup;
  `.execute(db);
}
