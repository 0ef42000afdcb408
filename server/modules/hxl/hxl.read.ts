// Reads a spreadsheet file as a stream of rows of text cells, whatever its format: CSV
// (UTF-8, with or without a byte-order mark; comma, semicolon or tab) through papaparse,
// or the first worksheet of an XLSX workbook through exceljs's streaming reader. Neither
// holds the file: rows flow on as they are read, with back-pressure, so memory stays flat.
import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../infra/errors.ts';

export type TableFormat = 'csv' | 'xlsx';

/** Which reader a file needs, from its name (or content type): XLSX when it says so, CSV otherwise. */
export function formatOf(fileName: string, contentType?: string): TableFormat {
  return /\.xlsx$/i.test(fileName) || contentType === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' ? 'xlsx' : 'csv';
}

export interface TableSource {
  /** Rows of trimmed-or-not text cells, in file order (object mode, one `string[]` each). */
  rows: Readable;
  /** Bytes read so far, and the file's SHA-256 once it has been read to the end. */
  bytes: () => number;
  sha256: () => string;
}

const invalid = (message: string) => new AppError('validation_failed', `file: ${message}`, [{ path: 'file', message }]);

export function readTable(source: Readable, format: TableFormat): TableSource {
  let bytes = 0;
  const hash = createHash('sha256');
  const counted = source.pipe(
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        hash.update(chunk);
        done(null, chunk);
      },
    }),
  );
  source.on('error', (err) => counted.destroy(err));
  let digest: string | undefined;
  const sha256 = () => (digest ??= hash.digest('hex'));
  return { rows: format === 'xlsx' ? xlsxRows(counted) : csvRows(counted), bytes: () => bytes, sha256 };
}

/**
 * CSV through papaparse (about four times the speed of csv-parse on our files). Its
 * `chunk` callback hands over each parsed piece with its errors, which a malformed file
 * must surface, not drop; pausing the parser when the reader is full keeps back-pressure.
 */
function csvRows(bytes: Readable): Readable {
  let paused: Papa.Parser | undefined;
  let rowsSoFar = 0;
  const out = new Readable({
    objectMode: true,
    highWaterMark: 2048,
    read() {
      const parser = paused;
      paused = undefined;
      parser?.resume();
    },
  });
  // Decoding here, not inside papaparse, keeps a character split between chunks whole.
  bytes.setEncoding('utf8');
  let first = true;
  const text = bytes.pipe(
    new Transform({
      decodeStrings: false,
      transform(chunk: string, _enc, done) {
        if (first) {
          first = false;
          if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
        }
        done(null, chunk);
      },
    }),
  );
  bytes.on('error', (err) => out.destroy(err));
  Papa.parse<string[]>(text as unknown as File, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
    chunk(results, handle) {
      // A file with one column has no delimiter to find: that is not an error.
      const error = results.errors.find((e) => e.code !== 'UndetectableDelimiter');
      if (error) {
        handle.abort();
        const row = rowsSoFar + (error.row ?? 0) + 1;
        out.destroy(invalid(`not valid CSV (row ${row}: ${error.message})`));
        return;
      }
      rowsSoFar += results.data.length;
      let room = true;
      for (const row of results.data) room = out.push(row);
      if (!room) {
        paused = handle;
        handle.pause();
      }
    },
    complete() {
      if (!out.destroyed) out.push(null);
    },
    error(err: Error) {
      out.destroy(err);
    },
  });
  return out;
}

/** The first worksheet of a workbook, each cell as the text a person sees in it. */
function xlsxRows(bytes: Readable): Readable {
  async function* rows() {
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(bytes, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
    try {
      for await (const worksheet of workbook) {
        let next = 1;
        for await (const row of worksheet) {
          // Blank rows are absent from the sheet's XML; keep the numbering people see.
          for (; next < row.number; next++) yield [] as string[];
          next = row.number + 1;
          const values = row.values as unknown[];
          const cells: string[] = [];
          for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
          yield cells;
        }
        return; // the first worksheet only
      }
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw invalid(`not a readable XLSX workbook (${(err as Error).message})`);
    }
  }
  return Readable.from(rows(), { objectMode: true, highWaterMark: 2048 });
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    // Excel dates carry no zone: exceljs gives them as UTC. A date without a time is a day.
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return v.error;
  }
  return String(value);
}
