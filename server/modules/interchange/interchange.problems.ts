// What an import reports as wrong: each problem once per column and message, with the rows
// it occurs on (capped) and its distinct values (capped), so that a million bad rows make a
// short report. It also keeps every problem of each row, in the order found, for the rows
// an import in `valid-rows` mode leaves out and hands back annotated (docs/adr/0032), up to
// MAX_REJECTED_ROWS rows: past that, it forgets them, and only all-or-nothing remains.
const MAX_ROWS_PER_PROBLEM = 1000;
const MAX_VALUES_PER_PROBLEM = 20;
/** Rows with problems an import may leave out and hand back (each row's problems are held in memory). */
export const MAX_REJECTED_ROWS = 100_000;

export interface Problem {
  column: string;
  message: string;
  rows: number[];
  count: number;
  values?: { value: string; suggestions: string[] }[];
}

export class ProblemLog {
  private readonly byKey = new Map<string, Problem & { seen: Set<string> }>();
  private perRow: Map<number, string[]> | undefined = new Map();
  add(column: string, message: string, row: number, value?: string, suggest?: () => string[]) {
    this.noteRow(row, value === undefined ? `${column}: ${message}` : `${column}: ${message} (“${value.slice(0, 200)}”)`);
    const key = `${column}\u0000${message}`;
    let p = this.byKey.get(key);
    if (!p) {
      p = { column, message, rows: [], count: 0, seen: new Set() };
      this.byKey.set(key, p);
    }
    p.count += 1;
    if (p.rows.length < MAX_ROWS_PER_PROBLEM) p.rows.push(row);
    if (value !== undefined && !p.seen.has(value) && p.seen.size < MAX_VALUES_PER_PROBLEM) {
      p.seen.add(value);
      p.values ??= [];
      p.values.push({ value, suggestions: suggest?.() ?? [] });
    }
  }
  private noteRow(row: number, problem: string) {
    if (!this.perRow) return;
    let problems = this.perRow.get(row);
    if (!problems) {
      if (this.perRow.size >= MAX_REJECTED_ROWS) {
        this.perRow = undefined;
        return;
      }
      problems = [];
      this.perRow.set(row, problems);
    }
    problems.push(problem);
  }
  /** Each row with a problem and all its problems, in the order found; undefined past MAX_REJECTED_ROWS rows. */
  rows(): ReadonlyMap<number, readonly string[]> | undefined {
    return this.perRow;
  }
  get size() {
    return this.byKey.size;
  }
  list(): Problem[] {
    return [...this.byKey.values()].map(({ seen: _seen, ...p }) => p);
  }
}
