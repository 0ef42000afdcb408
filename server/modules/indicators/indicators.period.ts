// ISO periods as the coalition reports them: a year `2015`, a quarter `2015Q1`, a month
// `2015-01`. Pure: the service checks a value's period against its indicator's type and
// its first and last day are stored beside it for roll-ups and closures.
import type { PeriodType } from './indicators.table.ts';

export const PERIOD_PATTERN = /^([0-9]{4})(?:Q([1-4])|-(0[1-9]|1[0-2]))?$/;

export interface Period {
  period: string;
  type: PeriodType;
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period `text` stands for, or undefined when it is no ISO year, quarter or month (year 1 to 9999). */
export function parsePeriod(text: string): Period | undefined {
  const m = PERIOD_PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1) return undefined;
  const y = m[1]!;
  if (m[2]) {
    const q = Number(m[2]);
    const first = (q - 1) * 3 + 1;
    return { period: text, type: 'quarter', start: `${y}-${pad(first)}-01`, end: `${y}-${pad(first + 2)}-${pad(lastDay(year, first + 2))}` };
  }
  if (m[3]) {
    const month = Number(m[3]);
    return { period: text, type: 'month', start: `${y}-${pad(month)}-01`, end: `${y}-${pad(month)}-${pad(lastDay(year, month))}` };
  }
  return { period: text, type: 'year', start: `${y}-01-01`, end: `${y}-12-31` };
}

export const PERIOD_TYPES = ['month', 'quarter', 'year'] as const;
