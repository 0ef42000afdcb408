// The XLSX reader: what a cell reads as, and that no workbook can take memory, disk or
// time without bound — a shared-string table past the memory budget, a zip bomb that
// states its size, one that lies about it — and that nothing is left in the temp directory.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { workbook, zipFile } from '../../test/zip.ts';
import { JSON_LIMITS, type JsonRow } from './interchange.read.json.ts';
import { problemMessage } from './interchange.problems.ts';
import { CSV_LIMITS, XLSX_LIMITS, formatOf, readTable } from './interchange.read.ts';

async function readAll(file: Buffer): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of readTable(Readable.from([file]), 'xlsx').rows) rows.push(row as string[]);
  return rows;
}

// A temp directory of this file's own (os.tmpdir() follows TMPDIR), so that whatever a
// reader leaves there is ours to see, whatever other tests run beside.
const privateTemp = mkdtempSync(join(tmpdir(), 'hxl-read-test-'));
process.env.TMPDIR = privateTemp;
afterAll(() => rmSync(privateTemp, { recursive: true, force: true }));
const ourTempEntries = () => readdirSync(privateTemp);
const defaults = { ...XLSX_LIMITS };
afterEach(() => Object.assign(XLSX_LIMITS, defaults));

const STYLES = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="4"/></cellXfs></styleSheet>`;

describe('reading XLSX', () => {
  it('reads each cell as the text a person sees, from the first tab, with blank rows kept', async () => {
    const file = workbook({
      styles: STYLES,
      sharedStrings: {
        xml: `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>#org</t></si><si><r><t>Ja</t></r><r><rPr><b/></rPr><t>pan</t></r><rPh><t>ジャパン</t></rPh></si><si><t>a &amp;lt; b</t></si></sst>`,
      },
      sheetData: [
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>#value</t></is></c></row>',
        // Row 2 is blank; row 3 has every kind of cell.
        '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><v>1000000.5</v></c><c r="C3" s="1"><v>42095</v></c><c r="D3" s="2"><v>42095.5</v></c>',
        '<c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#N/A</v></c><c r="G3" t="str"><f>A1&amp;"x"</f><v>#orgx</v></c><c r="H3" t="s"><v>2</v></c><c r="I3" s="3"><v>7</v></c></row>',
      ].join(''),
    });
    expect(await readAll(file)).toEqual([['#org', '', '#value'], [], ['Japan', '1000000.5', '2015-04-01', '2015-04-01T12:00:00.000Z', 'true', '#N/A', '#orgx', 'a &lt; b', '7']]);
  });

  it('reads a workbook exceljs wrote (shared strings, dates) the same way', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Contributions');
    sheet.addRow(['#org', '#date+start', '#value']);
    sheet.addRow(['Japan', new Date(Date.UTC(2015, 3, 1)), 250000]);
    sheet.getCell('B2').numFmt = 'yyyy-mm-dd';
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await readAll(file)).toEqual([
      ['#org', '#date+start', '#value'],
      ['Japan', '2015-04-01', '250000'],
    ]);
  });

  it('reads the same rows when the shared strings spill to disk past the memory budget', async () => {
    // About 3 MB of text: the spill file is written in several pieces.
    const strings = Array.from({ length: 3000 }, (_, i) => `text number ${i} ${'é'.repeat(i % 7)}${'x'.repeat(500 + (i % 1000))}`);
    const sheetData = strings.map((_, i) => `<row r="${i + 1}"><c t="s"><v>${i}</v></c><c t="s"><v>${(i * 7) % 3000}</v></c></row>`).join('');
    const file = workbook({ sharedStrings: strings, sheetData });
    const inMemory = await readAll(file);
    XLSX_LIMITS.sharedStringsInMemoryBytes = 4096;
    const spilled = await readAll(file);
    expect(spilled).toEqual(inMemory);
    expect(spilled).toEqual(strings.map((text, i) => [text, strings[(i * 7) % 3000]]));
  });

  it('refuses a part that states it unpacks past the limit (413), before unpacking it', async () => {
    const bomb = workbook({ sheetData: '', replace: [{ name: 'xl/worksheets/sheet1.xml', data: '', deflated: deflateRawSync(Buffer.alloc(1024)), statedSize: 0xffff_fff0 }] });
    const started = Date.now();
    await expect(readAll(bomb)).rejects.toMatchObject({ status: 413, errors: [{ path: 'file' }] });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(ourTempEntries()).toEqual([]);
  });

  it('stops a part that unpacks to more than it states (400), at what it stated', async () => {
    const lying = deflateRawSync(Buffer.alloc(64 * 2 ** 20, '<row/>'));
    const bomb = workbook({ sheetData: '', sharedStrings: [], replace: [{ name: 'xl/sharedStrings.xml', data: '', deflated: lying, statedSize: 100 }] });
    await expect(readAll(bomb)).rejects.toMatchObject({ status: 400, errors: [{ path: 'file' }] });
    expect(ourTempEntries()).toEqual([]);
  });

  it('refuses a shared-string table with more strings than allowed, and endless text', async () => {
    XLSX_LIMITS.maxSharedStrings = 1000;
    const many = workbook({ sheetData: '', sharedStrings: Array.from({ length: 1001 }, () => '') });
    await expect(readAll(many)).rejects.toMatchObject({ status: 400, errors: [{ path: 'file' }] });
    const endless = workbook({ sheetData: `<row><c t="inlineStr"><is><t>${'x'.repeat(2 * XLSX_LIMITS.maxTokenBytes)}</t></is></c></row>` });
    await expect(readAll(endless)).rejects.toMatchObject({ status: 400, errors: [{ path: 'file' }] });
    const wide = workbook({ sheetData: `<row><c r="XFE1"><v>1</v></c></row>` });
    await expect(readAll(wide)).rejects.toMatchObject({ status: 400, errors: [{ path: 'file' }] });
    expect(ourTempEntries()).toEqual([]);
  });

  it('leaves nothing in the temp directory, read to the end or given up halfway', async () => {
    const sheetData = Array.from({ length: 5000 }, (_, i) => `<row r="${i + 1}"><c t="s"><v>${i % 10}</v></c></row>`).join('');
    const file = workbook({ sharedStrings: Array.from({ length: 10 }, (_, i) => `s${i}`), sheetData });
    expect((await readAll(file)).length).toBe(5000);
    expect(ourTempEntries()).toEqual([]);
    const { rows } = readTable(Readable.from([file]), 'xlsx');
    for await (const _ of rows) break; // the consumer stops at the first row
    await new Promise((r) => setTimeout(r, 100));
    expect(ourTempEntries()).toEqual([]);
  });

  it('reads parts of many megabytes: the guard against endless tokens counts from the last tag', async () => {
    const strings = Array.from({ length: 50_000 }, (_, i) => `description of activity ${i}`);
    const sheetData = strings.map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c><c r="B${i + 1}"><v>${i}</v></c></row>`).join('');
    expect(sheetData.length).toBeGreaterThan(2 * XLSX_LIMITS.maxTokenBytes);
    const rows = await readAll(workbook({ sharedStrings: strings, sheetData }));
    expect(rows.length).toBe(50_000);
    expect(rows[49_999]).toEqual(['description of activity 49999', '49999']);
  });

  it('refuses elements nested past the depth limit in any part, naming the part, before the rest is parsed', async () => {
    // The tester's file: a worksheet of millions of unclosed <x> (a few KB deflated) took
    // saxes's stack of open elements, and the server, to gigabytes. 2 million here.
    const deep = '<x>'.repeat(2_000_000);
    const files = {
      'xl/worksheets/sheet1.xml': workbook({ sheetData: `<row r="1">${deep}` }),
      'xl/sharedStrings.xml': workbook({ sheetData: '', sharedStrings: { xml: `<sst><si>${deep}` } }),
      'xl/workbook.xml': workbook({ sheetData: '', replace: [{ name: 'xl/workbook.xml', data: `<workbook>${deep}` }] }),
    };
    for (const [part, file] of Object.entries(files)) {
      const started = Date.now();
      await expect(readAll(file), part).rejects.toMatchObject({
        status: 400,
        errors: [{ path: 'file', message: `not a readable XLSX workbook (${part}: elements nested more than ${XLSX_LIMITS.maxElementDepth} deep)` }],
      });
      expect(Date.now() - started, part).toBeLessThan(1000);
    }
    // As deep as the limit (worksheet, sheetData, row, c, is, r…, t), and a long run of self-closing siblings, read as before.
    const nested = `<c r="A1" t="inlineStr"><is>${'<r>'.repeat(XLSX_LIMITS.maxElementDepth - 6)}<t>deep</t>${'</r>'.repeat(XLSX_LIMITS.maxElementDepth - 6)}</is></c>`;
    expect(await readAll(workbook({ sheetData: `<row r="1">${nested}${'<x/>'.repeat(100_000)}</row>` }))).toEqual([['deep']]);
    await expect(readAll(workbook({ sheetData: `<row r="1"><y>${nested}</y></row>` }))).rejects.toMatchObject({
      status: 400,
      errors: [{ message: expect.stringContaining('nested more than') }],
    });
    expect(ourTempEntries()).toEqual([]);
  });

  it("refuses an element with too many attributes, and never expands a DOCTYPE's entities", async () => {
    const attributes = Array.from({ length: XLSX_LIMITS.maxAttributes + 1 }, (_, i) => ` a${i}="1"`).join('');
    await expect(readAll(workbook({ sheetData: `<row r="1"${attributes}/>` }))).rejects.toMatchObject({
      status: 400,
      errors: [{ path: 'file', message: expect.stringContaining(`xl/worksheets/sheet1.xml: an element with more than ${XLSX_LIMITS.maxAttributes} attributes`) }],
    });
    // A billion laughs, and an external entity: saxes knows only XML's own entities, so
    // either is an undefined entity — a 400, nothing expanded, no file read.
    const laughs = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><sst><si><t>&c;</t></si></sst>`;
    const external = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY e SYSTEM "file:///etc/hostname">]><sst><si><t>&e;</t></si></sst>`;
    for (const xml of [laughs, external]) {
      await expect(readAll(workbook({ sheetData: '<row r="1"><c t="s"><v>0</v></c></row>', sharedStrings: { xml } }))).rejects.toMatchObject({
        status: 400,
        errors: [{ path: 'file', message: expect.stringContaining('undefined entity') }],
      });
    }
  });

  it('refuses a worksheet whose rows make more blank cells than allowed, and keeps answering while it reads one', async () => {
    // 24 bytes of XML each, 16,383 blank cells each: 200,000 such rows were 13 KB packed and
    // took minutes and 700 MB. The cap is lowered here to keep the test quick.
    const sheetData = '<row><c r="XFD1"><v>1</v></c></row>'.repeat(2000);
    XLSX_LIMITS.maxBlankCells = 1000 * 16_383;
    let slowestTurn = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      slowestTurn = Math.max(slowestTurn, performance.now() - last);
      last = performance.now();
    }, 5);
    try {
      await expect(readAll(workbook({ sheetData }))).rejects.toMatchObject({
        status: 400,
        errors: [{ path: 'file', message: `row 1001: more than ${XLSX_LIMITS.maxBlankCells} blank cells between or before the cells of the worksheet's rows` }],
      });
    } finally {
      clearInterval(ticker);
    }
    // A few KB of such rows are built between two turns of the event loop, not all of them.
    expect(slowestTurn).toBeLessThan(400);
    XLSX_LIMITS.maxBlankCells = 16_383 + 2;
    expect(await readAll(workbook({ sheetData: '<row><c r="B1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>' }))).toEqual([
      ['', '1', ...Array.from({ length: 16_381 }, () => ''), '2'],
    ]);
    expect(ourTempEntries()).toEqual([]);
  });

  it('refuses a file that is not a ZIP, naming the file', async () => {
    await expect(readAll(Buffer.from('#org,#value\nJapan,1\n'))).rejects.toMatchObject({ status: 400, errors: [{ path: 'file' }] });
    await expect(readAll(zipFile([{ name: 'hello.txt', data: 'hi' }]))).rejects.toMatchObject({ status: 400, errors: [{ path: 'file' }] });
  });
});

describe('reading CSV', () => {
  const csv = async (chunks: Buffer[], encoding: 'auto' | 'utf-8' = 'auto') => {
    const rows: string[][] = [];
    for await (const row of readTable(Readable.from(chunks), 'csv', encoding).rows) rows.push(row as string[]);
    return rows;
  };

  it('reads UTF-8 with or without a byte-order mark, a character split between chunks kept whole', async () => {
    const bytes = Buffer.from('\ufeff#org,#activity\nJapan,Écoles\n');
    const at = bytes.indexOf(Buffer.from('É')) + 1; // inside the two bytes of É
    expect(await csv([bytes.subarray(0, at), bytes.subarray(at)])).toEqual([
      ['#org', '#activity'],
      ['Japan', 'Écoles'],
    ]);
  });

  /** A CSV of `totalBytes`, made as it is read (never held whole), in chunks of 64 KB. */
  const lazyCsv = (head: string, fill: string, totalBytes: number) => {
    const chunk = Buffer.alloc(64 * 1024, fill);
    return Readable.from(
      (function* () {
        yield Buffer.from(head);
        for (let sent = head.length; sent < totalBytes; sent += chunk.length) yield chunk;
      })(),
    );
  };

  it('refuses an unclosed quote after one row of text, naming the row, without reading the rest of the file', async () => {
    // The tester's file was 150 MB: 8 minutes, memory swinging to 1.6 GB. 64 MB here.
    const file = readTable(lazyCsv('#org,#meta+id\nUnited Kingdom,"', 'a', 64 * 2 ** 20), 'csv');
    const started = Date.now();
    await expect(
      (async () => {
        for await (const _ of file.rows);
      })(),
    ).rejects.toMatchObject({ status: 400, errors: [{ path: 'file', message: expect.stringMatching(/^not valid CSV \(row 2: longer than \d+ characters/) }] });
    expect(Date.now() - started).toBeLessThan(2000);
    // At most a row's worth of text and a piece beyond it, give or take the streams' buffers.
    expect(file.bytes()).toBeLessThan(CSV_LIMITS.maxRowTextCharacters + 1024 * 1024);
  });

  it('refuses a row without an end just the same, and reads a long row under the limit', async () => {
    const file = readTable(lazyCsv('#org,#meta+id\nJapan,1\nFrance,', 'b', 16 * 2 ** 20), 'csv');
    await expect(
      (async () => {
        for await (const _ of file.rows);
      })(),
    ).rejects.toMatchObject({ status: 400, errors: [{ path: 'file', message: expect.stringContaining('row 3: longer than') }] });
    expect(file.bytes()).toBeLessThan(CSV_LIMITS.maxRowTextCharacters + 1024 * 1024);
    // Quoted, split across chunks anywhere, with a character of four bytes (two UTF-16 units) at every boundary.
    const long = '😀'.repeat(40_000);
    const bytes = Buffer.from(`#org,#meta+id\n"${long}",x\nJapan,1\n`);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7001) }, (_, i) => bytes.subarray(i * 7001, (i + 1) * 7001));
    expect(await csv(chunks)).toEqual([
      ['#org', '#meta+id'],
      [long, 'x'],
      ['Japan', '1'],
    ]);
  });

  it('stops reading the file while the rows wait, and reads a large file whole afterwards', async () => {
    // 32 MB of ordinary rows. papaparse's pause stops its parsing, not the stream: the rest
    // of the file used to be read and queued as text while the reader was full.
    const line = 'Japan,"quoted, text",12345,2015-04-01,description of the activity\n';
    const file = readTable(lazyCsv('#org,#meta+id,#value,#date,#description\n', line, 32 * 2 ** 20), 'csv');
    const iterator = file.rows[Symbol.asyncIterator]();
    await iterator.next();
    await new Promise((r) => setTimeout(r, 300));
    expect(file.bytes()).toBeLessThan(4 * 2 ** 20);
    let rows = 1;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) rows += 1;
    expect(file.bytes()).toBeGreaterThanOrEqual(32 * 2 ** 20);
    expect(rows).toBeGreaterThan(500_000); // each 64 KB chunk cuts one line in two, which join
  });

  it('refuses bytes that are not UTF-8 when the file is said to be UTF-8, and a NUL, naming the file (not a failure in the database)', async () => {
    await expect(csv([Buffer.from('#org\nJapan\n'), Buffer.from([0x4a, 0xff, 0x0a])], 'utf-8')).rejects.toMatchObject({ status: 400, errors: [{ path: 'file' }] });
    await expect(csv([Buffer.from('#org\nJa\u0000pan\n')])).rejects.toMatchObject({ status: 400, errors: [{ path: 'file', message: expect.stringContaining('NUL') }] });
  });
});

describe('reading JSON', () => {
  const json = async (file: string | Buffer, chunkBytes = 0) => {
    const bytes = typeof file === 'string' ? Buffer.from(file) : file;
    const chunks = chunkBytes ? Array.from({ length: Math.ceil(bytes.length / chunkBytes) }, (_, i) => bytes.subarray(i * chunkBytes, (i + 1) * chunkBytes)) : [bytes];
    const rows: unknown[] = [];
    for await (const row of readTable(Readable.from(chunks), 'json').rows) {
      const r = row as JsonRow;
      rows.push(r.problems ? { cells: [...r], problems: r.problems.map((p) => [p.column, problemMessage(p.problem)]) } : [...r]);
    }
    return rows;
  };
  const refused = (file: string | Buffer, message: RegExp | string, status = 400) =>
    expect(json(file)).rejects.toMatchObject({
      status,
      errors: [{ path: 'file', message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message) }],
    });

  it('takes the file name or content type to mean JSON', () => {
    expect(formatOf('values.JSON')).toBe('json');
    expect(formatOf('upload', 'application/json; charset=utf-8')).toBe('json');
    expect(formatOf('upload.csv', 'text/csv')).toBe('csv');
  });

  it('reads an array of objects: the keys in the order they first appear, then each object’s cells, a character split between chunks kept whole', async () => {
    const file = '\ufeff[{"#org": "Japan", "#description": "Écoles", "n": 1e3, "ok": true},\n {"#description": "b", "n": 2.50, "x": null, "ok": false}, {}]';
    const expected = [
      ['#org', '#description', 'n', 'ok', 'x'],
      ['Japan', 'Écoles', '1000', 'true', ''],
      ['', 'b', '2.5', 'false', ''],
      ['', '', '', '', ''],
    ];
    expect(await json(file)).toEqual(expected);
    expect(await json(file, 1)).toEqual(expected);
    expect(ourTempEntries()).toEqual([]);
  });

  it('reads a DHIS2 dataValueSet: the scalars beside the array are the defaults of rows that lack the key, wherever they stand', async () => {
    const file = JSON.stringify({
      dataSet: 'pBOMPrpg1QX',
      period: '202401',
      dataValues: [
        { dataElement: 'f7n9E0hX8qk', value: '12', orgUnit: 'DiszpKrYNg8' },
        { dataElement: 'Ix2HsbDMLea', value: 7, period: '202402', comment: 'late' },
      ],
      orgUnit: 'ImspTQPwCqd',
    });
    expect(await json(file)).toEqual([
      ['dataElement', 'value', 'orgUnit', 'period', 'comment', 'dataSet'],
      ['f7n9E0hX8qk', '12', 'DiszpKrYNg8', '202401', '', 'pBOMPrpg1QX'],
      ['Ix2HsbDMLea', '7', 'ImspTQPwCqd', '202402', 'late', 'pBOMPrpg1QX'],
    ]);
  });

  it('gives a problem of its row and key, not a value, for a nested object or array, a number JSON does not keep exactly, a key given twice', async () => {
    expect(
      await json('[{"a": {"b": [1, {"c": []}]}, "d": "x"}, {"a": [1], "d": 1e400}, {"a": 12345678901234567890, "d": 1e-400}, {"a": 0.1, "d": -0}, {"a": "1", "a": "2"}]'),
    ).toEqual([
      ['a', 'd'],
      { cells: ['', 'x'], problems: [[0, expect.stringContaining('an object inside a row')]] },
      {
        cells: ['', '1e400'],
        problems: [
          [0, expect.stringContaining('an array inside a row')],
          [1, expect.stringContaining('infinity')],
        ],
      },
      {
        cells: ['12345678901234567890', '1e-400'],
        problems: [
          [0, expect.stringContaining('more digits')],
          [1, expect.stringContaining('more digits')],
        ],
      },
      ['0.1', '0'],
      { cells: ['', ''], problems: [[0, 'the key appears twice in the row']] },
    ]);
  });

  it('refuses what is not JSON, or not rows, with a 400 naming the byte and the row', async () => {
    await refused('[{"a": "b"}, {"a": ', /^not valid JSON \(byte 19, row 2: the file ends inside 2 unclosed/);
    await refused('[{"a": "b', 'the file ends inside a string');
    await refused('', 'no value in the file');
    await refused('[{"a": 1} x]', "byte 10: expected ',' or the end of the array, found 'x'");
    await refused('[{"a": 1},]', 'expected a value');
    await refused('[{"a": 01}]', 'a malformed number');
    await refused('[{"a": nul}]', "expected a value, found 'nul'");
    await refused(Buffer.from([0x5b, 0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d, 0x5d]), 'not UTF-8');
    await refused('[{"a": "x\\u0000"}]', 'NUL');
    await refused('[{"a": "\\ud800"}]', 'lone UTF-16 surrogate');
    await refused('42', 'the file holds a number alone');
    await refused('"text"', 'the file holds a string alone');
    await refused('null', 'the file holds null alone');
    await refused('[]', 'the array holds no rows');
    await refused('{"dataSet": "x"}', 'the object holds no array');
    await refused('[1, 2]', 'row 1 is a number, not an object');
    await refused('[[{"a": 1}]]', 'an array was found');
    await refused('{"a": [{"x": 1}], "b": [{"y": 1}]}', 'a second array was found ("b")');
    await refused('{"pager": {"page": 1}, "rows": [{"y": 1}]}', 'an object was found as the top-level property "pager"');
    expect(ourTempEntries()).toEqual([]);
  });

  it('refuses nesting, keys, strings and numbers past their limits at the byte that breaks them, never holding more', async () => {
    await refused(`[{"a": ${'['.repeat(100_000)}`, `byte ${7 + JSON_LIMITS.maxDepth - 2}, row 1: arrays and objects nested more than ${JSON_LIMITS.maxDepth} deep`);
    await refused(`[{${Array.from({ length: JSON_LIMITS.maxKeysPerObject + 1 }, (_, i) => `"k${i}": 1`).join(',')}}]`, `more than ${JSON_LIMITS.maxKeysPerObject} keys`);
    await refused(`[{"a": "${'x'.repeat(JSON_LIMITS.maxStringCharacters + 1)}"}]`, `a string longer than ${JSON_LIMITS.maxStringCharacters} characters`);
    await refused(`[{"a": "${'\\u0041'.repeat(JSON_LIMITS.maxStringCharacters + 1)}"}]`, 'a string longer than');
    await refused(`[{"a": 1${'0'.repeat(JSON_LIMITS.maxNumberCharacters)}}]`, 'a number longer than');
    await refused(`[{"${'k'.repeat(JSON_LIMITS.maxKeyCharacters + 1)}": 1}]`, 'a key longer than');
    const keys = Array.from({ length: JSON_LIMITS.maxKeys + 1 }, (_, i) => `{"k${i}": 1}`).join(',');
    await refused(`[${keys}]`, `more than ${JSON_LIMITS.maxKeys} different keys`);
    // Rows that cost a byte or two each but would make a million cells each: refused before a row is given.
    const wide = `{${Array.from({ length: 1000 }, (_, i) => `"k${i}": 1`).join(',')}}`;
    await refused(`[${wide}${',{}'.repeat(JSON_LIMITS.maxBlankCells / 1000 + 1)}]`, /lack more than \d+ keys/, 413);
    expect(ourTempEntries()).toEqual([]);
  });

  it('stops handing on rows while they wait, and reads a large file at a reasonable speed', async () => {
    const row = '{"#org": "Japan", "#meta+id": "N-1", "#value": 12345.5, "#description": "description of the activity, quoted \\"here\\""}';
    const count = 200_000;
    const file = readTable(
      Readable.from(
        (function* () {
          yield Buffer.from('[');
          for (let i = 0; i < count; i += 1000) yield Buffer.from(Array.from({ length: 1000 }, () => row).join(',') + (i + 1000 < count ? ',' : ']'));
        })(),
      ),
      'json',
    );
    const started = Date.now();
    let rows = 0;
    for await (const _ of file.rows) rows += 1;
    expect(rows).toBe(count + 1);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(file.sha256()).toMatch(/^[0-9a-f]{64}$/);
  });
});
