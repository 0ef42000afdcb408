// Imports contributions from an HXL-tagged CSV file, all or nothing.
//
// One pass streams the file: each row is checked and resolved (organisation, line of
// effort, places) in memory against the reference data, and good rows stream into a
// temporary table with COPY. Checks that need the whole file or the database (an id
// twice in the file, a status going backwards) then run in SQL, and set-based
// statements create or update the contributions. A dry run does all of it and rolls
// back, so its report is exactly what the commit would do; a commit with any problem
// rolls back too. Memory stays flat: rows are never held, only the reference data and
// the problem report (capped).
import { createHash, randomUUID } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { type Kysely, sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import { CURRENCIES } from '../../../common/currencies.ts';
import type { Database } from '../../db/database.ts';
import { withClientTransaction } from '../../db/connect.ts';
import type { Ctx } from '../../infra/actor.ts';
import { AppError } from '../../infra/errors.ts';
import { assertSignedIn } from '../../infra/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { SharingInput } from '../sharing/sharing.schema.ts';
import { assertAudienceExists, assertCanEditShared } from '../sharing/sharing.service.ts';
import { type ColumnMap, HASHTAG_ROW_SEARCH_LIMIT, isHashtagRow, mapColumns } from './hxl.tags.ts';
import { parseDecimal, toMinorUnits } from '../../../common/money.ts';
import { NameIndex, isIsoDate, parseStatus, parseType } from './hxl.values.ts';

const CURRENCY_SET = new Set<string>(CURRENCIES);
const MAX_ROWS_PER_PROBLEM = 1000;
const MAX_VALUES_PER_PROBLEM = 20;

export interface Problem {
  column: string;
  message: string;
  rows: number[];
  count: number;
  values?: { value: string; suggestions: string[] }[];
}

export interface ImportReport {
  dryRun: boolean;
  committed: boolean;
  rows: number;
  hashtagRow: number | null;
  columns: { index: number; header: string; hashtag: string; field: string | null }[];
  ignoredColumns: string[];
  warnings: string[];
  problems: Problem[];
  created: number;
  updated: number;
  unchanged: number;
  sha256: string;
}

export interface ImportOptions {
  dryRun: boolean;
  fileName: string;
  /** Marking and audience of the contributions the import creates (updates keep theirs). */
  sharing: SharingInput;
  onProgress?: (p: { bytes: number; rows: number }) => void;
}

class ProblemLog {
  private readonly byKey = new Map<string, Problem & { seen: Set<string> }>();
  add(column: string, message: string, row: number, value?: string, suggest?: () => string[]) {
    const key = `${column}\u0000${message}`;
    let p = this.byKey.get(key);
    if (!p) {
      p = { column, message, rows: [], count: 0, seen: new Set() };
      this.byKey.set(key, p);
    }
    p.count += 1;
    if (p.rows.length < MAX_ROWS_PER_PROBLEM) p.rows.push(row);
    if (value !== undefined && !p.seen.has(value) && p.seen.size < MAX_VALUES_PER_PROBLEM) {
      p.seen.add(value);
      (p.values ??= []).push({ value, suggestions: suggest?.() ?? [] });
    }
  }
  get size() {
    return this.byKey.size;
  }
  list(): Problem[] {
    return [...this.byKey.values()].map(({ seen: _seen, ...p }) => p);
  }
}

interface Reference {
  /** Remembers each distinct cell's answer: files repeat the same names thousands of times. */
  memo: Map<string, unknown>;
  organisations: NameIndex<string>;
  frameworkNodes: NameIndex<{ id: string; lineId: string }>;
  locations: NameIndex<string>;
  locationCodes: Map<string, string>;
}

async function loadReference(db: Kysely<Database>): Promise<Reference> {
  const [orgs, nodes, places] = await Promise.all([
    db.selectFrom('organisation').select(['id', 'name', 'short_name', 'iso3']).execute(),
    sql<{ id: string; code: string; name: string; line_id: string }>`
      WITH RECURSIVE t AS (
        SELECT id, code, name, id AS line_id FROM framework_node WHERE parent_id IS NULL
        UNION ALL SELECT f.id, f.code, f.name, t.line_id FROM framework_node f JOIN t ON f.parent_id = t.id
      ) SELECT * FROM t`.execute(db),
    db.selectFrom('location').select(['id', 'code', 'name', 'name_fr', 'name_ar']).execute(),
  ]);
  const organisations = new NameIndex<string>();
  for (const o of orgs) {
    organisations.add(o.name, o.id, o.name);
    organisations.add(o.short_name, o.id, o.name);
    organisations.add(o.iso3, o.id, o.name);
  }
  const frameworkNodes = new NameIndex<{ id: string; lineId: string }>();
  for (const n of nodes.rows) {
    frameworkNodes.add(n.code, { id: n.id, lineId: n.line_id }, n.code);
    frameworkNodes.add(n.name, { id: n.id, lineId: n.line_id }, n.name);
  }
  const locations = new NameIndex<string>();
  const locationCodes = new Map<string, string>();
  for (const l of places) {
    locationCodes.set(l.code.toUpperCase(), l.id);
    locations.add(l.code, l.id, l.code);
    locations.add(l.name, l.id, l.name);
    locations.add(l.name_fr, l.id, l.name);
    locations.add(l.name_ar, l.id, l.name);
  }
  return { memo: new Map(), organisations, frameworkNodes, locations, locationCodes };
}

const STAGING_COLUMNS = [
  'new_id',
  'row_no', 'external_id', 'owner_org_id', 'framework_node_id', 'line_id', 'type', 'description', 'quantity', 'unit',
  'amount_minor', 'currency', 'start_date', 'end_date', 'status', 'location_ids',
] as const;

/** One CSV line for COPY: null as an unquoted \\N; a value quoted only where it needs to be. */
function toCsvLine(values: (string | null)[]): string {
  return `${values.map((v) => (v === null ? '\\N' : !/[",\n\r\\]/.test(v) ? v : `"${v.replace(/"/g, '""')}"`)).join(',')}\n`;
}

/** Turns one data row into a staging record, or logs its problems and returns undefined. */
function remember<T>(ref: Reference, kind: string, raw: string, compute: () => T): T {
  const key = `${kind}\u0000${raw}`;
  if (ref.memo.has(key)) return ref.memo.get(key) as T;
  const value = compute();
  if (ref.memo.size < 100_000) ref.memo.set(key, value);
  return value;
}

function resolveRow(
  cells: string[],
  rowNo: number,
  columns: ColumnMap[],
  ref: Reference,
  ownOrgId: string,
  problems: ProblemLog,
): (string | null)[] | undefined {
  const before = problems.size;
  let bad = false;
  const fail = (col: ColumnMap, message: string, value?: string, suggest?: () => string[]) => {
    bad = true;
    problems.add(col.hashtag, message, rowNo, value, suggest);
  };
  const out: Record<string, string | null> = {};
  const locations: string[] = [];
  let amount: string | undefined;
  let amountCol: ColumnMap | undefined;
  let currency: string | undefined;
  for (const col of columns) {
    if (!col.field) continue;
    const raw = (cells[col.index] ?? '').trim();
    if (!raw) continue;
    switch (col.field) {
      case 'organisation': {
        const id = remember(ref, 'org', raw, () => ref.organisations.get(raw));
        if (!id) fail(col, 'unknown organisation', raw, () => ref.organisations.suggest(raw));
        else if (id !== ownOrgId) fail(col, 'not your organisation: you import your own organisation’s contributions', raw);
        break;
      }
      case 'framework': {
        const node = remember(ref, 'framework', raw, () => ref.frameworkNodes.get(raw));
        if (!node) fail(col, 'unknown line of effort or objective', raw, () => ref.frameworkNodes.suggest(raw));
        else {
          out.framework_node_id = node.id;
          out.line_id = node.lineId;
        }
        break;
      }
      case 'location':
        // One cell may list several places, separated by | or ;.
        for (const part of raw.split(/[|;]/).map((p) => p.trim()).filter(Boolean)) {
          const id = remember(ref, col.byCode ? 'code' : 'place', part, () =>
            col.byCode ? ref.locationCodes.get(part.toUpperCase()) : (ref.locationCodes.get(part.toUpperCase()) ?? ref.locations.get(part)),
          );
          if (!id) fail(col, 'unknown place', part, () => ref.locations.suggest(part));
          else if (!locations.includes(id)) locations.push(id);
        }
        break;
      case 'description':
        if (raw.length > 5000) fail(col, 'longer than 5,000 characters');
        else out.description = raw;
        break;
      case 'type': {
        const type = remember(ref, 'type', raw, () => parseType(raw));
        if (!type) fail(col, 'unknown type (funding, personnel, training, equipment, in_kind, humanitarian_aid, diplomatic, other)', raw);
        else out.type = type;
        break;
      }
      case 'quantity': {
        const n = parseDecimal(raw);
        if (!n || n.startsWith('-') || !/^\d{1,16}(\.\d{1,4})?$/.test(n)) fail(col, 'not a quantity (a number ≥ 0, at most 4 decimals)', raw);
        else out.quantity = n;
        break;
      }
      case 'unit':
        if (raw.length > 50) fail(col, 'unit longer than 50 characters');
        else out.unit = raw;
        break;
      case 'amount': {
        const n = parseDecimal(raw);
        if (!n || n.startsWith('-')) fail(col, 'not an amount of money (a number ≥ 0)', raw);
        else {
          amount = n;
          amountCol = col;
          if (col.currency) currency = col.currency;
        }
        break;
      }
      case 'currency': {
        const c = raw.toUpperCase();
        if (!CURRENCY_SET.has(c)) fail(col, 'not an ISO 4217 currency code', raw);
        else currency = c;
        break;
      }
      case 'start':
      case 'end':
        if (!isIsoDate(raw)) fail(col, 'not a date (YYYY-MM-DD)', raw);
        else out[col.field === 'start' ? 'start_date' : 'end_date'] = raw;
        break;
      case 'status': {
        const status = remember(ref, 'status', raw, () => parseStatus(raw));
        if (!status) fail(col, 'unknown status (pledged, committed, delivered, cancelled)', raw);
        else out.status = status;
        break;
      }
      case 'externalId':
        if (raw.length > 200) fail(col, 'id longer than 200 characters');
        else out.external_id = raw;
        break;
      case 'priority':
        break;
    }
  }
  const missing = (field: string, message: string) => {
    bad = true;
    problems.add(field, message, rowNo);
  };
  if (!out.framework_node_id && !bad) missing('#sector', 'missing: every row needs a line of effort');
  if (!out.type && !bad) missing('#activity+type', 'missing: every row needs a type');
  if (amount !== undefined && amountCol) {
    if (!currency) fail(amountCol, 'an amount needs a currency (#currency, or #value +usd)');
    else {
      const minor = toMinorUnits(amount, currency);
      if (minor === undefined) fail(amountCol, `more decimals than ${currency} has`, amount);
      else if (minor > BigInt(Number.MAX_SAFE_INTEGER)) fail(amountCol, 'amount too large', amount);
      else {
        out.amount_minor = minor.toString();
        out.currency = currency;
      }
    }
  }
  if (out.quantity && !out.unit) missing('#output+unit', 'a quantity needs its unit');
  if (out.start_date && out.end_date && out.end_date < out.start_date) missing('#date+end', 'before #date+start');
  if (bad || problems.size > before) return undefined;
  out.owner_org_id = ownOrgId;
  out.status ??= 'pledged';
  out.description ??= '';
  out.row_no = String(rowNo);
  out.new_id = randomUUID();
  out.location_ids = `{${locations.join(',')}}`;
  return STAGING_COLUMNS.map((c) => out[c] ?? null);
}

export async function importContributions(
  db: Kysely<Database>,
  ctx: Ctx,
  source: Readable,
  opts: ImportOptions,
): Promise<ImportReport> {
  assertSignedIn(ctx.actor);
  const actor = ctx.actor;
  assertCanEditShared(actor, { owner_org_id: actor.orgId });
  await assertAudienceExists(db, opts.sharing, 'sharing');
  const ref = await loadReference(db);
  const problems = new ProblemLog();
  const hash = createHash('sha256');
  const report: ImportReport = {
    dryRun: opts.dryRun,
    committed: false,
    rows: 0,
    hashtagRow: null,
    columns: [],
    ignoredColumns: [],
    warnings: [],
    problems: [],
    created: 0,
    updated: 0,
    unchanged: 0,
    sha256: '',
  };

  return await withClientTransaction(db, async ({ client, db: trx, rollback }) => {
    await sql`
      CREATE TEMP TABLE import_contribution (
        row_no integer NOT NULL, external_id text, owner_org_id uuid NOT NULL, framework_node_id uuid NOT NULL,
        line_id uuid NOT NULL, type text NOT NULL, description text NOT NULL, quantity numeric(20, 4), unit text,
        amount_minor bigint, currency char(3), start_date date, end_date date, status text NOT NULL,
        location_ids uuid[] NOT NULL, existing_id uuid, existing_status text, unchanged boolean NOT NULL DEFAULT false,
        new_id uuid
      ) ON COMMIT DROP`.execute(trx);

    let bytes = 0;
    let rowNo = 0;
    let columns: ColumnMap[] | undefined;
    let previous: string[] | undefined;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        hash.update(chunk);
        done(null, chunk);
      },
    });
    let batch: string[] = [];
    const toStaging = new Transform({
      writableObjectMode: true,
      readableObjectMode: false,
      flush(done) {
        done(null, batch.length ? batch.join('') : undefined);
      },
      transform(cells: string[], _enc, done) {
        rowNo += 1;
        if (!columns) {
          if (isHashtagRow(cells)) {
            columns = mapColumns(cells, previous, CURRENCY_SET);
            report.hashtagRow = rowNo;
          } else if (rowNo >= HASHTAG_ROW_SEARCH_LIMIT) {
            return done(new AppError('validation_failed', `file: no row of HXL hashtags among the first ${HASHTAG_ROW_SEARCH_LIMIT} rows`, [{ path: 'file', message: 'no HXL hashtag row' }]));
          }
          previous = cells;
          return done();
        }
        if (cells.every((c) => c.trim() === '')) return done();
        report.rows += 1;
        if (report.rows % 5000 === 0) opts.onProgress?.({ bytes, rows: report.rows });
        const record = resolveRow(cells, rowNo, columns, ref, actor.orgId, problems);
        if (record) {
          batch.push(toCsvLine(record));
          if (batch.length >= 1000) {
            const text = batch.join('');
            batch = [];
            return done(null, text);
          }
        }
        done();
      },
    });
    // \\N marks NULL, so that an empty description stays an empty string.
    const copy = client.query(copyFrom(`COPY import_contribution (${STAGING_COLUMNS.join(', ')}) FROM STDIN WITH (FORMAT csv, NULL '\\N')`));
    try {
      await pipeline(
        source,
        counter,
        parse({ bom: true, relax_column_count: true, skip_empty_lines: false }),
        toStaging,
        copy,
      );
    } catch (err) {
      if (err instanceof AppError) throw err;
      const code = (err as { code?: string }).code;
      if (code?.startsWith('CSV_')) throw new AppError('validation_failed', `file: not a valid CSV file (${(err as Error).message})`, [{ path: 'file', message: 'not valid CSV' }]);
      throw err;
    }
    opts.onProgress?.({ bytes, rows: report.rows });
    report.sha256 = hash.digest('hex');
    if (!columns) throw new AppError('validation_failed', 'file: no row of HXL hashtags found', [{ path: 'file', message: 'no HXL hashtag row' }]);
    report.columns = columns.map(({ index, header, hashtag, field }) => ({ index, header, hashtag, field }));
    report.ignoredColumns = columns.filter((c) => !c.field && c.hashtag).map((c) => c.hashtag);
    if (!columns.some((c) => c.field === 'externalId'))
      report.warnings.push('No #meta+id column: importing this file again will add its rows again.');

    // Checks that need the whole file or the database.
    const duplicates = await sql<{ external_id: string; rows: number[] }>`
      SELECT external_id, array_agg(row_no ORDER BY row_no) AS rows FROM import_contribution
      WHERE external_id IS NOT NULL GROUP BY external_id HAVING count(*) > 1 LIMIT 1000`.execute(trx);
    for (const d of duplicates.rows) for (const r of d.rows.slice(1)) problems.add('#meta+id', 'the same id appears twice in the file', r, d.external_id);

    // Temporary tables are not analysed by autovacuum; the planner needs their size.
    await sql`ANALYZE import_contribution`.execute(trx);
    // Match rows already imported: by external id, or — for rows exported from here that
    // had none — by the contribution's own id. Two joins, each on an index (an OR would not be).
    await sql`
      UPDATE import_contribution s SET existing_id = c.id, existing_status = c.status
      FROM contribution c
      WHERE s.external_id IS NOT NULL AND c.owner_org_id = s.owner_org_id AND c.external_id = s.external_id`.execute(trx);
    await sql`
      UPDATE import_contribution s SET existing_id = c.id, existing_status = c.status
      FROM contribution c
      WHERE s.existing_id IS NULL AND s.external_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
        AND c.id = s.external_id::uuid AND c.owner_org_id = s.owner_org_id AND c.external_id IS NULL`.execute(trx);
    await sql`
      UPDATE import_contribution s SET
        unchanged = (c.framework_node_id = s.framework_node_id AND c.type = s.type AND c.description = s.description
          AND c.quantity IS NOT DISTINCT FROM s.quantity AND c.unit IS NOT DISTINCT FROM s.unit
          AND c.amount_minor IS NOT DISTINCT FROM s.amount_minor AND c.currency IS NOT DISTINCT FROM s.currency
          AND c.start_date IS NOT DISTINCT FROM s.start_date AND c.end_date IS NOT DISTINCT FROM s.end_date
          AND c.status = s.status
          AND (SELECT coalesce(array_agg(cl.location_id ORDER BY cl.location_id), '{}') FROM contribution_location cl WHERE cl.contribution_id = c.id)
              = (SELECT coalesce(array_agg(x ORDER BY x), '{}') FROM unnest(s.location_ids) x))
      FROM contribution c WHERE c.id = s.existing_id`.execute(trx);
    const backwards = await sql<{ row_no: number; existing_status: string; status: string }>`
      SELECT row_no, existing_status, status FROM import_contribution
      WHERE existing_status IS NOT NULL AND existing_status <> status
        AND NOT (existing_status = 'pledged' AND status IN ('committed', 'delivered', 'cancelled'))
        AND NOT (existing_status = 'committed' AND status IN ('delivered', 'cancelled'))
      ORDER BY row_no LIMIT 1000`.execute(trx);
    for (const b of backwards.rows) problems.add('#status', `a ${b.existing_status} contribution cannot become ${b.status}`, b.row_no);

    report.problems = problems.list();
    const counts = await sql<{ created: string; updated: string; unchanged: string }>`
      SELECT count(*) FILTER (WHERE existing_id IS NULL) AS created,
             count(*) FILTER (WHERE existing_id IS NOT NULL AND NOT unchanged) AS updated,
             count(*) FILTER (WHERE unchanged) AS unchanged
      FROM import_contribution`.execute(trx);
    report.created = Number(counts.rows[0]!.created);
    report.updated = Number(counts.rows[0]!.updated);
    report.unchanged = Number(counts.rows[0]!.unchanged);
    if (report.problems.length || opts.dryRun) {
      rollback();
      return report;
    }

    await applyStaging(trx, actor.userId, opts.sharing);
    await recordAudit(trx, ctx, {
      action: 'contribution.import',
      entity: 'contribution',
      after: { file: opts.fileName, sha256: report.sha256, rows: report.rows, created: report.created, updated: report.updated, unchanged: report.unchanged },
    });
    report.committed = true;
    return report;
  });
}

/** Creates and updates contributions from the checked staging table, set by set. */
async function applyStaging(trx: Kysely<Database>, userId: string, sharing: SharingInput) {
  await sql`
    INSERT INTO contribution (id, owner_org_id, framework_node_id, line_id, type, description, quantity, unit, amount_minor,
                              currency, start_date, end_date, status, external_id, marking, created_by)
    SELECT new_id, owner_org_id, framework_node_id, line_id, type, description, quantity, unit, amount_minor,
           currency, start_date, end_date, status, external_id, ${sharing.marking}, ${userId}
    FROM import_contribution WHERE existing_id IS NULL`.execute(trx);
  await sql`
    UPDATE contribution c SET framework_node_id = s.framework_node_id, line_id = s.line_id, type = s.type,
      description = s.description, quantity = s.quantity, unit = s.unit, amount_minor = s.amount_minor,
      currency = s.currency, start_date = s.start_date, end_date = s.end_date, status = s.status, updated_at = now()
    FROM import_contribution s WHERE c.id = s.existing_id AND NOT s.unchanged`.execute(trx);
  await sql`
    DELETE FROM contribution_location cl USING import_contribution s
    WHERE cl.contribution_id = s.existing_id AND NOT s.unchanged`.execute(trx);
  await sql`
    INSERT INTO contribution_location (contribution_id, location_id)
    SELECT coalesce(s.existing_id, s.new_id), unnest(s.location_ids)
    FROM import_contribution s WHERE NOT s.unchanged`.execute(trx);
  await sql`
    INSERT INTO contribution_status_change (contribution_id, from_status, to_status, changed_by, note)
    SELECT coalesce(s.existing_id, s.new_id), s.existing_status, s.status, ${userId}, 'import'
    FROM import_contribution s WHERE s.existing_status IS DISTINCT FROM s.status`.execute(trx);
  for (const groupId of sharing.audienceGroupIds)
    await sql`INSERT INTO share_audience (entity, row_id, group_id) SELECT 'contribution', new_id, ${groupId}::uuid FROM import_contribution WHERE existing_id IS NULL`.execute(trx);
  for (const orgId of sharing.audienceOrgIds)
    await sql`INSERT INTO share_audience (entity, row_id, org_id) SELECT 'contribution', new_id, ${orgId}::uuid FROM import_contribution WHERE existing_id IS NULL`.execute(trx);
  for (const recipient of sharing.recipientUserIds)
    await sql`INSERT INTO share_recipient (entity, row_id, user_id) SELECT 'contribution', new_id, ${recipient}::uuid FROM import_contribution WHERE existing_id IS NULL`.execute(trx);
}
