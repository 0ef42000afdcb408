// SQL fragments of members that other modules embed (ADR 0010): a module that shows an
// organisation's name reads the organisation table only through these, so its name and
// key are written in one place. They build SQL; they run nothing.
import { type Expression, type RawBuilder, sql } from 'kysely';
import { type JoinKind, joinWord } from '../../infra/sql-join.ts';

/**
 * `JOIN organisation <alias> ON <alias>.id = <orgId>`: the organisation a row names, its
 * columns (id, name, kind, country_code) under `alias` — the same join, and so the same plan,
 * as written out by hand.
 */
export function joinOrganisation(alias: string, orgId: Expression<unknown>, kind: JoinKind = 'JOIN'): RawBuilder<unknown> {
  return sql`${joinWord(kind)} organisation ${sql.id(alias)} ON ${sql.ref(`${alias}.id`)} = ${orgId}`;
}

/**
 * The name of the organisation `orgId`, as a scalar subquery (one primary-key lookup): for a
 * page that is already limited, where a join in the builder would only add a table.
 */
export function organisationName(orgId: Expression<unknown>): RawBuilder<string> {
  return sql<string>`(SELECT o.name FROM organisation o WHERE o.id = ${orgId})`;
}
