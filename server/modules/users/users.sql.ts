// SQL fragments of users that other modules embed (ADR 0010): who did something, by name,
// without another module reading the account table. They build SQL; they run nothing.
import { type AliasedRawBuilder, type Expression, type RawBuilder, sql } from 'kysely';
import { type JoinKind, joinWord } from '../../infra/sql-join.ts';
import type { AppUserTable } from './users.table.ts';

/** What another module may read of an account: never its password hash (auth reads that through users.passwords.service.ts). */
export type UserRef = Pick<AppUserTable, 'email' | 'display_name' | 'org_id' | 'role'> & { id: string; disabled: boolean; locale: 'en' | 'fr' | 'ar' };

/** The display name of the user `userId` (null for none), as a scalar subquery: one primary-key lookup. */
export function userDisplayName(userId: Expression<unknown>): RawBuilder<string | null> {
  return sql<string | null>`(SELECT u.display_name FROM app_user u WHERE u.id = ${userId})`;
}

/** `JOIN app_user <alias> ON <alias>.id = <userId>`: the account a row names, UserRef's columns under `alias`. */
export function joinUser(alias: string, userId: Expression<unknown>, kind: JoinKind = 'JOIN'): RawBuilder<unknown> {
  return sql`${joinWord(kind)} app_user ${sql.id(alias)} ON ${sql.ref(`${alias}.id`)} = ${userId}`;
}

/** The accounts as a FROM item for the query builder, aliased `alias` (UserRef's columns). */
export function usersAs<A extends string>(alias: A): AliasedRawBuilder<UserRef, A> {
  return sql<UserRef>`app_user`.as(alias);
}
