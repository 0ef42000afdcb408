// The rules of contributions, each written once as a value that the service checks
// and the import applies (the status order compiled into its SQL), so the API and a file agree.
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { ContributionStatus } from '../../../common/enums.ts';

/** Status moves forward only; a correction is a new contribution. */
export const NEXT_STATUS: Readonly<Record<ContributionStatus, readonly ContributionStatus[]>> = {
  pledged: ['committed', 'delivered', 'cancelled'],
  committed: ['delivered', 'cancelled'],
  delivered: [],
  cancelled: [],
};

/** NEXT_STATUS in SQL: whether the status in `from` may become the one in `to` (both text expressions). */
export function statusMoveAllowed(from: RawBuilder<unknown>, to: RawBuilder<unknown>): RawBuilder<SqlBool> {
  const moves = Object.entries(NEXT_STATUS).flatMap(([a, next]) => next.map((b) => sql`(${sql.lit(a)}, ${sql.lit(b)})`));
  return sql<SqlBool>`(${from} = ${to} OR (${from}, ${to}) IN (VALUES ${sql.join(moves)}))`;
}
