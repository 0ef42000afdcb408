// SQL fragments of members that other modules embed (ADR 0010): a module that shows an
// organisation's name reads the organisation table only through these, so its name and
// key are written in one place. They build SQL; they run nothing.
import { type AliasedRawBuilder, type Expression, type RawBuilder, sql } from 'kysely';
import { type JoinKind, joinWord } from '../../infra/sql-join.ts';
import type { NameLang } from '../../infra/sql-local-name.ts';
import type { OrgGroupTable, OrganisationTable } from './members.table.ts';

/**
 * `JOIN organisation <alias> ON <alias>.id = <orgId>`: the organisation a row names, its
 * columns (id, name, kind, country_code) under `alias` — the same join, and so the same plan,
 * as written out by hand.
 */
export function joinOrganisation(alias: string, orgId: Expression<unknown>, kind: JoinKind = 'JOIN'): RawBuilder<unknown> {
  return sql`${joinWord(kind)} organisation ${sql.id(alias)} ON ${sql.ref(`${alias}.id`)} = ${orgId}`;
}

/**
 * The name of the organisation `orgId`, as a scalar subquery: for one row (a single read).
 * Not for a list: the organisation table is small (one page), so PostgreSQL runs the subquery
 * as a scan of the whole table for every row rather than a primary-key lookup — on a page of 51
 * documents that cost the statement about a sixth more than `joinOrganisation` (ADR 0011, 6).
 */
export function organisationName(orgId: Expression<unknown>): RawBuilder<string> {
  return sql<string>`(SELECT o.name FROM organisation o WHERE o.id = ${orgId})`;
}

/**
 * The name in `lang` of the organisation aliased `alias` (joined by joinOrganisation): the first
 * of its other names given in that language (its alias list), else its name. A scalar
 * subquery on the alias list's key (org_id first), per row.
 */
export function organisationNameIn(alias: string, lang: NameLang): RawBuilder<string> {
  const name = sql.ref(`${alias}.name`);
  if (lang === 'en') return sql<string>`${name}`;
  return sql<string>`coalesce((SELECT a.name FROM organisation_alias a WHERE a.org_id = ${sql.ref(`${alias}.id`)} AND a.lang = ${lang} ORDER BY a.created_at, a.name LIMIT 1), ${name})`;
}

/** `JOIN org_group <alias> ON <alias>.id = <groupId>`: the group of organisations a row names (id, name, kind) under `alias`. */
export function joinOrgGroup(alias: string, groupId: Expression<unknown>, kind: JoinKind = 'JOIN'): RawBuilder<unknown> {
  return sql`${joinWord(kind)} org_group ${sql.id(alias)} ON ${sql.ref(`${alias}.id`)} = ${groupId}`;
}

/** What another module may read of an organisation. */
export type OrganisationRef = Pick<OrganisationTable, 'name' | 'short_name' | 'kind' | 'iso3'> & { id: string };

/**
 * The organisations as a FROM item for the query builder, aliased `alias`:
 * `.innerJoin(organisationsAs('o'), 'o.id', 'u.org_id')` compiles to `inner join organisation as "o"`.
 */
export function organisationsAs<A extends string>(alias: A): AliasedRawBuilder<OrganisationRef, A> {
  return sql<OrganisationRef>`organisation`.as(alias);
}

/** The groups of organisations (id, name, kind) as a FROM item for the query builder, aliased `alias`. */
export function orgGroupsAs<A extends string>(alias: A): AliasedRawBuilder<Pick<OrgGroupTable, 'name' | 'kind'> & { id: string }, A> {
  return sql<Pick<OrgGroupTable, 'name' | 'kind'> & { id: string }>`org_group`.as(alias);
}

/** Who is in which group (group_id, org_id), as a FROM item for the query builder, aliased `alias`. */
export function groupMembershipsAs<A extends string>(alias: A): AliasedRawBuilder<{ group_id: string; org_id: string }, A> {
  return sql<{ group_id: string; org_id: string }>`org_group_member`.as(alias);
}

/** The ids of the groups organisation `orgId` belongs to: a parenthesised SELECT, for `group_id IN …`. */
export function groupsOf(orgId: Expression<unknown> | string): RawBuilder<unknown> {
  return sql`(SELECT gm.group_id FROM org_group_member gm WHERE gm.org_id = ${orgId})`;
}

/** The other names organisations go by (org_id, name, lang), as a FROM item for the query builder, aliased `alias`: for matching names in files. */
export function organisationAliasesAs<A extends string>(alias: A): AliasedRawBuilder<{ org_id: string; name: string; lang: 'en' | 'fr' | 'ar' | null }, A> {
  return sql<{ org_id: string; name: string; lang: 'en' | 'fr' | 'ar' | null }>`organisation_alias`.as(alias);
}
