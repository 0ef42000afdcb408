// The home's figures: each read of a shared row under the reader's rule (`visibleTo`, through
// the owners' fragments: contributionFilter, needsWithGaps), so a row the reader cannot see
// is in no count, no sum and no list. Kysely only; one function per statement.
import { type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../infra/actor.ts';
import { contributionFilter, contributionsAs, countsInCoverage } from '../contributions/contributions.sql.ts';
import { coLeadsLine, linesOfEffort } from '../framework/framework.sql.ts';
import { organisationsAs } from '../members/members.sql.ts';
import { needsWithGaps } from '../needs/needs.sql.ts';
import { visibleTo } from '../sharing/sharing.sql.ts';

/** The visit before this one, kept while a visit lasts, so a reload within it keeps its "since". */
const VISIT_GAP = sql`interval '30 minutes'`;

/**
 * Records that `userId` reads their home now, and answers when the visit before this one
 * began (null on a first visit). A read more than VISIT_GAP after the last one starts a new
 * visit: the last one becomes the "since"; a read within a visit keeps it.
 */
export async function recordHomeVisit(db: Db, userId: string) {
  return await db
    .insertInto('home_visit')
    .values({ user_id: userId, last_seen_at: sql<Date>`now()`, previous_seen_at: null })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        previous_seen_at: sql<Date | null>`CASE WHEN home_visit.last_seen_at < now() - ${VISIT_GAP} THEN home_visit.last_seen_at ELSE home_visit.previous_seen_at END`,
        last_seen_at: sql<Date>`greatest(now(), home_visit.last_seen_at)`,
      }),
    )
    .returning(['previous_seen_at', 'last_seen_at'])
    .executeTakeFirstOrThrow();
}

/** Contributions of `orgId` the reader may see, counted by status. */
export async function contributionsByStatus(db: Db, actor: Actor, orgId: string) {
  const { rows } = await sql<{ status: string; n: string }>`
    SELECT c.status, count(*) AS n FROM ${contributionsAs('c')}
    WHERE ${contributionFilter(actor, { orgId })}
    GROUP BY c.status`.execute(db);
  return rows;
}

/** Money of the committed and delivered contributions of `orgId` the reader may see, per status and currency (minor units, exact). */
export async function contributionMoney(db: Db, actor: Actor, orgId: string) {
  const { rows } = await sql<{ status: 'committed' | 'delivered'; currency: string; amount_minor: string }>`
    SELECT c.status, c.currency, sum(c.amount_minor)::text AS amount_minor FROM ${contributionsAs('c')}
    WHERE ${contributionFilter(actor, { orgId })} AND c.status IN ('committed', 'delivered') AND c.amount_minor IS NOT NULL AND c.currency IS NOT NULL
    GROUP BY c.status, c.currency
    ORDER BY c.status, c.currency`.execute(db);
  return rows;
}

/** A need is open while part of it is unmet (its quantity or its amount): as the reader sees what meets it. */
const isOpen = (alias: string) => sql<SqlBool>`(${sql.ref(`${alias}.unmet_quantity`)} > 0 OR ${sql.ref(`${alias}.unmet_amount`)} > 0)`;

/** Needs of `orgId` the reader may see: all, and those still open. */
export async function needCounts(db: Db, actor: Actor, orgId: string) {
  const { rows } = await sql<{ total: string; open: string }>`
    SELECT count(*) AS total, count(*) FILTER (WHERE ${isOpen('g')}) AS open
    FROM (${needsWithGaps(actor)}) g
    WHERE g.owner_org_id = ${orgId}`.execute(db);
  return rows[0]!;
}

/**
 * The lines of effort organisation `orgId` works on: those it has a contribution in that
 * counts (not cancelled) and the reader may see, and those it co-leads a working group of.
 */
export async function linesWorkedOn(db: Db, actor: Actor, orgId: string) {
  const { rows } = await sql<{ id: string; code: string; name: string; contributes: boolean; co_leads: boolean }>`
    SELECT l.id, l.code, l.name, w.contributes, w.co_leads
    FROM ${linesOfEffort('l')}
    CROSS JOIN LATERAL (
      SELECT EXISTS (SELECT 1 FROM ${contributionsAs('c')} WHERE c.line_id = l.id AND c.owner_org_id = ${orgId} AND ${countsInCoverage('c')} AND ${visibleTo(actor, 'contribution', 'c')}) AS contributes,
             ${coLeadsLine(sql.ref('l.id'), orgId)} AS co_leads
    ) w
    WHERE w.contributes OR w.co_leads
    ORDER BY l.position, l.code`.execute(db);
  return rows;
}

/** Open needs in `lineIds` the reader may see, most urgent first: a page and the count. */
export async function openNeedsIn(db: Db, actor: Actor, lineIds: string[], limit: number) {
  if (!lineIds.length) return [];
  const { rows } = await sql<{
    id: string;
    description: string;
    org_name: string;
    line_id: string;
    line_name: string;
    location_name: string | null;
    priority: string;
    quantity: string | null;
    unmet_quantity: string;
    unit: string | null;
    amount_minor: string | null;
    unmet_amount: string;
    currency: string | null;
    total: string;
  }>`
    SELECT g.id, g.description, g.org_name, g.line_id, g.line_name, g.location_name, g.priority, g.quantity, g.unmet_quantity::text, g.unit, g.amount_minor, g.unmet_amount::text, g.currency,
           count(*) OVER () AS total
    FROM (${needsWithGaps(actor)}) g
    WHERE g.line_id IN (${sql.join(lineIds)}) AND ${isOpen('g')}
    ORDER BY array_position(ARRAY['critical', 'high', 'medium', 'low'], g.priority::text), g.created_at DESC, g.id
    LIMIT ${limit}`.execute(db);
  return rows;
}

/** Names of organisations by id (the actors of what changed). */
export async function organisationNames(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return await db.selectFrom(organisationsAs('o')).select(['o.id', 'o.name']).where('o.id', 'in', ids).execute();
}

/** Coalition-wide (the secretariat's home): every line of effort with the number of contributions in it that count and the reader may see. */
export async function contributionsByLine(db: Db, actor: Actor) {
  const { rows } = await sql<{ id: string; code: string; name: string; n: string }>`
    SELECT l.id, l.code, l.name, count(c.id) AS n
    FROM ${linesOfEffort('l')}
    LEFT JOIN ${contributionsAs('c')} ON c.line_id = l.id AND ${countsInCoverage('c')} AND ${visibleTo(actor, 'contribution', 'c')}
    GROUP BY l.id, l.code, l.name, l.position
    ORDER BY l.position, l.code`.execute(db);
  return rows;
}

/** Coalition-wide: the needs the reader may see that are still open. */
export async function countOpenNeeds(db: Db, actor: Actor) {
  const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM (${needsWithGaps(actor)}) g WHERE ${isOpen('g')}`.execute(db);
  return Number(rows[0]!.n);
}
