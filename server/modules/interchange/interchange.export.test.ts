// The XLSX writer types its cells from the hashtags — numbers as numbers and day dates as
// dates, so that SUM and pivot tables work in Excel — and the XLSX reader still reads every
// cell back as the text the CSV holds (export → import is a round trip).
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type ExportColumn, cellKindOf, writeTable } from './interchange.export.ts';
import { readTable } from './interchange.read.ts';

const COLUMNS: ExportColumn[] = [
  ['Organisation', '#org+name'],
  ['Amount', '#value'],
  ['Quantity', '#output+num'],
  ['Start', '#date+start'],
  ['Period', '#date+period'],
  ['Id', '#meta+id'],
];
const ROWS = [
  ['Japan', '1250000.50', '1000', '2015-01-22', '2015Q1', '0001'],
  ['=cmd|calc', '', '0.0001', '', '2015-02-30', '12'],
  ['Germany', '12345678901234567890', '1e3', '1899-12-31', '', 'x'],
];

async function xlsxOf(rows: string[][]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  let sent = false;
  await writeTable('xlsx', out, COLUMNS, async () => {
    if (sent) return [];
    sent = true;
    return rows.map((cells, i) => ({ key: { created_at: '2015-01-01', id: String(i) }, cells }));
  });
  return Buffer.concat(chunks);
}

describe('XLSX export', () => {
  it('knows a column by its hashtag', () => {
    expect(cellKindOf('#value+committed')).toBe('number');
    expect(cellKindOf('#org+num')).toBe('number');
    expect(cellKindOf('#date+start')).toBe('date');
    expect(cellKindOf('#org+name')).toBe('text');
    expect(cellKindOf('#meta+id')).toBe('text');
  });

  it('writes numbers as numbers and day dates as dates, the rest as text', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsxOf(ROWS)) as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(2).getCell(2).value).toBe('#value'); // the hashtag row stays text
    const first = sheet.getRow(3);
    expect(first.getCell(2).value).toBe(1250000.5);
    expect(first.getCell(2).numFmt).toBe('0.00'); // shown as written
    expect(first.getCell(3).value).toBe(1000);
    expect(first.getCell(4).value).toBeInstanceOf(Date);
    expect((first.getCell(4).value as Date).toISOString()).toBe('2015-01-22T00:00:00.000Z');
    expect(first.getCell(4).numFmt).toBe('yyyy-mm-dd');
    expect(first.getCell(5).value).toBe('2015Q1');
    expect(first.getCell(6).value).toBe('0001');
    const second = sheet.getRow(4);
    expect(second.getCell(1).value).toBe('=cmd|calc'); // text, never a formula
    expect(second.getCell(3).value).toBe(0.0001);
    expect(second.getCell(5).value).toBe('2015-02-30'); // not a day: left as text
    const third = sheet.getRow(5);
    expect(third.getCell(2).value).toBe('12345678901234567890'); // past a double's precision: text
    expect(third.getCell(3).value).toBe('1e3'); // not a plain decimal: text
    expect(third.getCell(4).value).toBe('1899-12-31'); // before Excel's first day: text
  });

  it('reads back as the same values (a number as JavaScript writes it)', async () => {
    const source = readTable(Readable.from([await xlsxOf(ROWS)]), 'xlsx');
    const read: string[][] = [];
    for await (const row of source.rows) read.push(row as string[]);
    const expected = ROWS.map((r) => r.map((cell) => (cell === '1250000.50' ? '1250000.5' : cell)));
    expect(read.slice(2).map((r) => r.slice(0, COLUMNS.length))).toEqual(expected);
  });
});
