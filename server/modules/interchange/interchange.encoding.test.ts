// CSV files in UTF-8 or Windows-1252 (what Excel's plain "CSV" saves in Western Europe):
// read right, guessed or chosen, never with a character silently replaced.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CsvDecoder, type TextEncodingChoice, firstInvalidUtf8 } from './interchange.encoding.ts';
import { readTable } from './interchange.read.ts';

const TEXT = '#org,#country\nFrance,Panamá\nJapan,Côte d’Ivoire\n';
/** The text as Excel's "CSV" saves it on a Western European Windows: one byte a character (’ is 0x92). */
const windows1252 = (text: string) => Buffer.from(text.replace(/’/g, '\u0092'), 'latin1');

async function read(chunks: Buffer[], encoding: TextEncodingChoice = 'auto') {
  const file = readTable(Readable.from(chunks), 'csv', encoding);
  const rows: string[][] = [];
  for await (const row of file.rows) rows.push(row as string[]);
  return { rows, encoding: file.encoding() };
}
/** Every split of `bytes` into two chunks: a character or a byte-order mark cut anywhere still reads whole. */
const splits = (bytes: Buffer) => Array.from({ length: bytes.length + 1 }, (_, i) => [bytes.subarray(0, i), bytes.subarray(i)]);
const EXPECTED = [
  ['#org', '#country'],
  ['France', 'Panamá'],
  ['Japan', 'Côte d’Ivoire'],
];

describe('the encoding of a CSV file', () => {
  it('reads Windows-1252 as Windows-1252, guessed or chosen (Latin-1 too), however the file is cut into chunks', async () => {
    const bytes = windows1252(TEXT);
    expect(bytes.includes(0xe1)).toBe(true); // á, one byte
    for (const chunks of splits(bytes)) expect(await read(chunks)).toEqual({ rows: EXPECTED, encoding: 'windows-1252' });
    for (const choice of ['windows-1252', 'latin-1'] as const) expect(await read([bytes], choice)).toEqual({ rows: EXPECTED, encoding: 'windows-1252' });
  });

  it('reads UTF-8 with or without a byte-order mark as UTF-8, however the file is cut', async () => {
    for (const bytes of [Buffer.from(TEXT), Buffer.from(`\uFEFF${TEXT}`)])
      for (const chunks of splits(bytes)) expect(await read(chunks)).toEqual({ rows: EXPECTED, encoding: 'utf-8' });
    expect(await read([Buffer.from(`\uFEFF${TEXT}`)], 'utf-8')).toEqual({ rows: EXPECTED, encoding: 'utf-8' });
  });

  it('never gives U+FFFD: a Windows-1252 file said to be UTF-8 is a 400 naming its line', async () => {
    await expect(read([windows1252(TEXT)], 'utf-8')).rejects.toMatchObject({ status: 400, errors: [{ path: 'file', message: expect.stringContaining('line 2') }] });
    // Cut just after the first byte that is not UTF-8, and at the end: the same answer.
    const bytes = windows1252(TEXT);
    await expect(read([bytes.subarray(0, 26), bytes.subarray(26)], 'utf-8')).rejects.toMatchObject({ errors: [{ message: expect.stringContaining('line 2') }] });
    await expect(read([Buffer.from('#org\nJapan\n\xc3', 'latin1')], 'utf-8')).rejects.toMatchObject({ errors: [{ message: expect.stringContaining('line 3') }] });
  });

  it('refuses a file that mixes UTF-8 and other bytes, naming the line, rather than guess', async () => {
    const mixed = Buffer.concat([Buffer.from('#org,#country\nFrance,Panamá\n'), windows1252('Japan,Côte d’Ivoire\n')]);
    await expect(read([mixed])).rejects.toMatchObject({ status: 400, errors: [{ path: 'file', message: expect.stringContaining('line 3') }] });
  });

  it('a chosen Windows-1252 wins over the guess, even for bytes that are UTF-8', async () => {
    expect(await read([Buffer.from('#org\nPanamá\n')], 'windows-1252')).toEqual({ rows: [['#org'], ['PanamÃ¡']], encoding: 'windows-1252' });
  });

  it('finds the first byte that cannot be UTF-8', () => {
    expect(firstInvalidUtf8(Buffer.from('Panamá'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from('Panam\xe1', 'latin1'))).toBe(5);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xed, 0xa0, 0x80]))).toBe(1); // an encoded surrogate
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xc0, 0x80]))).toBe(1); // an overlong NUL
    const decoder = new CsvDecoder();
    expect(decoder.decode(Buffer.from('abc'), false) + decoder.decode(undefined, true)).toBe('abc');
    expect(decoder.encoding).toBe('utf-8');
  });
});
