// Imports rows of an HXL-tagged CSV or XLSX file, or of a JSON file (its keys are the header), all or nothing: the engine shared by
// every entity, which knows none of them. What differs — the hashtags, how a row is read and
// checked, the staging table, how it compares and how it is written — is the entity's spec
// (interchange.registry.ts), in the entity's own module (`<entity>.interchange.ts`).
//
// One pass streams the file: each row is checked and resolved (organisation, line of
// effort, places) in memory against the reference data, and good rows stream into a
// temporary table with COPY. Checks that need the whole file or the database (an id
// twice in the file, a status going backwards) then run in SQL, and set-based
// statements create or update the rows. A dry run does all of it and rolls back, so its
// report is exactly what the commit would do; a commit with any problem rolls back too.
// In `valid-rows` mode (docs/adr/0032) the rows with a problem are left out instead, the
// others committed, and the rows left out are read again from the file and written, with
// their problems, to a CSV the importer downloads. Values the file lacks may be given for the
// whole file (`values`): they go through each row's checks like a cell.
// Memory stays flat: rows are never held, only the reference data and the problem report.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Kysely, sql } from 'kysely';
import Papa from 'papaparse';
import { from as copyFrom } from 'pg-copy-streams';
import { uuidv7 } from '../../db/uuidv7.ts';
import { withReferencesChecked } from '../../db/bulk.ts';
import { withClientTransaction } from '../../db/connect.ts';
import type { Database } from '../../db/database.ts';
import type { Ctx, UserActor } from '../../infra/actor.ts';
import { AppError, invalid } from '../../infra/errors.ts';
import { authorizeUser, can } from '../../infra/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { SharingInput } from '../sharing/sharing.schema.ts';
import { sharedEntity } from '../sharing/sharing.service.ts';
import { visibleTo } from '../sharing/sharing.sql.ts';
import { importsPolicy } from './interchange.policy.ts';
import type { TextEncodingChoice, TextEncodingUsed } from './interchange.encoding.ts';
import { MAX_REJECTED_ROWS, PROBLEMS_HEADER, type Problem, ProblemLog, type ProblemLanguage, type RowProblem, problem, rowProblemsText } from './interchange.problems.ts';
import type { JsonRow } from './interchange.read.json.ts';
import { type TableFormat, readTable } from './interchange.read.ts';
import type { InterchangeSpec } from './interchange.registry.ts';
import { type ColumnMap, HASHTAG_ROW_SEARCH_LIMIT, isHashtagRow, jsonHashtags, mapColumns, parseHashtag } from './interchange.tags.ts';

export type { Problem } from './interchange.problems.ts';

/** All or nothing (any problem and nothing is written), or the rows without a problem, the others handed back. */
export const IMPORT_MODES = ['all-or-nothing', 'valid-rows'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** What `valid-rows` does (or would do, on a dry run or in the other mode): the rows it writes and the rows it leaves out. */
export interface ValidRowsOutcome {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportReport {
  dryRun: boolean;
  committed: boolean;
  mode: ImportMode;
  /** The text encoding the file was read in. */
  encoding: TextEncodingUsed;
  /** Values given for the whole file: a column added to every row, or the blank cells of the file's own column filled. */
  fileValues: { hashtag: string; value: string; inFile: boolean }[];
  rows: number;
  hashtagRow: number | null;
  columns: { index: number; header: string; hashtag: string; field: string | null }[];
  /** Columns with a hashtag the entity does not know: not read. */
  ignoredColumns: string[];
  /** Ignored too, by design: label columns (`+label`), the names an export writes beside its codes for people (ADR 0038). */
  labelColumns: string[];
  warnings: string[];
  problems: Problem[];
  created: number;
  updated: number;
  unchanged: number;
  /**
   * What `valid-rows` does with this file; null when more than MAX_REJECTED_ROWS rows have a
   * problem (only all-or-nothing is then possible). In `valid-rows` mode, created, updated and
   * unchanged above are these.
   */
  validRows: ValidRowsOutcome | null;
  /** Whether the rows with a problem were written to a file to download (the job's file): on a dry run, and on a `valid-rows` commit. */
  rejectedFile: boolean;
  sha256: string;
}

export interface ImportOptions {
  dryRun: boolean;
  fileName: string;
  /** CSV unless said otherwise. */
  format?: TableFormat;
  /** A CSV's text encoding; guessed unless said (interchange.encoding.ts). */
  encoding?: TextEncodingChoice;
  /** All or nothing unless said otherwise. */
  mode?: ImportMode;
  /** Values for the whole file, by hashtag (`{"#activity+type": "training"}`): see checkFileValues. */
  values?: Record<string, string>;
  /**
   * Where the rows with a problem go, with their problems, when there are any (a dry run, or a
   * `valid-rows` commit): `reopen` reads the file again from its start, `path` gives the file
   * to write. Without it no such file is written.
   */
  rejected?: { reopen: () => Readable; path: (name: string) => Promise<string> };
  /** The language the rows handed back word their problems in: the importer's (English unless said). */
  language?: ProblemLanguage;
  /** Marking and audience of the rows the import creates (updates keep theirs). */
  sharing: SharingInput;
  onProgress?: (p: { bytes: number; rows: number }) => void;
  /**
   * Runs inside the import's transaction just before it commits (never on a dry run or a
   * file with problems): a job completes itself here, so that the rows and the job's
   * success commit together, and a committed import is never run again. Throwing rolls
   * the import back.
   */
  beforeCommit?: (trx: Kysely<Database>, report: ImportReport) => Promise<void>;
}

/** For whom `actor` may import rows (interchange.policy.ts: their own organisation; the secretariat's admins and coordinators, any). */
export function mayImportFor(actor: UserActor): (orgId: string) => boolean {
  return (orgId) => can(actor, importsPolicy, 'importFor', orgId);
}

const UUID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

/** What an import row hears when its id is that of a row its importer cannot read: the same words whatever the row. */
export const TAKEN_ID = problem('id_taken');

/** One CSV line for COPY: null as an unquoted \\N; a value quoted only where it needs to be. */
function toCsvLine(values: (string | null)[]): string {
  return `${values.map((v) => (v === null ? '\\N' : !/[",\n\r\\]/.test(v) ? v : `"${v.replace(/"/g, '""')}"`)).join(',')}\n`;
}

/** For an entity with a table of its own (ADR 0018): sets each staged row's existing_id, and drops the rows whose id a hidden row holds. */
async function matchExisting(trx: Kysely<Database>, table: ReturnType<typeof sql.table>, targetTable: string, entity: string, actor: UserActor, problems: ProblemLog) {
  // Match rows already imported: by external id, or — for rows exported from here that
  // had none — by the row's own id. Two joins, each on an index (an OR would not be).
  // Only rows the importer may read are matched: an import never reads, compares or
  // changes a row its actor cannot see (a RED row not naming them, for a colleague or
  // for the secretariat importing on a member's behalf).
  const target = sql.table(targetTable);
  const visible = visibleTo(actor, entity, 't');
  await sql`
    UPDATE ${table} s SET existing_id = t.id FROM ${target} t
    WHERE s.external_id IS NOT NULL AND t.owner_org_id = s.owner_org_id AND t.external_id = s.external_id AND ${visible}`.execute(trx);
  await sql`
    UPDATE ${table} s SET existing_id = t.id FROM ${target} t
    WHERE s.existing_id IS NULL AND s.external_id ~ ${UUID_PATTERN}
      AND t.id = s.external_id::uuid AND t.owner_org_id = s.owner_org_id AND t.external_id IS NULL AND ${visible}`.execute(trx);
  // A row's id that belongs to a row the importer cannot read is taken, and that is all
  // the report says: no status, no values, no "updated" or "unchanged". The row leaves the
  // staging table so that nothing — compare, counts, apply — ever looks at the hidden row.
  // (The id is unique per organisation, so saying "taken" cannot be avoided; SECURITY.md.)
  const taken = await sql<{ row_no: number; external_id: string }>`
    DELETE FROM ${table} s
    WHERE s.existing_id IS NULL AND s.external_id IS NOT NULL AND (
      EXISTS (SELECT 1 FROM ${target} t WHERE t.owner_org_id = s.owner_org_id AND t.external_id = s.external_id)
      OR (s.external_id ~ ${UUID_PATTERN}
          AND EXISTS (SELECT 1 FROM ${target} t WHERE t.id = s.external_id::uuid AND t.owner_org_id = s.owner_org_id AND t.external_id IS NULL)))
    RETURNING s.row_no, s.external_id`.execute(trx);
  for (const r of taken.rows.sort((a, b) => a.row_no - b.row_no)) problems.add('#meta+id', TAKEN_ID, r.row_no, r.external_id);
}

/** The longest value a whole file may be given for a column (the longest cell any entity takes). */
const MAX_FILE_VALUE_CHARACTERS = 5000;

/**
 * Checks the values given for a whole file: each under a hashtag the entity reads, with text
 * of a cell's size. What the value says is checked later, like a cell of each row. 400 naming
 * `values.<hashtag>` otherwise.
 */
export function checkFileValues(spec: Pick<InterchangeSpec, 'columns' | 'label'>, values: Record<string, string> | undefined, at = 'values'): Record<string, string> {
  const checked: Record<string, string> = {};
  const fields = new Set<string>();
  for (const [key, raw] of Object.entries(values ?? {})) {
    const path = `${at}.${key}`;
    const tag = parseHashtag(key);
    const field = tag ? mapColumns([key], undefined, spec.columns)[0]?.field : null;
    if (!field) throw invalid(path, `not a hashtag ${spec.label} files have`);
    if (typeof raw !== 'string' || !raw.trim()) throw invalid(path, 'a value is needed');
    if (raw.length > MAX_FILE_VALUE_CHARACTERS) throw invalid(path, `longer than ${MAX_FILE_VALUE_CHARACTERS} characters`);
    const repeatable = spec.columns.find((r) => r.field === field)?.repeatable;
    if (fields.has(field) && !repeatable) throw invalid(path, 'another value is given for the same column');
    fields.add(field);
    checked[key] = raw.trim();
  }
  return checked;
}

/** How the file-wide values meet a file's columns: added as columns after the file's own, or filling a column the file has. */
interface FileValuePlan {
  columns: ColumnMap[];
  /** The file's own column count: added values come after it. */
  width: number;
  added: string[];
  /** The hashtags, as given, of the values the file has a column for. */
  inFile: Set<string>;
  filled: { index: number; hashtag: string; value: string }[];
}

function planFileValues(hashtagRow: string[], headerRow: string[] | undefined, spec: InterchangeSpec, values: Record<string, string>): FileValuePlan {
  const own = mapColumns(hashtagRow, headerRow, spec.columns);
  const filled: FileValuePlan['filled'] = [];
  const addedTags: string[] = [];
  const added: string[] = [];
  const inFile = new Set<string>();
  for (const [hashtag, value] of Object.entries(values)) {
    const field = mapColumns([hashtag], undefined, spec.columns)[0]!.field!;
    const repeatable = spec.columns.find((r) => r.field === field)?.repeatable;
    const present = repeatable ? undefined : own.find((c) => c.field === field);
    if (present) {
      filled.push({ index: present.index, hashtag: present.hashtag, value });
      inFile.add(hashtag);
    } else {
      addedTags.push(hashtag);
      added.push(value);
    }
  }
  const width = hashtagRow.length;
  const columns = addedTags.length ? mapColumns([...hashtagRow, ...addedTags], [...(headerRow ?? hashtagRow.map(() => '')), ...addedTags.map(() => '')], spec.columns) : own;
  return { columns, width, added, inFile, filled };
}

/** One row with the file-wide values in: blank cells of a column the file has filled, a cell that says otherwise a problem. */
function withFileValues(cells: string[], plan: FileValuePlan, rowNo: number, problems: ProblemLog): { cells: string[]; conflict: boolean } {
  if (!plan.added.length && !plan.filled.length) return { cells, conflict: false };
  const row = cells.slice(0, plan.width);
  while (row.length < plan.width) row.push('');
  let conflict = false;
  for (const f of plan.filled) {
    const cell = (row[f.index] ?? '').trim();
    if (!cell) row[f.index] = f.value;
    else if (cell.toLowerCase() !== f.value.toLowerCase()) {
      conflict = true;
      problems.add(f.hashtag, problem('file_value_conflict', { value: f.value }), rowNo, cell);
    }
  }
  row.push(...plan.added);
  return { cells: row, conflict };
}

/** Leaves the rows with a problem out of the staging table (valid-rows mode). */
async function leaveOut(trx: Kysely<Database>, table: ReturnType<typeof sql.table>, rows: ReadonlyMap<number, unknown>) {
  const numbers = [...rows.keys()];
  for (let at = 0; at < numbers.length; at += 10_000) await sql`DELETE FROM ${table} WHERE row_no = ANY(${numbers.slice(at, at + 10_000)}::int[])`.execute(trx);
}

/**
 * Reads the file again and writes its rows with a problem, in file order, to a CSV: a
 * `Problems` column first (its hashtag #x_problems, which no entity reads), then the file's
 * own columns as they were — its header and hashtag rows too — so that, corrected, it
 * imports again. Cells that a spreadsheet would run as formulas get a ' the import takes off.
 */
async function writeRejectedRows(
  source: Readable,
  format: TableFormat,
  encoding: TextEncodingUsed,
  spec: InterchangeSpec,
  rows: ReadonlyMap<number, readonly RowProblem[]>,
  path: string,
  lang: ProblemLanguage,
) {
  const file = readTable(source, format, encoding);
  const out = createWriteStream(path, { mode: 0o600 });
  const write = async (cells: string[]) => {
    if (!out.write(`${Papa.unparse([cells], { newline: '\n', escapeFormulae: true })}\n`)) await once(out, 'drain');
  };
  try {
    out.write('\uFEFF');
    let rowNo = 0;
    let found = false;
    let previous: string[] | undefined;
    for await (const cells of file.rows as AsyncIterable<string[]>) {
      rowNo += 1;
      if (!found && file.keyed) {
        await write([PROBLEMS_HEADER[lang], ...cells]);
        await write(['#x_problems', ...jsonHashtags(cells, spec.columns)]);
        found = true;
        rowNo = 0;
        continue;
      }
      if (!found) {
        if (isHashtagRow(cells)) {
          found = true;
          if (previous) await write([PROBLEMS_HEADER[lang], ...previous]);
          await write(['#x_problems', ...cells]);
        }
        previous = cells;
        continue;
      }
      const problems = rows.get(rowNo);
      if (problems) await write([rowProblemsText(problems, lang), ...cells]);
    }
    out.end();
    await once(out, 'finish');
  } catch (err) {
    out.destroy();
    throw err;
  }
}

export async function runImport(db: Kysely<Database>, ctx: Ctx, source: Readable, opts: ImportOptions, spec: InterchangeSpec): Promise<ImportReport> {
  authorizeUser(ctx.actor, importsPolicy, 'import');
  const actor = ctx.actor;
  const shared = sharedEntity(spec.entity);
  await shared.bulk.assertAudience(db, opts.sharing, 'sharing');
  // Rows read through the shared row they belong to (no table of their own to share) take no marking or audience (ADR 0018).
  const { marking, audienceGroupIds, audienceOrgIds, recipientUserIds } = opts.sharing;
  if (!spec.table && (marking !== 'GREEN' || audienceGroupIds.length || audienceOrgIds.length || recipientUserIds.length))
    throw invalid('sharing.marking', `${spec.label} are read through the ${spec.entity} they belong to: they take no marking or audience of their own (leave GREEN)`);
  const values = checkFileValues(spec, opts.values);
  const mode = opts.mode ?? 'all-or-nothing';
  const problems = new ProblemLog();
  const mayActFor = mayImportFor(actor);
  const reader = await spec.prepare(db, { actor, mayActFor });
  const report: ImportReport = {
    dryRun: opts.dryRun,
    committed: false,
    mode,
    encoding: 'utf-8',
    fileValues: [],
    rows: 0,
    hashtagRow: null,
    columns: [],
    ignoredColumns: [],
    labelColumns: [],
    warnings: [],
    problems: [],
    created: 0,
    updated: 0,
    unchanged: 0,
    validRows: null,
    rejectedFile: false,
    sha256: '',
  };
  const table = sql.table(spec.staging.table);

  return await withClientTransaction(db, async ({ client, db: trx, rollback }) => {
    await sql`
      CREATE TEMP TABLE ${table} (
        row_no integer NOT NULL, new_id uuid NOT NULL, existing_id uuid, unchanged boolean NOT NULL DEFAULT false,
        ${spec.staging.definition}
      ) ON COMMIT DROP`.execute(trx);

    const format = opts.format ?? 'csv';
    const file = readTable(source, format, opts.encoding);
    let rowNo = 0;
    let columns: ColumnMap[] | undefined;
    let plan: FileValuePlan | undefined;
    const planFor = (hashtagRow: string[], headerRow: string[] | undefined) => {
      plan = planFileValues(hashtagRow, headerRow, spec, values);
      report.fileValues = Object.entries(values).map(([hashtag, value]) => ({
        hashtag,
        value,
        inFile: plan!.inFile.has(hashtag),
      }));
      return plan.columns;
    };
    let previous: string[] | undefined;
    let batch: string[] = [];
    const toStaging = new Transform({
      writableObjectMode: true,
      readableObjectMode: false,
      writableHighWaterMark: 2048,
      flush(done) {
        done(null, batch.length ? batch.join('') : undefined);
      },
      transform(cells: JsonRow, _enc, done) {
        rowNo += 1;
        if (!columns && file.keyed) {
          // A JSON file's keys: its data rows are numbered from 1, as its objects are.
          columns = planFor(jsonHashtags(cells, spec.columns), cells);
          rowNo = 0;
          return done();
        }
        if (!columns) {
          if (isHashtagRow(cells)) {
            columns = planFor(cells, previous);
            report.hashtagRow = rowNo;
          } else if (rowNo >= HASHTAG_ROW_SEARCH_LIMIT) {
            return done(
              new AppError('validation_failed', `file: no row of HXL hashtags among the first ${HASHTAG_ROW_SEARCH_LIMIT} rows`, [{ path: 'file', message: 'no HXL hashtag row' }]),
            );
          }
          previous = cells;
          return done();
        }
        if (!cells.problems && cells.every((c) => c.trim() === '')) return done();
        report.rows += 1;
        if (report.rows % 5000 === 0) opts.onProgress?.({ bytes: file.bytes(), rows: report.rows });
        // Cells a JSON file gives that are no value (a nested object, a number it cannot keep): the row is not read further.
        if (cells.problems) {
          for (const p of cells.problems) problems.add(columns[p.column]?.header ?? '', p.problem, rowNo, p.value);
          return done();
        }
        const row = withFileValues(cells, plan!, rowNo, problems);
        // A row whose cell disagrees with the file-wide value is still read, for its other problems, but not kept.
        const record = reader.read(row.cells, { rowNo, columns, problems });
        if (record && !row.conflict) {
          // Time-ordered ids: a million new rows append to the primary-key index instead of scattering over it.
          batch.push(toCsvLine([String(rowNo), uuidv7(), ...record]));
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
    const copy = client.query(copyFrom(`COPY ${spec.staging.table} (row_no, new_id, ${spec.staging.columns.join(', ')}) FROM STDIN WITH (FORMAT csv, NULL '\\N')`));
    await pipeline(file.rows, toStaging, copy);
    opts.onProgress?.({ bytes: file.bytes(), rows: report.rows });
    report.sha256 = file.sha256();
    report.encoding = file.encoding();
    if (!columns) throw new AppError('validation_failed', 'file: no row of HXL hashtags found', [{ path: 'file', message: 'no HXL hashtag row' }]);
    report.columns = columns.map(({ index, header, hashtag, field }) => ({ index, header, hashtag, field }));
    report.ignoredColumns = columns.filter((c) => !c.field && !c.label && c.hashtag).map((c) => c.hashtag);
    report.labelColumns = columns.filter((c) => c.label).map((c) => c.hashtag);
    if (!columns.some((c) => c.field === 'externalId')) report.warnings.push('No #meta+id column: importing this file again will add its rows again.');

    const duplicates = await sql<{ external_id: string; rows: number[] }>`
      SELECT external_id, array_agg(row_no ORDER BY row_no) AS rows FROM ${table}
      WHERE external_id IS NOT NULL GROUP BY owner_org_id, external_id HAVING count(*) > 1 LIMIT 1000`.execute(trx);
    for (const d of duplicates.rows) for (const r of d.rows.slice(1)) problems.add('#meta+id', problem('id_twice'), r, d.external_id);

    // Temporary tables are not analysed by autovacuum; the planner needs their size.
    await sql`ANALYZE ${table}`.execute(trx);
    // Match rows already imported (entities with a table of their own; ADR 0018).
    if (spec.table) await matchExisting(trx, table, spec.table, spec.entity, actor, problems);
    // valid-rows: the rows with a problem so far leave before the entity's own checks (which
    // may write, in a savepoint per row: the ledger's), and those these find leave after them.
    if (mode === 'valid-rows' && problems.rows()) await leaveOut(trx, table, problems.rows()!);
    await spec.compare(trx, problems, { ...ctx, actor });
    const rejected = problems.rows();
    if (mode === 'valid-rows' && rejected) await leaveOut(trx, table, rejected);

    report.problems = problems.list();
    const count = async (without: readonly number[]) => {
      const counts = await sql<{ created: string; updated: string; unchanged: string }>`
        SELECT count(*) FILTER (WHERE existing_id IS NULL) AS created,
               count(*) FILTER (WHERE existing_id IS NOT NULL AND NOT unchanged) AS updated,
               count(*) FILTER (WHERE unchanged) AS unchanged
        FROM ${table} WHERE NOT (row_no = ANY(${without}::int[]))`.execute(trx);
      return { created: Number(counts.rows[0]!.created), updated: Number(counts.rows[0]!.updated), unchanged: Number(counts.rows[0]!.unchanged) };
    };
    Object.assign(report, await count([]));
    // What the other mode would do, so that a dry run shows both.
    if (rejected) report.validRows = { ...(mode === 'valid-rows' ? await count([]) : await count([...rejected.keys()])), rejected: rejected.size };
    else report.warnings.push(`More than ${MAX_REJECTED_ROWS} rows have a problem: only the whole file can be imported, once they are corrected.`);
    const writeRejected = async () => {
      if (!opts.rejected || !rejected?.size) return;
      await writeRejectedRows(
        opts.rejected.reopen(),
        format,
        report.encoding,
        spec,
        rejected,
        await opts.rejected.path(`${spec.name}-rows-with-problems.csv`),
        opts.language ?? 'en',
      );
      report.rejectedFile = true;
    };
    const importable = mode === 'valid-rows' ? rejected !== undefined : report.problems.length === 0;
    if (!importable || opts.dryRun) {
      rollback();
      if (opts.dryRun) await writeRejected();
      return report;
    }

    await withReferencesChecked(trx, { ...reader.references(), app_user: [actor.userId] }, () => spec.apply(trx, { by: actor.userId, marking: opts.sharing.marking }));
    // New rows get the import's audience; rows that existed keep theirs.
    if (spec.table) await shared.bulk.share(trx, sql`SELECT new_id FROM ${table} WHERE existing_id IS NULL`, opts.sharing);
    await recordAudit(trx, ctx, {
      action: `${spec.entity}.import`,
      entity: spec.entity,
      after: {
        file: opts.fileName,
        sha256: report.sha256,
        mode,
        encoding: report.encoding,
        ...(Object.keys(values).length ? { values } : {}),
        rows: report.rows,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        rejected: rejected?.size ?? 0,
      },
    });
    await writeRejected();
    report.committed = true;
    await opts.beforeCommit?.(trx, report);
    return report;
  });
}
