// Reads a JSON file as rows of text cells, like a CSV: an array of objects, or an object
// with one array of objects among scalar properties (a DHIS2 dataValueSet: `{"dataSet": …,
// "period": …, "dataValues": [{…}, …]}`), whose scalars are the defaults of every row that
// lacks the key. The first row it gives is the keys of the objects, in the order they first
// appear (the engine maps them to fields: interchange.tags.ts, `jsonHashtags`); then one
// row per object, its cells in that order.
//
// The file is never parsed whole (no JSON.parse of the upload): a tokenizer reads it byte by
// byte, with a cap on nesting, keys, strings, numbers and rows, so that memory stays bounded
// whatever the file (docs/adr/0006, docs/adr/0014-json-interchange.md). It is read twice,
// from a private temporary copy: the first pass learns every key and the defaults (which may
// come after the array), the second hands on the rows.
import { isUtf8 } from 'node:buffer';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../infra/errors.ts';
import { badCharacterIn } from '../../infra/input.ts';
import { type ProblemText, problem } from './interchange.problems.ts';

export const JSON_LIMITS = {
  /** Arrays and objects open at once: the shape itself needs three; a nested cell a few more. */
  maxDepth: 32,
  /** Keys of one object (a row, or the top-level object). */
  maxKeysPerObject: 1024,
  /** Distinct keys across the file's rows and defaults: its columns. */
  maxKeys: 1024,
  maxKeyCharacters: 256,
  /** Characters of one string value (Excel's longest cell, as the XLSX reader). */
  maxStringCharacters: 32_767,
  /** Characters of a number as written. */
  maxNumberCharacters: 1000,
  /** Characters of one row's keys and values together (the CSV reader's row limit). */
  maxRowCharacters: 4 * 65_536,
  maxRows: 1_048_576,
  /** Cells a row lacks, filled with '' or a default: they cost nothing to send (XLSX_LIMITS.maxBlankCells). */
  maxBlankCells: 16 * 2 ** 20,
};

/** A cell that cannot be read (a nested object, a number JSON does not keep exactly): logged as a problem of its row and key. */
export interface CellProblem {
  column: number;
  problem: ProblemText;
  value?: string;
}
/** A row of cells, with the problems of those that could not be read. */
export type JsonRow = string[] & { problems?: CellProblem[] };

const invalid = (message: string, tooLarge = false) => new AppError(tooLarge ? 'payload_too_large' : 'validation_failed', `file: ${message}`, [{ path: 'file', message }]);
const SHAPE = 'a JSON file holds an array of objects, or an object with one array of objects (and scalar defaults beside it)';

// ---------------------------------------------------------------------------------------
// Numbers: JSON's numbers are doubles to most programs that write and read them. A number
// is taken as the decimal text it stands for (1e3 → 1000, 2.50 → 2.5), and refused when a
// double cannot hold it exactly (an identifier of 20 digits, 1e400), as it was probably
// changed before it reached us and would be changed by whoever reads it next.

/** The plain decimal text of a JSON number's text (no exponent), or undefined past a sane exponent. */
function plainDecimal(text: string): string | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return undefined;
  const digits = `${m[2]}${m[3] ?? ''}`;
  if (/^0*$/.test(digits)) return '0';
  const exponent = Number(m[4] ?? 0) + m[2]!.length; // where the point goes, counted from the first digit
  if (Math.abs(exponent) > 2 * JSON_LIMITS.maxNumberCharacters) return undefined;
  let whole: string;
  let fraction: string;
  if (exponent <= 0) {
    whole = '0';
    fraction = '0'.repeat(-exponent) + digits;
  } else if (exponent >= digits.length) {
    whole = digits + '0'.repeat(exponent - digits.length);
    fraction = '';
  } else {
    whole = digits.slice(0, exponent);
    fraction = digits.slice(exponent);
  }
  whole = whole.replace(/^0+(?=\d)/, '');
  fraction = fraction.replace(/0+$/, '');
  return `${m[1]}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** A JSON number as cell text, or why it is refused. */
export function jsonNumberText(text: string): { text: string } | { problem: ProblemText } {
  const value = Number(text);
  if (!Number.isFinite(value)) return { problem: problem('json_number_infinite') };
  const exact = plainDecimal(text);
  if (exact === undefined || exact !== plainDecimal(String(value))) return { problem: problem('json_number_inexact') };
  return { text: exact };
}

// ---------------------------------------------------------------------------------------
// The tokenizer: bytes in, events out, every limit checked as the bytes come.

export type JsonScalar = { kind: 'string'; text: string } | { kind: 'number'; text: string } | { kind: 'true' | 'false' | 'null' };

interface JsonEvents {
  startObject(): void;
  endObject(): void;
  startArray(): void;
  endArray(): void;
  key(key: string): void;
  value(value: JsonScalar): void;
  /** Where the reader is, for an error message: ' (row 12)' or ''. */
  where(): string;
}

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'commaOrEnd' | 'done';

// biome-ignore lint/suspicious/noControlCharactersInRegex: what JSON refuses unescaped in a string
const CONTROL = /[\u0000-\u001f]/;
const isNumberByte = (b: number) => (b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x2b || b === 0x2e || b === 0x65 || b === 0x45;
const isLetter = (b: number) => b >= 0x61 && b <= 0x7a;
const printable = (b: number) => (b >= 0x20 && b < 0x7f ? `'${String.fromCharCode(b)}'` : `byte 0x${b.toString(16).padStart(2, '0')}`);

export class JsonTokenizer {
  private offset = 0;
  private expect: Expect = 'value';
  private readonly stack: ('o' | 'a')[] = [];
  private readonly keyCounts: number[] = [];
  private lexing: 'none' | 'string' | 'number' | 'literal' = 'none';
  private escaped = false;
  /** Whether the string being read has an escape (a string without one needs no JSON.parse). */
  private escapes = false;
  private token: Buffer[] = [];
  private tokenBytes = 0;
  private tokenStart = 0;
  private started = false;

  constructor(private readonly on: JsonEvents) {}

  private fail(message: string, at: number): never {
    throw invalid(`not valid JSON (byte ${at}${this.on.where()}: ${message})`);
  }

  /** Valid JSON that cannot be taken (a string no database text may hold, one past a limit). */
  private refuse(message: string, at: number): never {
    throw invalid(`byte ${at}${this.on.where()}: ${message}`);
  }

  write(chunk: Buffer) {
    let i = 0;
    // A UTF-8 byte-order mark at the very start is read past, as the CSV reader does.
    if (!this.started && this.offset === 0 && chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
    this.started = true;
    let segmentStart = i;
    // Where the next quote and backslash are, found once and reused: a string is skipped through whole.
    let nextQuote = -1;
    let nextBackslash = -1;
    const next = (byte: number, from: number) => {
      const at = chunk.indexOf(byte, from);
      return at < 0 ? chunk.length : at;
    };
    for (; i < chunk.length; i++) {
      if (this.lexing === 'string') {
        if (this.escaped) {
          this.escaped = false;
          continue;
        }
        if (nextQuote < i) nextQuote = next(0x22, i);
        if (nextBackslash < i) nextBackslash = next(0x5c, i);
        i = Math.min(nextQuote, nextBackslash);
        if (i === chunk.length) break;
        if (i === nextBackslash) {
          this.escaped = true;
          this.escapes = true;
          continue;
        }
        const token = this.tokenIn(chunk, segmentStart, i);
        this.lexing = 'none';
        this.endString(...token);
        continue;
      }
      const b = chunk[i]!;
      if (this.lexing === 'number') {
        if (isNumberByte(b)) continue;
        const token = this.tokenIn(chunk, segmentStart, i);
        this.lexing = 'none';
        this.endNumber(...token);
      } else if (this.lexing === 'literal') {
        if (isLetter(b)) continue;
        const token = this.tokenIn(chunk, segmentStart, i);
        this.lexing = 'none';
        this.endLiteral(...token);
      }
      if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) continue;
      const at = this.offset + i;
      switch (this.expect) {
        case 'done':
          this.fail(`${printable(b)} after the end of the JSON value`, at);
          break;
        case 'colon':
          if (b !== 0x3a) this.fail(`expected ':' after a key, found ${printable(b)}`, at);
          this.expect = 'value';
          break;
        case 'key':
        case 'keyOrEnd':
          if (b === 0x7d && this.expect === 'keyOrEnd') this.close('o', at);
          else if (b === 0x22) {
            this.startToken('string', at);
            segmentStart = i + 1;
          } else this.fail(`expected a key in quotes${this.expect === 'keyOrEnd' ? " or '}'" : ''}, found ${printable(b)}`, at);
          break;
        case 'commaOrEnd':
          if (b === 0x2c) this.expect = this.stack.at(-1) === 'o' ? 'key' : 'value';
          else if (b === 0x7d) this.close('o', at);
          else if (b === 0x5d) this.close('a', at);
          else this.fail(`expected ',' or the end of the ${this.stack.at(-1) === 'o' ? 'object' : 'array'}, found ${printable(b)}`, at);
          break;
        case 'value':
        case 'valueOrEnd':
          if (b === 0x5d && this.expect === 'valueOrEnd') this.close('a', at);
          else if (b === 0x7b) this.open('o', at);
          else if (b === 0x5b) this.open('a', at);
          else if (b === 0x22) {
            this.startToken('string', at);
            segmentStart = i + 1;
          } else if (b === 0x2d || (b >= 0x30 && b <= 0x39)) {
            this.startToken('number', at);
            segmentStart = i;
          } else if (isLetter(b)) {
            this.startToken('literal', at);
            segmentStart = i;
          } else this.fail(`expected a value, found ${printable(b)}`, at);
          break;
      }
    }
    if (this.lexing !== 'none') this.addToken(chunk.subarray(segmentStart));
    this.offset += chunk.length;
  }

  end() {
    if (this.lexing === 'number' || this.lexing === 'literal') {
      const kind = this.lexing;
      const token = this.tokenIn(Buffer.alloc(0), 0, 0);
      this.lexing = 'none';
      if (kind === 'number') this.endNumber(...token);
      else this.endLiteral(...token);
    }
    if (this.lexing === 'string') this.fail('the file ends inside a string: is it cut short?', this.offset);
    if (!this.started || (this.expect === 'value' && !this.stack.length)) throw invalid('not valid JSON (no value in the file)');
    if (this.expect !== 'done')
      this.fail(`the file ends inside ${this.stack.length} unclosed ${this.stack.length === 1 ? 'array or object' : 'arrays or objects'}: is it cut short?`, this.offset);
  }

  private startToken(kind: 'string' | 'number' | 'literal', at: number) {
    this.lexing = kind;
    this.token = [];
    this.tokenBytes = 0;
    this.tokenStart = at;
    this.escaped = false;
    this.escapes = false;
  }

  /** The bytes of a token that goes on in the next chunk. */
  private addToken(bytes: Buffer) {
    if (!bytes.length) return;
    this.count(bytes.length);
    // A piece of the chunk, not a copy: nothing writes into a chunk once it has been read.
    this.token.push(bytes);
  }

  private count(bytes: number) {
    this.tokenBytes += bytes;
    // Six bytes at most per character (\uXXXX): past that, no string within the limit.
    const max = this.lexing === 'string' ? 6 * JSON_LIMITS.maxStringCharacters : this.lexing === 'number' ? JSON_LIMITS.maxNumberCharacters : 5;
    if (this.tokenBytes > max)
      this.fail(
        this.lexing === 'string'
          ? `a string longer than ${JSON_LIMITS.maxStringCharacters} characters`
          : this.lexing === 'number'
            ? `a number longer than ${JSON_LIMITS.maxNumberCharacters} characters`
            : 'expected a value',
        this.tokenStart,
      );
  }

  /** A token that ends at `end` of `chunk`: where it lies in the chunk, or its pieces joined when it began in an earlier one. */
  private tokenIn(chunk: Buffer, start: number, end: number): [Buffer, number, number] {
    this.count(end - start);
    if (!this.token.length) return [chunk, start, end];
    this.token.push(chunk.subarray(start, end));
    const whole = Buffer.concat(this.token, this.tokenBytes);
    return [whole, 0, whole.length];
  }

  private endString(bytes: Buffer, from: number, to: number) {
    // Decoded where it lies (no copy); U+FFFD in the text may be the decoder's replacement of bytes that are not UTF-8.
    let text = bytes.toString('utf8', from, to);
    if (text.includes('\uFFFD') && !isUtf8(bytes.subarray(from, to))) this.fail('a string that is not UTF-8 text', this.tokenStart);
    if (!this.escapes) {
      // Most strings: no escape, so no JSON.parse; such a string may hold no control character (nor, being UTF-8, a lone surrogate).
      if (CONTROL.test(text)) this.fail('a string with a control character (write it escaped: \\n, \\t…)', this.tokenStart);
    } else {
      try {
        // A bounded string: JSON.parse knows JSON's escapes and refuses control characters.
        text = JSON.parse(`"${text}"`) as string;
      } catch {
        this.fail('a string with a control character or a bad escape', this.tokenStart);
      }
      const bad = badCharacterIn(text);
      if (bad) this.refuse(`a string that ${bad.replace(/^must not/, 'may not')}`, this.tokenStart);
    }
    if (text.length > JSON_LIMITS.maxStringCharacters) this.refuse(`a string longer than ${JSON_LIMITS.maxStringCharacters} characters`, this.tokenStart);
    if (this.expect === 'key' || this.expect === 'keyOrEnd') {
      if (text.length > JSON_LIMITS.maxKeyCharacters) this.refuse(`a key longer than ${JSON_LIMITS.maxKeyCharacters} characters`, this.tokenStart);
      const count = (this.keyCounts[this.keyCounts.length - 1] ?? 0) + 1;
      if (count > JSON_LIMITS.maxKeysPerObject) this.refuse(`an object with more than ${JSON_LIMITS.maxKeysPerObject} keys`, this.tokenStart);
      this.keyCounts[this.keyCounts.length - 1] = count;
      this.expect = 'colon';
      this.on.key(text);
    } else {
      this.afterValue();
      this.on.value({ kind: 'string', text });
    }
  }

  private endNumber(bytes: Buffer, from: number, to: number) {
    const text = bytes.toString('latin1', from, to);
    if (!/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text)) this.fail(`a malformed number (${text.slice(0, 40)})`, this.tokenStart);
    this.afterValue();
    this.on.value({ kind: 'number', text });
  }

  private endLiteral(bytes: Buffer, from: number, to: number) {
    const text = bytes.toString('latin1', from, to);
    if (text !== 'true' && text !== 'false' && text !== 'null') this.fail(`expected a value, found '${text}'`, this.tokenStart);
    this.afterValue();
    this.on.value({ kind: text });
  }

  private afterValue() {
    this.expect = this.stack.length ? 'commaOrEnd' : 'done';
  }

  private open(kind: 'o' | 'a', at: number) {
    if (this.stack.length >= JSON_LIMITS.maxDepth) this.refuse(`arrays and objects nested more than ${JSON_LIMITS.maxDepth} deep`, at);
    this.stack.push(kind);
    this.keyCounts.push(0);
    this.expect = kind === 'o' ? 'keyOrEnd' : 'valueOrEnd';
    if (kind === 'o') this.on.startObject();
    else this.on.startArray();
  }

  private close(kind: 'o' | 'a', at: number) {
    if (this.stack.at(-1) !== kind) this.fail(`'${kind === 'o' ? '}' : ']'}' closes an ${this.stack.at(-1) === 'o' ? 'object' : 'array'}`, at);
    this.stack.pop();
    this.keyCounts.pop();
    this.afterValue();
    if (kind === 'o') this.on.endObject();
    else this.on.endArray();
  }
}

// ---------------------------------------------------------------------------------------
// The shape: rows are the objects of the one array; a top-level object's scalars are defaults.

interface Cell {
  text: string;
  problem?: ProblemText;
}
type RowObject = Map<string, Cell>;

/** A scalar as a cell: text as it is, numbers as their decimal text, true/false, null as empty. */
function scalarCell(value: JsonScalar): Cell {
  switch (value.kind) {
    case 'string':
      return { text: value.text };
    case 'number': {
      const n = jsonNumberText(value.text);
      return 'text' in n ? { text: n.text } : { text: value.text, problem: n.problem };
    }
    case 'null':
      return { text: '' };
    default:
      return { text: value.kind };
  }
}

/**
 * Follows the events of a file of the accepted shapes and hands over each row object as it
 * ends; anything else is a 400 naming the byte. Depth 0 is outside everything.
 */
class ShapeReader implements JsonEvents {
  private depth = 0;
  /** Depth of the rows' array once inside it (its objects open at rowsDepth + 1). */
  private rowsDepth: number | undefined;
  private sawRows = false;
  private topObject = false;
  private currentKey: string | undefined;
  private record: RowObject | undefined;
  private recordCharacters = 0;
  /** While inside a nested value of a row: the depth it opened at. */
  private nestedAt: number | undefined;
  rows = 0;
  readonly defaults = new Map<string, Cell>();

  constructor(private readonly onRow: (record: RowObject, rowNo: number) => void) {}

  where() {
    return this.record ? `, row ${this.rows + 1}` : '';
  }

  private inRows() {
    return this.rowsDepth !== undefined && this.depth === this.rowsDepth;
  }

  private nested(kind: 'an object' | 'an array') {
    if (this.nestedAt !== undefined) return;
    if (this.record && this.depth === this.rowsDepth! + 1) {
      this.nestedAt = this.depth;
      const key = this.currentKey!;
      if (!this.record.get(key)?.problem) this.record.set(key, { text: '', problem: problem(kind === 'an object' ? 'json_object_in_row' : 'json_array_in_row') });
      return;
    }
    throw invalid(`${SHAPE}; ${kind} was found${this.depth === 1 && this.topObject ? ` as the top-level property "${this.currentKey}"` : ''}`);
  }

  startObject() {
    if (this.nestedAt === undefined) {
      if (this.depth === 0) this.topObject = true;
      else if (this.inRows()) {
        if (this.rows >= JSON_LIMITS.maxRows) throw invalid(`more than ${JSON_LIMITS.maxRows} rows`, true);
        this.record = new Map();
        this.recordCharacters = 0;
      } else this.nested('an object');
    }
    this.depth += 1;
  }

  endObject() {
    this.depth -= 1;
    if (this.nestedAt !== undefined) {
      if (this.depth === this.nestedAt) this.nestedAt = undefined;
      return;
    }
    if (this.record && this.inRows()) {
      this.rows += 1;
      const record = this.record;
      this.record = undefined;
      this.onRow(record, this.rows);
    }
  }

  startArray() {
    if (this.nestedAt === undefined) {
      if (this.depth === 0 || (this.depth === 1 && this.topObject && !this.record)) {
        if (this.sawRows) throw invalid(`${SHAPE}; a second array was found ("${this.currentKey}")`);
        this.sawRows = true;
        this.rowsDepth = this.depth + 1;
      } else this.nested('an array');
    }
    this.depth += 1;
  }

  endArray() {
    this.depth -= 1;
    if (this.nestedAt !== undefined && this.depth === this.nestedAt) this.nestedAt = undefined;
  }

  key(key: string) {
    if (this.nestedAt !== undefined) return;
    this.currentKey = key;
    if (this.record) {
      this.recordCharacters += key.length;
      if (this.record.has(key)) this.record.set(key, { text: '', problem: problem('json_key_twice') });
    }
  }

  value(value: JsonScalar) {
    if (this.nestedAt !== undefined) return;
    const what = value.kind === 'string' || value.kind === 'number' ? `a ${value.kind}` : value.kind;
    if (this.depth === 0) throw invalid(`${SHAPE}; the file holds ${what} alone`);
    if (this.inRows()) throw invalid(`${SHAPE}; row ${this.rows + 1} is ${what}, not an object`);
    const key = this.currentKey!;
    if (this.record) {
      if (value.kind === 'string') {
        this.recordCharacters += value.text.length;
        if (this.recordCharacters > JSON_LIMITS.maxRowCharacters) throw invalid(`row ${this.rows + 1}: more than ${JSON_LIMITS.maxRowCharacters} characters`);
      }
      if (!this.record.get(key)?.problem) this.record.set(key, scalarCell(value));
      return;
    }
    // A scalar beside the rows' array: the default of every row without that key.
    this.defaults.set(key, scalarCell(value));
  }

  finish() {
    if (!this.sawRows) throw invalid(`${SHAPE}; the object holds no array`);
    if (!this.rows) throw invalid('the array holds no rows');
  }
}

/** A file's bytes in pieces of `PIECE` bytes, letting the event loop turn every few milliseconds (health and other requests are answered). */
async function* pieces(bytes: AsyncIterable<Buffer>, PIECE: number): AsyncGenerator<Buffer> {
  let turnStarted = performance.now();
  for await (const chunk of bytes) {
    for (let at = 0; at < chunk.length; at += PIECE) {
      yield chunk.subarray(at, at + PIECE);
      if (performance.now() - turnStarted > 10) {
        await new Promise((resume) => setImmediate(resume));
        turnStarted = performance.now();
      }
    }
  }
}

/** The rows of a JSON file: first its keys, then each object's cells in their order (see the top of this file). */
export function jsonRows(bytes: Readable): Readable {
  async function* rows(): AsyncGenerator<string[]> {
    const work = await mkdtemp(join(tmpdir(), 'entente-json-'));
    try {
      const path = join(work, 'file.json');
      // First pass, while the file is copied: its keys, its defaults, its shape.
      const keys = new Map<string, number>();
      let present = 0;
      const first = new ShapeReader((record) => {
        for (const key of record.keys()) {
          if (!keys.has(key)) keys.set(key, keys.size);
          present += 1;
        }
        if (keys.size > JSON_LIMITS.maxKeys) throw invalid(`more than ${JSON_LIMITS.maxKeys} different keys`);
      });
      const firstPass = new JsonTokenizer(first);
      await pipeline(
        bytes,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const piece of pieces(source, 64 * 1024)) {
            firstPass.write(piece);
            yield piece;
          }
          firstPass.end();
        },
        createWriteStream(path, { mode: 0o600 }),
      );
      first.finish();
      for (const key of first.defaults.keys()) if (!keys.has(key)) keys.set(key, keys.size);
      if (keys.size > JSON_LIMITS.maxKeys) throw invalid(`more than ${JSON_LIMITS.maxKeys} different keys`);
      if (first.rows * keys.size - present > JSON_LIMITS.maxBlankCells)
        throw invalid(`its rows lack more than ${JSON_LIMITS.maxBlankCells} keys in all (${first.rows} rows, ${keys.size} keys)`, true);

      const names = [...keys.keys()];
      yield names;
      // Second pass: the rows, each with the defaults it lacks.
      const defaults = names.map((key) => first.defaults.get(key));
      const ready: JsonRow[] = [];
      const second = new ShapeReader((record) => {
        const row: JsonRow = defaults.map((d) => d?.text ?? '');
        const problems: CellProblem[] = [];
        for (const [column, d] of defaults.entries()) if (d?.problem && !record.has(names[column]!)) problems.push({ column, problem: d.problem, value: d.text.slice(0, 100) });
        for (const [key, cell] of record) {
          const column = keys.get(key)!;
          row[column] = cell.text;
          if (cell.problem) problems.push({ column, problem: cell.problem, value: cell.problem.code.startsWith('json_number') ? cell.text.slice(0, 100) : undefined });
        }
        if (problems.length) row.problems = problems.sort((a, b) => a.column - b.column);
        ready.push(row);
      });
      const secondPass = new JsonTokenizer(second);
      // Small pieces: the rows one piece completes are built before they are handed on, and
      // 4 KB of `{},` make 1,365 rows of every key.
      for await (const piece of pieces(createReadStream(path), 4 * 1024)) {
        secondPass.write(piece);
        yield* ready.splice(0);
      }
      secondPass.end();
      yield* ready.splice(0);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  // Few rows wait here: a row may hold up to maxRowCharacters.
  return Readable.from(rows(), { objectMode: true, highWaterMark: 64 });
}
