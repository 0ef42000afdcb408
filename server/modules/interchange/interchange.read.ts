// Reads a spreadsheet file as a stream of rows of text cells, whatever its format: CSV
// (UTF-8 with or without a byte-order mark, or Windows-1252: interchange.encoding.ts; comma,
// semicolon or tab) through papaparse,
// or the first worksheet of an XLSX workbook, unpacked by random access (server/infra/zip.ts)
// and parsed as it unpacks with saxes. Neither holds the file: rows flow on as they are
// read, with back-pressure, and an XLSX's shared strings spill to disk past a fixed amount,
// so memory stays bounded whatever the file (docs/adr/0006-bounded-uploads-and-imports.md).
// A JSON file (an array of objects, a DHIS2 dataValueSet) is read by interchange.read.json.ts:
// its first row is the objects' keys instead of a hashtag row (docs/adr/0014-json-interchange.md).
import { createHash } from 'node:crypto';
import { closeSync, createWriteStream, openSync, readSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { AppError } from '../../infra/errors.ts';
import { CsvDecoder, type TextEncodingChoice, type TextEncodingUsed } from './interchange.encoding.ts';
import { type OpenedZip, ZipProblem, openZip } from '../../infra/zip.ts';
import { jsonRows } from './interchange.read.json.ts';

/** The formats the engine reads, in the order clients offer them: the one list the API, the web and the command line give. */
export const TABLE_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** Which reader a file needs, from its name (or content type): XLSX or JSON when it says so, CSV otherwise. */
export function formatOf(fileName: string, contentType?: string): TableFormat {
  if (/\.xlsx$/i.test(fileName) || contentType === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') return 'xlsx';
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (/\.json$/i.test(fileName) || type === 'application/json' || type?.endsWith('+json')) return 'json';
  return 'csv';
}

export interface TableSource {
  /** Rows of trimmed-or-not text cells, in file order (object mode, one `string[]` each). */
  rows: Readable;
  /** Bytes read so far, and the file's SHA-256 once it has been read to the end. */
  bytes: () => number;
  sha256: () => string;
  /**
   * JSON: the first row is the keys of the file's objects (not cells to search for a hashtag
   * row), and a row may carry `problems` (JsonRow); data rows count from 1 after it.
   */
  keyed: boolean;
  /** The text encoding the file was read in, once read (a CSV's is chosen or guessed; XLSX and JSON are UTF-8). */
  encoding: () => TextEncodingUsed;
}

/** A file that cannot be read: 400 naming the file, or 413 when it unpacks past a limit. */
const invalid = (message: string, tooLarge = false) => new AppError(tooLarge ? 'payload_too_large' : 'validation_failed', `file: ${message}`, [{ path: 'file', message }]);

export function readTable(source: Readable, format: TableFormat, encoding: TextEncodingChoice = 'auto'): TableSource {
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
  // A reader that stops early (a refused file, a consumer that gave up) stops the source too,
  // so that the rest of the file is neither read nor left open.
  counted.on('close', () => source.destroy());
  let digest: string | undefined;
  const sha256 = () => (digest ??= hash.digest('hex'));
  const decoder = new CsvDecoder(encoding);
  const rows = format === 'xlsx' ? xlsxRows(counted) : format === 'json' ? jsonRows(counted) : csvRows(counted, decoder);
  return { rows, bytes: () => bytes, sha256, keyed: format === 'json', encoding: () => (format === 'csv' ? decoder.encoding : 'utf-8') };
}

/** Limits of the CSV reader. */
export const CSV_LIMITS = {
  /**
   * Characters of CSV text one row may take, quotes and delimiters included: the XLSX reader's
   * 65,536 characters a row, four times over for quoting. papaparse holds the row it has not
   * finished and parses it again with every piece of text that follows, so without this an
   * unclosed quote near the start of a large file held the whole rest of the file in memory
   * and took time growing with its square (150 MB: 8 minutes) before it was refused.
   */
  maxRowTextCharacters: 4 * 65_536,
  /** Text handed to papaparse at a time, so that the row check runs this often whatever the source's chunks. */
  pieceCharacters: 64 * 1024,
};

/**
 * CSV through papaparse (about four times the speed of csv-parse on our files). Its
 * `chunk` callback hands over each parsed piece with its errors, which a malformed file
 * must surface, not drop; pausing the parser when the reader is full keeps back-pressure.
 */
function csvRows(bytes: Readable, decoder: CsvDecoder): Readable {
  let paused: Papa.Parser | undefined;
  let rowsSoFar = 0;
  /**
   * Characters of text papaparse has parsed, through the piece its callback reports on; its
   * `meta.cursor` says where its last complete row ended. papaparse parses the pieces in the
   * order they came, one callback each (one that came while it was paused waits its turn):
   * their lengths wait here in that order.
   */
  let textParsed = 0;
  const pieceLengths: number[] = [];
  const out = new Readable({
    objectMode: true,
    highWaterMark: 2048,
    read() {
      const parser = paused;
      paused = undefined;
      if (!parser) return;
      parser.resume();
      // The text is paused with the parser: papaparse's pause stops its parsing, not the stream,
      // which otherwise went on queueing the whole file as text behind a full reader.
      if (!paused) text.resume();
    },
  });
  // Decoding here, not inside papaparse, keeps a character split between chunks whole. It
  // is strict: bytes that are not text in the file's encoding (interchange.encoding.ts), or a
  // NUL (which no database text may hold), make the file a 400 naming it, instead of text
  // silently changed or a failure in COPY.
  let offset = 0;
  const decode = (chunk: Buffer | undefined, stream: boolean) => {
    const text = decoder.decode(chunk, !stream);
    const nul = text.indexOf('\u0000');
    if (nul >= 0) throw invalid(`contains a NUL character (near byte ${offset + nul})`);
    offset += chunk?.length ?? 0;
    return text;
  };
  // Text goes on in pieces of at most pieceCharacters (never between the two halves of a
  // surrogate pair), so that papaparse's callback, where the row check is, runs that often.
  const pushPieces = (stream: Transform, text: string) => {
    for (let at = 0; at < text.length; ) {
      let end = Math.min(text.length, at + CSV_LIMITS.pieceCharacters);
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
      stream.push(text.slice(at, end));
      at = end;
    }
  };
  const text = bytes.pipe(
    new Transform({
      readableObjectMode: false,
      transform(chunk: Buffer, _enc, done) {
        try {
          pushPieces(this, decode(chunk, true));
          done();
        } catch (err) {
          done(err as Error);
        }
      },
      flush(done) {
        try {
          pushPieces(this, decode(undefined, false));
          done();
        } catch (err) {
          done(err as Error);
        }
      },
    }),
  );
  text.setEncoding('utf8');
  // Registered before papaparse's own listener: each piece is counted before it is parsed.
  text.on('data', (piece: string) => pieceLengths.push(piece.length));
  let failed = false;
  /** Stops everything at the first problem: the rows, the parser, and the reading of the file. */
  const fail = (err: Error, parser?: Papa.Parser) => {
    if (failed) return;
    failed = true;
    out.destroy(err);
    text.destroy();
    bytes.destroy();
    parser?.abort();
  };
  text.on('error', (err) => fail(err));
  bytes.on('error', (err) => fail(err));
  // The consumer gave up (or all was read): nothing more is to be read.
  out.on('close', () => {
    text.destroy();
    bytes.destroy();
  });
  Papa.parse<string[]>(text as unknown as File, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
    chunk(results, handle) {
      if (failed) return;
      // A file with one column has no delimiter to find: that is not an error.
      const error = results.errors.find((e) => e.code !== 'UndetectableDelimiter');
      if (error) {
        const row = rowsSoFar + (error.row ?? 0) + 1;
        fail(invalid(`not valid CSV (row ${row}: ${error.message})`), handle);
        return;
      }
      rowsSoFar += results.data.length;
      // What papaparse holds after this piece is the row it has not finished.
      textParsed += pieceLengths.shift() ?? 0; // the last callback, at the end, parses no new piece
      const unfinished = textParsed - results.meta.cursor;
      if (unfinished > CSV_LIMITS.maxRowTextCharacters) {
        fail(invalid(`not valid CSV (row ${rowsSoFar + 1}: longer than ${CSV_LIMITS.maxRowTextCharacters} characters; is a quote left open?)`), handle);
        return;
      }
      let room = true;
      for (const row of results.data) room = out.push(row);
      if (!room) {
        paused = handle;
        handle.pause();
        text.pause();
      }
    },
    complete() {
      if (!failed && !out.destroyed) out.push(null);
    },
    error(err: Error) {
      fail(err);
    },
  });
  return out;
}

/**
 * Limits of the XLSX reader. Each is Excel's own limit where Excel has one, so that no
 * workbook Excel can save is refused; beyond them a file is refused as not a workbook.
 */
export const XLSX_LIMITS = {
  /** Unpacked size of the worksheet or of the shared-string table (each). */
  maxPartBytes: 1024 * 2 ** 20,
  /** Unpacked size of the small parts read whole: workbook, relationships, styles. */
  maxSmallPartBytes: 16 * 2 ** 20,
  maxSharedStrings: 4 * 2 ** 20,
  /** Shared-string text kept in memory; the rest waits on disk and is read back by offset. */
  sharedStringsInMemoryBytes: 16 * 2 ** 20,
  maxCellCharacters: 32_767,
  maxRowCharacters: 65_536,
  maxColumns: 16_384,
  maxRows: 1_048_576,
  /** Longest run of XML without a tag or text ending in it (Excel's longest cell, escaped, is far less). */
  maxTokenBytes: 1024 * 1024,
  /**
   * Elements open at once in any part. A worksheet nests about six deep (worksheet, sheetData,
   * row, c, is, r, t); saxes keeps every open element on a stack, so without this a few KB of
   * unclosed `<x>`, deflated, took the server to gigabytes.
   */
  maxElementDepth: 64,
  /** Attributes on one element (Excel writes a few dozen at most). */
  maxAttributes: 256,
  /**
   * Blank cells a worksheet may give before the last cell of a row (a row's gaps come out as
   * empty text, each built and handed on). One `<c r="XFD1"/>` per row is 24 bytes of XML that
   * makes 16,383 of them: without this cap, 13 KB packed took minutes and 700 MB. Cells
   * written in the XML cost their bytes, like any other XML; only these cost nothing to send.
   */
  maxBlankCells: 16 * 2 ** 20,
};

const DEFAULT_WORKBOOK_PART = 'xl/workbook.xml';
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * The first worksheet of a workbook (the first tab), each cell as the text a person sees
 * in it. The upload is copied to a private temporary directory (the ZIP format needs its
 * central directory, at the end), the parts are read by random access and parsed as they
 * unpack, the shared-string table is spilled to disk past a fixed amount, and the directory
 * is removed as soon as the rows are read, the reading fails or the reader is destroyed.
 * Memory stays bounded whatever the workbook: see XLSX_LIMITS and docs/adr/0006.
 */
function xlsxRows(bytes: Readable): Readable {
  async function* rows(): AsyncGenerator<string[]> {
    const work = await mkdtemp(join(tmpdir(), 'entente-xlsx-'));
    let zip: OpenedZip | undefined;
    let strings: SharedStrings | undefined;
    try {
      const path = join(work, 'workbook.xlsx');
      await pipeline(bytes, createWriteStream(path));
      zip = await openZip(path);
      const workbookPath = await officeDocumentPath(zip);
      const workbook = await readWorkbook(zip, workbookPath);
      const styles = workbook.styles ? await readDateStyles(zip, workbook.styles) : [];
      strings = new SharedStrings(join(work, 'strings'));
      if (workbook.sharedStrings) await strings.load(zip, workbook.sharedStrings);
      if (!workbook.firstSheet) throw invalid('not a readable XLSX workbook (no worksheet)');
      yield* sheetRows(workbook.firstSheet, await zip.open(workbook.firstSheet, XLSX_LIMITS.maxPartBytes), strings, styles, workbook.date1904);
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (err instanceof ZipProblem) throw invalid(`not a readable XLSX workbook (${err.message})`, tooLarge(err));
      throw invalid(`not a readable XLSX workbook (${(err as Error).message})`);
    } finally {
      strings?.close();
      zip?.close();
      await rm(work, { recursive: true, force: true });
    }
  }
  // Few rows wait here: a row may hold up to maxRowCharacters.
  return Readable.from(rows(), { objectMode: true, highWaterMark: 64 });
}

const tooLarge = (err: ZipProblem) => /unpacks to|more than \d+ parts/.test(err.message);

/** A part that breaks one of the XML limits: 400 naming the file and the part. */
const badPart = (part: string, message: string) => invalid(`not a readable XLSX workbook (${part}: ${message})`);

/**
 * Feeds a part's bytes to a SAX parser, refusing endless tokens, and yields after each piece
 * (what the caller does between pieces: hand on the rows that piece completed).
 */
async function* parsePart(stream: Readable, parser: PartParser): AsyncGenerator<void> {
  const decoder = new StringDecoder('utf8');
  // Small pieces: the rows one piece completes are built before the generator can hand them
  // on, and a few KB of XML can make a few hundred rows of 16,384 cells.
  const PIECE = 4 * 1024;
  const { guard } = parser;
  let turnStarted = performance.now();
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (let at = 0; at < chunk.length; at += PIECE) {
      const piece = chunk.subarray(at, at + PIECE);
      guard.sinceEvent += piece.length;
      parser.sax.write(decoder.write(piece));
      if (guard.sinceEvent > XLSX_LIMITS.maxTokenBytes) throw badPart(parser.part, `a tag or text longer than ${XLSX_LIMITS.maxTokenBytes / 2 ** 20} MB`);
      yield;
      // Unpacking hands over many pieces at a time, and rows passing on through the import
      // settle as promises: none of that lets other requests in. Past a few milliseconds of
      // work, wait for the event loop's next turn, so that health and others are answered.
      if (performance.now() - turnStarted > 10) {
        await new Promise((resume) => setImmediate(resume));
        turnStarted = performance.now();
      }
    }
  }
  parser.sax.write(decoder.end());
  parser.sax.close();
  yield; // what the last bytes completed
}

type TagHandler = (tag: SaxesTagPlain) => void;
interface PartParser {
  part: string;
  sax: SaxesParser;
  guard: { sinceEvent: number };
}

/**
 * A SAX parser for one part whose every event resets the guard's count, and which refuses
 * elements nested past XLSX_LIMITS.maxElementDepth or carrying more than maxAttributes, at the
 * element that breaks the limit: saxes's stack of open elements never grows past the limit.
 * (saxes keeps one handler per event: these checks are built into the handlers given here,
 * not added beside them.) saxes expands only XML's five predefined entities and the numeric
 * ones: a DOCTYPE's entities, internal or external, are never read, and using one is an error.
 */
function newParser(part: string, on: { opentag?: TagHandler; closetag?: TagHandler; text?: (text: string) => void }): PartParser {
  const guard = { sinceEvent: 0 };
  const sax = new SaxesParser({ xmlns: false, position: false });
  let depth = 0;
  let attributes = 0;
  sax.on('opentag', (tag) => {
    guard.sinceEvent = 0;
    // saxes reports a self-closing element as opened then closed: it counts here like any other.
    depth += 1;
    if (depth > XLSX_LIMITS.maxElementDepth) throw badPart(part, `elements nested more than ${XLSX_LIMITS.maxElementDepth} deep`);
    attributes = 0;
    on.opentag?.(tag as SaxesTagPlain);
  });
  // Counted as saxes reads them (cheaper than counting each tag's, and before the tag ends).
  sax.on('attribute', () => {
    if (++attributes > XLSX_LIMITS.maxAttributes) throw badPart(part, `an element with more than ${XLSX_LIMITS.maxAttributes} attributes`);
  });
  sax.on('closetag', (tag) => {
    guard.sinceEvent = 0;
    depth -= 1;
    on.closetag?.(tag as SaxesTagPlain);
  });
  sax.on('text', (text) => {
    guard.sinceEvent = 0;
    on.text?.(text);
  });
  return { part, sax, guard };
}

/** Reads a small part whole through the parser, for its elements' attributes. */
async function eachElement(zip: OpenedZip, name: string, onElement: (name: string, attributes: Record<string, string>) => void) {
  const parser = newParser(name, { opentag: (tag) => onElement(localName(tag.name), tag.attributes as Record<string, string>) });
  for await (const _ of parsePart(await zip.open(name, XLSX_LIMITS.maxSmallPartBytes), parser));
}

/** A relationship target, relative to the folder of the part that names it. */
function resolvePart(from: string, target: string) {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

async function relationships(zip: OpenedZip, of: string) {
  const folder = of.split('/').slice(0, -1).join('/');
  const relsPath = `${folder ? `${folder}/` : ''}_rels/${of.split('/').at(-1)}.rels`;
  const rels = new Map<string, { type: string; target: string }>();
  if (!zip.entries.has(relsPath)) return rels;
  await eachElement(zip, relsPath, (name, a) => {
    if (name === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External') rels.set(a.Id, { type: a.Type ?? '', target: resolvePart(of, a.Target) });
  });
  return rels;
}

async function officeDocumentPath(zip: OpenedZip) {
  if (zip.entries.has(DEFAULT_WORKBOOK_PART)) return DEFAULT_WORKBOOK_PART;
  for (const rel of (await relationships(zip, '')).values()) if (rel.type.endsWith('/officeDocument')) return rel.target;
  throw invalid('not a readable XLSX workbook (no workbook part)');
}

async function readWorkbook(zip: OpenedZip, path: string) {
  let firstSheetId: string | undefined;
  let date1904 = false;
  await eachElement(zip, path, (name, a) => {
    if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    if (name === 'sheet' && firstSheetId === undefined) firstSheetId = Object.entries(a).find(([k]) => k !== 'sheetId' && localName(k) === 'id')?.[1];
  });
  const rels = await relationships(zip, path);
  const ofType = (type: string) => [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.target;
  const sheet = firstSheetId ? rels.get(firstSheetId)?.target : undefined;
  const present = (p: string | undefined) => (p && zip.entries.has(p) ? p : undefined);
  return { firstSheet: present(sheet), sharedStrings: present(ofType('sharedStrings')), styles: present(ofType('styles')), date1904 };
}

/** Excel's built-in date and time formats (ECMA-376 §18.8.30), and custom ones that show a date part. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const isDateFormat = (code: string) =>
  /[ymdhsb]/i.test(
    code
      .replace(/\[[^\]]*]/g, '')
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, ''),
  );

/** For each cell style (the `s` of a cell), whether it shows a number as a date. */
async function readDateStyles(zip: OpenedZip, path: string): Promise<boolean[]> {
  const custom = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  const opentag: TagHandler = (tag) => {
    const name = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    if (name === 'numFmt') custom.set(Number(a.numFmtId), isDateFormat(a.formatCode ?? ''));
    else if (name === 'cellXfs') inCellXfs = true;
    else if (name === 'xf' && inCellXfs && styles.length < 65_536) {
      const id = Number(a.numFmtId ?? 0);
      styles.push(custom.get(id) ?? BUILT_IN_DATE_FORMATS.has(id));
    }
  };
  const closetag: TagHandler = (tag) => {
    if (localName(tag.name) === 'cellXfs') inCellXfs = false;
  };
  const parser = newParser(path, { opentag, closetag });
  for await (const _ of parsePart(await zip.open(path, XLSX_LIMITS.maxSmallPartBytes), parser));
  return styles;
}

/**
 * The workbook's shared-string table, one entry per `<si>`: the text of its runs without
 * the phonetic guides. The first XLSX_LIMITS.sharedStringsInMemoryBytes of text stay in one
 * buffer; the rest goes to a file in the import's own directory, read back by offset. The
 * end offset of every string is kept (4 bytes each), in blocks so that none is copied.
 */
class SharedStrings {
  private static readonly BLOCK = 65_536;
  private ends: Uint32Array[] = [];
  private count = 0;
  private memory = Buffer.alloc(0);
  private inMemory = 0;
  private spilledFrom: number | undefined;
  private total = 0;
  private fd: number | undefined;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private spilledBytes = 0;
  private readonly cacheIndex = new Int32Array(4096).fill(-1);
  private readonly cacheText: string[] = new Array(4096);

  constructor(private readonly spillPath: string) {}

  get size() {
    return this.count;
  }

  async load(zip: OpenedZip, path: string) {
    let inItem = false;
    let inPhonetic = 0;
    let inText = false;
    let text = '';
    const opentag: TagHandler = (tag) => {
      const name = localName(tag.name);
      if (name === 'si') {
        inItem = true;
        text = '';
      } else if (name === 'rPh') inPhonetic += 1;
      else if (name === 't' && inItem && !inPhonetic) inText = !tag.isSelfClosing;
    };
    const onText = (t: string) => {
      if (!inText) return;
      text += t;
      if (text.length > XLSX_LIMITS.maxCellCharacters) throw invalid(`a shared string is longer than ${XLSX_LIMITS.maxCellCharacters} characters`);
    };
    const closetag: TagHandler = (tag) => {
      const name = localName(tag.name);
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic -= 1;
      else if (name === 'si' && inItem) {
        inItem = false;
        this.add(text);
      }
    };
    const parser = newParser(path, { opentag, closetag, text: onText });
    for await (const _ of parsePart(await zip.open(path, XLSX_LIMITS.maxPartBytes), parser));
    this.flush();
  }

  private add(text: string) {
    if (this.count >= XLSX_LIMITS.maxSharedStrings) throw invalid(`more than ${XLSX_LIMITS.maxSharedStrings} shared strings`);
    const bytes = Buffer.from(text, 'utf8');
    if (this.spilledFrom === undefined && this.inMemory + bytes.length <= XLSX_LIMITS.sharedStringsInMemoryBytes) {
      if (this.inMemory + bytes.length > this.memory.length) {
        const grown = Buffer.allocUnsafe(Math.min(XLSX_LIMITS.sharedStringsInMemoryBytes, Math.max(64 * 1024, (this.inMemory + bytes.length) * 2)));
        this.memory.copy(grown, 0, 0, this.inMemory);
        this.memory = grown;
      }
      bytes.copy(this.memory, this.inMemory);
      this.inMemory += bytes.length;
    } else {
      this.spilledFrom ??= this.total;
      this.pending.push(bytes);
      this.pendingBytes += bytes.length;
      if (this.pendingBytes >= 1024 * 1024) this.flush();
    }
    this.total += bytes.length;
    const block = Math.floor(this.count / SharedStrings.BLOCK);
    if (block === this.ends.length) this.ends.push(new Uint32Array(SharedStrings.BLOCK));
    this.ends[block]![this.count % SharedStrings.BLOCK] = this.total;
    this.count += 1;
  }

  private flush() {
    if (!this.pendingBytes) return;
    this.fd ??= openSync(this.spillPath, 'w+', 0o600);
    // Appended in order: byte `spilledFrom + n` of the table is byte n of the file.
    writeSync(this.fd, Buffer.concat(this.pending, this.pendingBytes), 0, this.pendingBytes, this.spilledBytes);
    this.spilledBytes += this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
  }

  private end(i: number) {
    return i < 0 ? 0 : this.ends[Math.floor(i / SharedStrings.BLOCK)]![i % SharedStrings.BLOCK]!;
  }

  /** The text of string `i`, or undefined when the table has no such entry. */
  get(i: number): string | undefined {
    if (!Number.isInteger(i) || i < 0 || i >= this.count) return undefined;
    const slot = i & 4095;
    if (this.cacheIndex[slot] === i) return this.cacheText[slot];
    const start = this.end(i - 1);
    const end = this.end(i);
    let text: string;
    if (this.spilledFrom === undefined || end <= this.spilledFrom) text = this.memory.toString('utf8', start, end);
    else {
      const buffer = Buffer.allocUnsafe(end - start);
      readSync(this.fd!, buffer, 0, end - start, start - this.spilledFrom);
      text = buffer.toString('utf8');
    }
    // Short strings (names, codes, sectors) repeat on every row: one copy serves them all.
    if (text.length <= 256) {
      this.cacheIndex[slot] = i;
      this.cacheText[slot] = text;
    }
    return text;
  }

  close() {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.memory = Buffer.alloc(0);
    this.ends = [];
  }
}

/** "BC12" → 55 (1-based column of a cell reference). */
function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) column = column * 26 + (c - 64);
    else if (c >= 97 && c <= 122) column = column * 26 + (c - 96);
    else break;
    if (column > XLSX_LIMITS.maxColumns) break;
  }
  return column;
}

function excelDate(serial: number, date1904: boolean): string | undefined {
  const ms = Math.round((serial - (date1904 ? -1462 : 25569)) * 86_400_000);
  const date = new Date(ms);
  if (!Number.isFinite(serial) || Number.isNaN(date.getTime())) return undefined;
  // Excel dates carry no zone: they are read as UTC. A date without a time is a day.
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/**
 * The rows of a worksheet as they unpack. Blank rows are absent from the sheet's XML: they
 * come out as empty rows, to keep the numbering people see. A cell's text is what Excel
 * shows, less number formats: shared and inline strings, formula results, TRUE/FALSE as
 * true/false, errors as #N/A…, numbers as JavaScript writes them, dates as ISO 8601.
 */
async function* sheetRows(part: string, stream: Readable, strings: SharedStrings, dateStyles: boolean[], date1904: boolean): AsyncGenerator<string[]> {
  const ready: (string[] | number)[] = [];
  let rowNumber = 0;
  let cells: string[] | undefined;
  let rowCharacters = 0;
  let blankCells = 0;
  let nextColumn = 1;
  let cell: { column: number; type: string; style: number; value: string; inline: string } | undefined;
  let collecting: 'v' | 't' | undefined;
  let inPhonetic = 0;

  const cellError = (message: string) => invalid(`row ${rowNumber}: ${message}`);
  const opentag: TagHandler = (tag) => {
    const name = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    if (name === 'row') {
      const stated = a.r === undefined ? rowNumber + 1 : Number(a.r);
      if (!Number.isInteger(stated) || stated < 1 || stated > XLSX_LIMITS.maxRows) throw invalid(`a row number (${String(a.r).slice(0, 20)}) outside 1 to ${XLSX_LIMITS.maxRows}`);
      // Rows out of order are read in file order, as they come.
      if (stated > rowNumber + 1) ready.push(stated - rowNumber - 1);
      rowNumber = Math.max(stated, rowNumber + 1);
      cells = [];
      rowCharacters = 0;
      nextColumn = 1;
    } else if (name === 'c' && cells) {
      const column = a.r ? columnOf(a.r) : nextColumn;
      if (column < 1 || column > XLSX_LIMITS.maxColumns) throw cellError(`a cell reference (${String(a.r).slice(0, 20)}) outside columns A to XFD`);
      nextColumn = column + 1;
      cell = { column, type: a.t ?? 'n', style: a.s ? Number(a.s) : 0, value: '', inline: '' };
    } else if (cell && name === 'v') collecting = 'v';
    else if (cell && name === 'rPh') inPhonetic += 1;
    else if (cell && name === 't' && !inPhonetic) collecting = 't';
  };
  const onText = (text: string) => {
    if (!cell || !collecting) return;
    if (collecting === 'v') cell.value += text;
    else cell.inline += text;
    if (cell.value.length + cell.inline.length > XLSX_LIMITS.maxCellCharacters) throw cellError(`a cell longer than ${XLSX_LIMITS.maxCellCharacters} characters`);
  };
  const closetag: TagHandler = (tag) => {
    const name = localName(tag.name);
    if (name === 'v' || name === 't') collecting = undefined;
    else if (name === 'rPh') inPhonetic -= 1;
    else if (name === 'c' && cell && cells) {
      const text = cellValue(cell, strings, dateStyles, date1904, cellError);
      rowCharacters += text.length;
      if (rowCharacters > XLSX_LIMITS.maxRowCharacters) throw cellError(`more than ${XLSX_LIMITS.maxRowCharacters} characters in one row`);
      if (cell.column - 1 > cells.length) {
        blankCells += cell.column - 1 - cells.length;
        if (blankCells > XLSX_LIMITS.maxBlankCells) throw cellError(`more than ${XLSX_LIMITS.maxBlankCells} blank cells between or before the cells of the worksheet's rows`);
        while (cells.length < cell.column - 1) cells.push('');
      }
      if (cells.length === cell.column - 1) cells.push(text);
      else cells[cell.column - 1] = text;
      cell = undefined;
    } else if (name === 'row' && cells) {
      ready.push(cells);
      cells = undefined;
    }
  };
  const parser = newParser(part, { opentag, closetag, text: onText });

  // Rows parsed from one piece of XML are handed on before the next piece is parsed; a
  // run of blank rows waits as a count, not as that many empty rows.
  for await (const _ of parsePart(stream, parser)) {
    for (const next of ready.splice(0)) {
      if (typeof next === 'number') for (let i = 0; i < next; i++) yield [];
      else yield next;
    }
  }
}

function cellValue(
  cell: { type: string; style: number; value: string; inline: string },
  strings: SharedStrings,
  dateStyles: boolean[],
  date1904: boolean,
  cellError: (message: string) => AppError,
): string {
  switch (cell.type) {
    case 's': {
      if (cell.value === '') return '';
      const text = strings.get(Number(cell.value));
      if (text === undefined) throw cellError(`a cell points to shared string ${cell.value.slice(0, 20)}, which the workbook does not have`);
      return text;
    }
    case 'inlineStr':
      return cell.inline;
    case 'str':
    case 'e':
      return cell.value;
    case 'b':
      return cell.value === '' ? '' : String(Number(cell.value) !== 0);
    case 'd':
      return cell.value.endsWith('T00:00:00') || cell.value.endsWith('T00:00:00Z') ? cell.value.slice(0, 10) : cell.value;
    default: {
      if (cell.value === '') return '';
      const number = Number(cell.value);
      if (Number.isNaN(number)) return cell.value;
      if (dateStyles[cell.style]) return excelDate(number, date1904) ?? String(number);
      return String(number);
    }
  }
}
