import { type RawBuilder, sql } from 'kysely';

/** The join a module's fragment writes for another (`joinOrganisation`, `joinLocation`, …): inner keeps only rows that have the joined one, left keeps them all. */
export type JoinKind = 'JOIN' | 'LEFT JOIN';

/** The keyword of a JoinKind, written out (no raw text in the SQL). */
export const joinWord = (kind: JoinKind): RawBuilder<unknown> => (kind === 'LEFT JOIN' ? sql`LEFT JOIN` : sql`JOIN`);
