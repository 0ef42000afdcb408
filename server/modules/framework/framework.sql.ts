// SQL fragments of the framework (lines of effort → objectives → sub-objectives, working
// groups) that other modules embed (ADR 0010): the framework tables are read elsewhere
// only through these. They build SQL; they run nothing.
import { type Expression, type RawBuilder, sql } from 'kysely';
import { type JoinKind, joinWord } from '../../infra/sql-join.ts';
import { type NameLang, localName } from '../../infra/sql-local-name.ts';

/**
 * `JOIN framework_node <alias> ON <alias>.id = <nodeId>`: a line, objective or sub-objective
 * a row names, its columns (id, parent_id, kind, code, name, position) under `alias`.
 */
export function joinFrameworkNode(alias: string, nodeId: Expression<unknown>, kind: JoinKind = 'JOIN'): RawBuilder<unknown> {
  return sql`${joinWord(kind)} framework_node ${sql.id(alias)} ON ${sql.ref(`${alias}.id`)} = ${nodeId}`;
}

/** The name in `lang` of the framework element aliased `alias` (joined by joinFrameworkNode): its French or Arabic name where it has one, else its name. */
export function frameworkNodeName(alias: string, lang: NameLang): RawBuilder<string> {
  return localName(alias, lang);
}

/** The lines of effort, as a FROM item aliased `alias` (columns as framework_node's). */
export function linesOfEffort(alias: string): RawBuilder<unknown> {
  // A subquery PostgreSQL pulls up into the outer query: the plan is that of `framework_node l … WHERE l.kind = 'line'`.
  return sql`(SELECT * FROM framework_node ${sql.id(alias)} WHERE ${sql.ref(`${alias}.kind`)} = 'line') ${sql.id(alias)}`;
}

/** `JOIN working_group <alias> ON <alias>.id = <groupId>`: the working group a row names (id, name, line_id). */
export function joinWorkingGroup(alias: string, groupId: Expression<unknown>, kind: JoinKind = 'JOIN'): RawBuilder<unknown> {
  return sql`${joinWord(kind)} working_group ${sql.id(alias)} ON ${sql.ref(`${alias}.id`)} = ${groupId}`;
}

/**
 * Whether working group `groupId` exists and whether organisation `orgId` co-leads it: one
 * row (`id`, `co_lead` boolean), none when there is no such group.
 */
export function workingGroupCoLead(groupId: string, orgId: string): RawBuilder<{ id: string; co_lead: boolean }> {
  return sql<{ id: string; co_lead: boolean }>`
    SELECT wg.id, EXISTS (SELECT 1 FROM working_group_co_lead cl WHERE cl.working_group_id = wg.id AND cl.org_id = ${orgId}) AS co_lead
    FROM working_group wg WHERE wg.id = ${groupId}`;
}

/** Every node (id, code, name) with the line of effort it belongs to (line_id; a line's is its own id): a SELECT. */
export function nodesWithTheirLine(): RawBuilder<{ id: string; code: string; name: string; line_id: string }> {
  return sql<{ id: string; code: string; name: string; line_id: string }>`
      WITH RECURSIVE t AS (
        SELECT id, code, name, id AS line_id FROM framework_node WHERE parent_id IS NULL
        UNION ALL SELECT f.id, f.code, f.name, t.line_id FROM framework_node f JOIN t ON f.parent_id = t.id
      ) SELECT * FROM t`;
}

/**
 * Whether organisation `orgId` co-leads a working group of the line of effort `lineId`: a
 * boolean expression (the indicators' coordinators of a line).
 */
export function coLeadsLine(lineId: Expression<unknown>, orgId: string): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM working_group wg JOIN working_group_co_lead cl ON cl.working_group_id = wg.id
    WHERE wg.line_id = ${lineId} AND cl.org_id = ${orgId})`;
}
