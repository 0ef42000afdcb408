// Writes rows as an HXL-tagged table — a header row, the hashtag row, then the data — in
// CSV (papaparse) or XLSX (exceljs's streaming writer), or as a JSON array of objects keyed
// by hashtag (which the JSON import reads back), fetching them in keyset batches
// so memory stays flat whatever the count. The columns are the ones the import reads, so
// that export → import is a round trip.
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import Papa from 'papaparse';
import { fromMinorUnits } from '../../../common/money.ts';

export type ExportFormat = 'csv' | 'xlsx';
/** An entity's export formats: the tables', and JSON. */
export type EntityExportFormat = ExportFormat | 'json';
/** [header people read, HXL hashtag the import reads]. */
export type ExportColumn = readonly [string, string];

/** The table formats every download offers (the coverage files among them). */
export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
/** An entity's export (`/api/<name>/export.<format>`) also as JSON, which its import reads back. */
export const ENTITY_EXPORT_TYPES: Record<EntityExportFormat, string> = { ...EXPORT_TYPES, json: 'application/json; charset=utf-8' };
/** An entity's export formats, in the order clients offer them. */
export const ENTITY_EXPORT_FORMATS = Object.keys(ENTITY_EXPORT_TYPES) as EntityExportFormat[];

const BATCH = 5000;

/** Quantity, unit, amount in major units and currency, as the import reads them back. */
export function sizeCells(r: { quantity: string | null; unit: string | null; amount_minor: string | null; currency: string | null }): string[] {
  return [
    r.quantity === null ? '' : String(Number(r.quantity)),
    r.unit ?? '',
    r.amount_minor === null || !r.currency ? '' : fromMinorUnits(r.amount_minor, r.currency),
    r.currency ?? '',
  ];
}

/**
 * Where a batch ends: rows come in (created_at, id) order. The time travels as PostgreSQL's
 * own text, to the microsecond: a JavaScript Date keeps milliseconds only, and rows created
 * together (an import) would compare after it and come back again, batch after batch.
 */
export interface Keyset {
  created_at: string;
  id: string;
}
/** The condition for rows after `after` in (created_at, id) order, on the table aliased `alias`. */
export const afterKeyset = (alias: string, after: Keyset | undefined) =>
  after ? sql`AND (${sql.ref(`${alias}.created_at`)}, ${sql.ref(`${alias}.id`)}) > (${after.created_at}::timestamptz, ${after.id}::uuid)` : sql``;

/** A batch after `after` (undefined: the first), at most `limit` rows, each with its keyset. */
export type FetchBatch = (after: Keyset | undefined, limit: number) => Promise<{ key: Keyset; cells: string[] }[]>;

export async function writeTable(format: EntityExportFormat, out: NodeJS.WritableStream, columns: readonly ExportColumn[], fetch: FetchBatch): Promise<number> {
  const sink = format === 'xlsx' ? xlsxSink(out) : format === 'json' ? jsonSink(out, columns) : csvSink(out);
  if (format !== 'json') await sink.write([columns.map((c) => c[0]), columns.map((c) => c[1])]);
  let after: Keyset | undefined;
  let count = 0;
  for (;;) {
    const rows = await fetch(after, BATCH);
    await sink.write(rows.map((r) => r.cells));
    count += rows.length;
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1]!.key;
  }
  await sink.end();
  return count;
}

interface Sink {
  write: (rows: string[][]) => Promise<void>;
  end: () => Promise<void>;
}

function csvSink(out: NodeJS.WritableStream): Sink {
  return {
    async write(rows) {
      if (!rows.length) return;
      // A cell starting with = + - @ is quoted with ' so that a spreadsheet does not run it
      // as a formula; the import takes that ' off again.
      if (!out.write(`${Papa.unparse(rows, { newline: '\n', escapeFormulae: true })}\n`)) await once(out, 'drain');
    },
    async end() {
      out.end();
      await once(out, 'finish');
    },
  };
}

/** `[{"#org": "Japan", …}, …]`: one object a row, its keys the hashtags, every value text (as the CSV's cells). */
function jsonSink(out: NodeJS.WritableStream, columns: readonly ExportColumn[]): Sink {
  const keys = columns.map((c) => JSON.stringify(c[1]));
  let written = 0;
  return {
    async write(rows) {
      let text = '';
      for (const cells of rows) text += `${written++ ? ',\n' : '[\n'}{${keys.map((k, i) => `${k}:${JSON.stringify(cells[i] ?? '')}`).join(',')}}`;
      if (text && !out.write(text)) await once(out, 'drain');
    },
    async end() {
      out.end(written ? '\n]\n' : '[]\n');
      await once(out, 'finish');
    },
  };
}

function xlsxSink(out: NodeJS.WritableStream): Sink {
  // Inline strings, no styles: the writer then holds nothing but the current row.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out as never, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('HXL');
  return {
    async write(rows) {
      for (const cells of rows) sheet.addRow(cells).commit();
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
