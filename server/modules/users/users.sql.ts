// SQL fragments of users that other modules embed (ADR 0010): who did something, by name,
// without another module reading the account table. They build SQL; they run nothing.
import { type Expression, type RawBuilder, sql } from 'kysely';

/** The display name of the user `userId` (null for none), as a scalar subquery: one primary-key lookup. */
export function userDisplayName(userId: Expression<unknown>): RawBuilder<string | null> {
  return sql<string | null>`(SELECT u.display_name FROM app_user u WHERE u.id = ${userId})`;
}
