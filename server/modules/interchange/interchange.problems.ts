// What an import reports as wrong: each problem once per column and message, with the rows
// it occurs on (capped) and its distinct values (capped), so that a million bad rows make a
// short report.
const MAX_ROWS_PER_PROBLEM = 1000;
const MAX_VALUES_PER_PROBLEM = 20;

export interface Problem {
  column: string;
  message: string;
  rows: number[];
  count: number;
  values?: { value: string; suggestions: string[] }[];
}

export class ProblemLog {
  private readonly byKey = new Map<string, Problem & { seen: Set<string> }>();
  add(column: string, message: string, row: number, value?: string, suggest?: () => string[]) {
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
  get size() {
    return this.byKey.size;
  }
  list(): Problem[] {
    return [...this.byKey.values()].map(({ seen: _seen, ...p }) => p);
  }
}
