// Turns the PostgreSQL errors that bad input can cause into 4xx answers naming the field.
import { AppError } from './errors.ts';

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/** constraint name → [field path, message]; each module passes its own. */
export type ConstraintFields = Record<string, [string, string]>;

export function translateDbError(err: unknown, fields: ConstraintFields): never {
  const e = err as PgError;
  const known = e?.constraint ? fields[e.constraint] : undefined;
  if (known && (e.code === '23505' || e.code === '23503' || e.code === '23514')) {
    const code = e.code === '23505' ? 'conflict' : 'validation_failed';
    throw new AppError(code, `${known[0]}: ${known[1]}`, [{ path: known[0], message: known[1] }]);
  }
  throw err;
}
