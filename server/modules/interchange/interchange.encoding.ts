// The text encoding of a CSV file. Excel saves "CSV" in the computer's ANSI code page
// (Windows-1252 in Western Europe and the Americas) unless told "CSV UTF-8", so both come:
// a file is read as UTF-8 (with or without a byte-order mark) while its bytes are UTF-8, and
// as Windows-1252 when a byte that cannot be UTF-8 comes before any UTF-8 character that is
// not ASCII (the two agree on ASCII, so nothing read so far changes). A choice made at
// import wins over this guess. No byte is ever replaced by U+FFFD: bytes that are not text
// in the encoding in force make the file a 400 naming the line (docs/adr/0032).
import { isUtf8 } from 'node:buffer';
import { AppError } from '../../infra/errors.ts';

/** What an import may say of its file's encoding; `auto` guesses. Latin-1 is read as Windows-1252, as browsers do (WHATWG Encoding). */
export const TEXT_ENCODINGS = ['auto', 'utf-8', 'windows-1252', 'latin-1'] as const;
export type TextEncodingChoice = (typeof TEXT_ENCODINGS)[number];
/** The encoding a file was read in. */
export type TextEncodingUsed = 'utf-8' | 'windows-1252';

const BOM = [0xef, 0xbb, 0xbf];

const invalidFile = (message: string) => new AppError('validation_failed', `file: ${message}`, [{ path: 'file', message }]);

/** The index of the first byte of `buf` that does not begin or continue a valid UTF-8 character, or -1. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  for (let i = 0; i < buf.length; ) {
    const b = buf[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!n || i + n > buf.length) return i;
    const second = buf[i + 1]!;
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < n; k++) if ((buf[i + k]! & 0xc0) !== 0x80) return i;
    i += n;
  }
  return -1;
}

/** Bytes at the end of `buf` that start a UTF-8 character the next chunk finishes. */
function incompleteTail(buf: Uint8Array): number {
  for (let i = buf.length - 1; i >= Math.max(0, buf.length - 4); i--) {
    const b = buf[i]!;
    if (b < 0x80) return 0;
    if (b >= 0xc0) {
      const n = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return i + n > buf.length ? buf.length - i : 0;
    }
  }
  return 0;
}

/**
 * Windows-1252 as the WHATWG Encoding Standard maps it: Latin-1, but 0x80–0x9F are the
 * typographic characters Excel writes there (’ “ ” – € …). Node 20's TextDecoder reads
 * 'windows-1252' as plain Latin-1 (0x92 comes out as the control U+0092, not ’), so the
 * 32 bytes that differ are mapped here.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
export function decodeWindows1252(buf: Uint8Array): string {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

const countNewlines = (buf: Uint8Array, end = buf.length) => {
  let n = 0;
  for (let i = 0; i < end; i++) if (buf[i] === 0x0a) n += 1;
  return n;
};

/** Decodes a CSV file chunk by chunk in the encoding chosen, or guessed (`auto`). */
export class CsvDecoder {
  /** The encoding in force: undefined while `auto` has seen only ASCII. */
  private decided: TextEncodingUsed | undefined;
  private carry: Buffer = Buffer.alloc(0);
  private atStart = true;
  private newlines = 0;
  private readonly utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

  constructor(private readonly choice: TextEncodingChoice = 'auto') {
    if (choice === 'windows-1252' || choice === 'latin-1') this.decided = 'windows-1252';
    else if (choice === 'utf-8') this.decided = 'utf-8';
  }

  /** The encoding the file was read in (UTF-8 for a file of ASCII only). */
  get encoding(): TextEncodingUsed {
    return this.decided ?? 'utf-8';
  }

  decode(chunk: Buffer | undefined, final: boolean): string {
    let buf = this.carry.length ? Buffer.concat(chunk ? [this.carry, chunk] : [this.carry]) : (chunk ?? Buffer.alloc(0));
    this.carry = Buffer.alloc(0);
    if (this.decided === 'windows-1252') return this.take(buf, 'windows-1252');
    if (this.atStart) {
      if (buf.length < BOM.length && !final && BOM.slice(0, buf.length).every((b, i) => buf[i] === b)) {
        this.carry = buf;
        return '';
      }
      this.atStart = false;
      if (BOM.every((b, i) => buf[i] === b)) {
        this.decided = 'utf-8';
        buf = buf.subarray(BOM.length);
      }
    }
    const tail = final ? 0 : incompleteTail(buf);
    const whole = buf.subarray(0, buf.length - tail);
    if (isUtf8(whole)) {
      if (!this.decided && whole.some((b) => b >= 0x80)) this.decided = 'utf-8';
      this.carry = Buffer.from(buf.subarray(buf.length - tail));
      return this.take(whole, 'utf-8');
    }
    const bad = firstInvalidUtf8(whole);
    // A byte that cannot be UTF-8, and none of the text before it was UTF-8 beyond ASCII: Windows-1252.
    if (!this.decided && !whole.subarray(0, bad).some((b) => b >= 0x80)) {
      this.decided = 'windows-1252';
      return this.take(buf, 'windows-1252');
    }
    const line = this.newlines + countNewlines(whole, bad) + 1;
    throw invalidFile(
      this.choice === 'utf-8'
        ? `not UTF-8 text (line ${line}): choose its encoding (Windows-1252 or Latin-1), or save it as CSV UTF-8`
        : `not UTF-8 text (line ${line}), although the lines before it are: save the file as CSV UTF-8`,
    );
  }

  private take(buf: Uint8Array, as: TextEncodingUsed): string {
    this.newlines += countNewlines(buf);
    return as === 'utf-8' ? this.utf8.decode(buf) : decodeWindows1252(buf);
  }
}
