// Writes rows as an HXL-tagged table — a header row, the hashtag row, then the data — in
// CSV (papaparse) or XLSX (exceljs's streaming writer), or as a JSON array of objects keyed
// by hashtag (which the JSON import reads back), fetching them in keyset batches
// so memory stays flat whatever the count. The columns are the ones the import reads, so
// that export → import is a round trip. Beside each column of codes (a place's, a line of
// effort's, an organisation's) an export writes a label column (`#loc +name +label`): the
// names, in the reader's language where a translation exists, for people reading the file in
// Excel or on HDX. The import never reads a label column (interchange.tags.ts), so the
// round trip holds; a blank template has none, as there is nothing to name (ADR 0038).
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import Papa from 'papaparse';
import type { LOCALES } from '../../../common/enums.ts';
import { fromMinorUnits } from '../../../common/money.ts';
import { isLabelHashtag } from './interchange.tags.ts';

export type ExportFormat = 'csv' | 'xlsx';
/** An entity's export formats: the tables', and JSON. */
export type EntityExportFormat = ExportFormat | 'json';
/**
 * [header people read (English), HXL hashtag the import reads, the header in French and
 * Arabic]. The import reads the hashtag row only, so a header in the reader's language
 * changes nothing of what a file means; a column without its translations keeps its English header.
 */
export type ExportColumn = readonly [string, string, HeaderTranslations?];
export interface HeaderTranslations {
  fr: string;
  ar: string;
}

/** The language an export's headers and label columns are written in (names fall back to the name itself where no translation exists). */
export type ExportLang = (typeof LOCALES)[number];

/** A column's header in `lang`. */
export const headerIn = (column: ExportColumn, lang: ExportLang): string => (lang === 'en' ? column[0] : (column[2]?.[lang] ?? column[0]));

/** The columns of a blank template: the export's without its label columns, which only name what an export's codes hold. */
export const templateColumns = (columns: readonly ExportColumn[]): ExportColumn[] => columns.filter((c) => !isLabelHashtag(c[1]));

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

/** Writes the header row (in `lang`), the hashtag row and every batch; returns the number of data rows. */
export async function writeTable(
  format: EntityExportFormat,
  out: NodeJS.WritableStream,
  columns: readonly ExportColumn[],
  fetch: FetchBatch,
  lang: ExportLang = 'en',
): Promise<number> {
  const sink = format === 'xlsx' ? xlsxSink(out, columns) : format === 'json' ? jsonSink(out, columns) : csvSink(out);
  if (format !== 'json') await sink.write([columns.map((c) => headerIn(c, lang)), columns.map((c) => c[1])]);
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

/**
 * How a column's cells go into a spreadsheet, from its HXL hashtag: `#value…` and any tag
 * with `+num` are numbers, `#date…` are dates (where the cell is a whole day), the rest text.
 * Typed cells let SUM, filters and pivot tables work in Excel; a cell is typed only when its
 * value survives exactly (a plain decimal of at most 15 significant digits, a real day from
 * 1900), so export → import stays a round trip: the reader gives the number back as
 * JavaScript writes it ("1.50" → 1.5 shown as 1.50, read back "1.5", the same amount).
 */
export type CellKind = 'number' | 'date' | 'text';
export function cellKindOf(hashtag: string): CellKind {
  const [base, ...attributes] = hashtag.toLowerCase().split('+');
  if (base === '#value' || attributes.includes('num')) return 'number';
  if (base === '#date') return 'date';
  return 'text';
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^-?(\d+)(?:\.(\d+))?$/;

/** A plain decimal a double holds exactly enough to read back as the same value. */
function exactNumber(text: string): number | undefined {
  const parts = DECIMAL.exec(text);
  if (!parts) return undefined;
  const digits = `${parts[1]}${parts[2] ?? ''}`.replace(/^0+/, '');
  return digits.length <= 15 ? Number(text) : undefined;
}

/** Excel's display format for a number written with `text`'s decimals (1.50 stays 1.50). */
export function numberFormatOf(text: string): string | undefined {
  const decimals = DECIMAL.exec(text)?.[2]?.length;
  return decimals ? `0.${'0'.repeat(decimals)}` : undefined;
}

/** A cell's value as ExcelJS writes it: a number, a Date at midnight UTC, or the text unchanged. */
export function typedCell(kind: CellKind, text: string): string | number | Date {
  if (kind === 'number') return exactNumber(text) ?? text;
  if (kind === 'date') {
    const day = DAY.exec(text);
    if (day) {
      const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
      // 1900 and later only: Excel's serial dates start there.
      if (date.toISOString().slice(0, 10) === text && date.getUTCFullYear() >= 1900) return date;
    }
  }
  return text;
}

function xlsxSink(out: NodeJS.WritableStream, columns: readonly ExportColumn[]): Sink {
  // Inline strings, and styles for the one date format: the writer then holds nothing but
  // the current row.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out as never, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('HXL');
  const kinds = columns.map((c) => cellKindOf(c[1]));
  let header = 2; // the header row and the hashtag row stay text
  return {
    async write(rows) {
      for (const cells of rows) {
        const row = sheet.addRow(header > 0 ? cells : cells.map((text, i) => typedCell(kinds[i] ?? 'text', text)));
        if (header > 0) header--;
        else
          kinds.forEach((kind, i) => {
            if (kind === 'text') return;
            const cell = row.getCell(i + 1);
            if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
            else if (typeof cell.value === 'number') {
              const format = numberFormatOf(cells[i]!);
              if (format) cell.numFmt = format;
            }
          });
        row.commit();
      }
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
