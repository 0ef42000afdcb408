// The entry grid's arithmetic, apart from React: reading a number as people type it, a
// block pasted from a spreadsheet, and where a key moves the focus.

/** The largest figure the API takes (indicators.schema.ts MAX_FIGURE). */
export const MAX_FIGURE = 1e15;

export type Parsed = { ok: true; value: number } | { ok: false; error: 'number' | 'tooLarge' };

/**
 * A figure as typed or pasted: spaces (thin or not) between thousands; a comma is a thousands
 * separator when a dot follows or exactly three digits follow it once per group, else the
 * decimal comma (1 234,5 · 1,234.5 · 12,5).
 */
export function parseFigure(text: string): Parsed {
  let s = text.replace(/[\s\u00a0\u202f']/g, '');
  if (s === '') return { ok: false, error: 'number' };
  if (s.includes('.') && s.includes(',')) s = s.replace(/,/g, '');
  else if (/^-?\d{1,3}(,\d{3})+$/.test(s) && !/^-?0,/.test(s)) s = s.replace(/,/g, '');
  else s = s.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return { ok: false, error: 'number' };
  const value = Number(s);
  if (!Number.isFinite(value)) return { ok: false, error: 'number' };
  if (Math.abs(value) > MAX_FIGURE) return { ok: false, error: 'tooLarge' };
  return { ok: true, value };
}

/** A block copied from a spreadsheet: rows by line, cells by tab (the last empty line dropped). */
export function parseBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t').map((c) => c.trim()));
}

/** A pasted block laid from the focused cell: the cells it fills, and how many fell outside the grid. */
export function layBlock(block: string[][], from: { row: number; col: number }, size: { rows: number; cols: number }) {
  const cells: { row: number; col: number; text: string }[] = [];
  let outside = 0;
  for (const [i, line] of block.entries())
    for (const [j, text] of line.entries()) {
      const row = from.row + i;
      const col = from.col + j;
      if (row < size.rows && col < size.cols) cells.push({ row, col, text });
      else outside++;
    }
  return { cells, outside };
}

/** Where an arrow key or Enter moves the focus (left and right swap in a right-to-left page). */
export function move(key: string, at: { row: number; col: number }, size: { rows: number; cols: number }, rtl: boolean, shift = false) {
  const clamp = (n: number, max: number) => Math.max(0, Math.min(max - 1, n));
  const right = rtl ? -1 : 1;
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(at.row - 1, size.rows), col: at.col };
    case 'ArrowDown':
      return { row: clamp(at.row + 1, size.rows), col: at.col };
    case 'Enter':
      return { row: clamp(at.row + (shift ? -1 : 1), size.rows), col: at.col };
    case 'ArrowLeft':
      return { row: at.row, col: clamp(at.col - right, size.cols) };
    case 'ArrowRight':
      return { row: at.row, col: clamp(at.col + right, size.cols) };
    default:
      return null;
  }
}

/** The current month as an ISO period (2015-01). */
export const thisMonth = () => new Date().toISOString().slice(0, 7);
