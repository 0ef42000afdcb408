// A user's home: their organisation's figures, the open needs in the lines it works on, what
// changed since their last visit, and for the secretariat the coalition's figures. Composed
// from the other modules' services and SQL fragments, every figure under the sharing rule.
import { CONTRIBUTION_STATUSES, type ContributionStatus } from '../../../common/enums.ts';
import type { Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { authorizeUser, can } from '../../infra/policy.ts';
import { listVisibleChangesSince } from '../audit/audit.service.ts';
import { listActionItems, listMeetings } from '../meetings/meetings.service.ts';
import { getOrganisation, listOrganisations } from '../members/members.service.ts';
import type { HomeOut } from './home.schema.ts';
import { homePolicy } from './home.policy.ts';
import * as q from './home.queries.ts';

/** On a first visit, what changed is shown for the week before it. */
const FIRST_VISIT_DAYS = 7;
const OPEN_NEEDS_SHOWN = 10;
const CHANGES_SHOWN = 15;
/** Meetings ahead and overdue action items are counted through their module's lists, up to this. */
const COALITION_COUNT_CAP = 500;

export async function getHome(db: Db, ctx: Ctx): Promise<HomeOut> {
  authorizeUser(ctx.actor, homePolicy, 'read');
  const actor = ctx.actor;
  const visit = await q.recordHomeVisit(db, actor.userId);
  const since = visit.previous_seen_at ?? new Date(visit.last_seen_at.getTime() - FIRST_VISIT_DAYS * 86_400_000);
  const orgId = actor.orgId;

  const [org, byStatus, money, needs, lines, changes] = await Promise.all([
    getOrganisation(db, ctx, orgId),
    q.contributionsByStatus(db, actor, orgId),
    q.contributionMoney(db, actor, orgId),
    q.needCounts(db, actor, orgId),
    q.linesWorkedOn(db, actor, orgId),
    listVisibleChangesSince(db, ctx, since, CHANGES_SHOWN),
  ]);
  const [openNeeds, names, coalition] = await Promise.all([
    q.openNeedsIn(
      db,
      actor,
      lines.map((l) => l.id),
      OPEN_NEEDS_SHOWN,
    ),
    q.organisationNames(db, [...new Set(changes.items.map((c) => c.actorOrgId).filter((id): id is string => id !== null))]),
    can(actor, homePolicy, 'seeCoalition') ? coalitionFigures(db, ctx) : null,
  ]);
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const counts = Object.fromEntries(CONTRIBUTION_STATUSES.map((s) => [s, 0])) as Record<ContributionStatus, number>;
  for (const r of byStatus) counts[r.status as ContributionStatus] = Number(r.n);

  return {
    since: since.toISOString(),
    firstVisit: visit.previous_seen_at === null,
    organisation: { id: org.id, name: org.name },
    contributions: {
      byStatus: counts,
      money: money.map((m) => ({ status: m.status, amountMinor: m.amount_minor, currency: m.currency as HomeOut['contributions']['money'][number]['currency'] })),
    },
    needs: { total: Number(needs.total), open: Number(needs.open) },
    lines: lines.map((l) => ({ id: l.id, code: l.code, name: l.name, contributes: l.contributes, coLeads: l.co_leads })),
    openNeeds: {
      total: openNeeds[0] ? Number(openNeeds[0].total) : 0,
      items: openNeeds.map((n) => ({
        id: n.id,
        description: n.description,
        organisation: n.org_name,
        line: { id: n.line_id, name: n.line_name },
        place: n.location_name,
        priority: n.priority as HomeOut['openNeeds']['items'][number]['priority'],
        unmetQuantity: n.quantity === null ? null : n.unmet_quantity,
        unit: n.unit,
        unmetAmountMinor: n.amount_minor === null ? null : n.unmet_amount,
        currency: n.currency as HomeOut['openNeeds']['items'][number]['currency'],
      })),
    },
    changes: {
      total: changes.total,
      more: changes.more,
      items: changes.items.map((c) => ({
        id: c.id,
        occurredAt: c.occurredAt.toISOString(),
        organisation: c.actorOrgId ? { id: c.actorOrgId, name: nameOf.get(c.actorOrgId) ?? '' } : null,
        action: c.action,
        entity: c.entity,
        entityId: c.entityId,
      })),
    },
    coalition,
  };
}

async function coalitionFigures(db: Db, ctx: Ctx): Promise<NonNullable<HomeOut['coalition']>> {
  authorizeUser(ctx.actor, homePolicy, 'seeCoalition');
  const actor = ctx.actor;
  const today = new Date().toISOString().slice(0, 10);
  const [members, byLine, openNeeds, meetings, overdue] = await Promise.all([
    listOrganisations(db, ctx, { status: 'member', limit: 1 }),
    q.contributionsByLine(db, actor),
    q.countOpenNeeds(db, actor),
    listMeetings(db, ctx, { from: today, limit: COALITION_COUNT_CAP }),
    listActionItems(db, ctx, { overdue: 'true', limit: COALITION_COUNT_CAP }),
  ]);
  return {
    members: members.total,
    contributionsByLine: byLine.map((l) => ({ id: l.id, code: l.code, name: l.name, count: Number(l.n) })),
    openNeeds,
    meetingsUpcoming: meetings.filter((m) => m.state !== 'cancelled').length,
    actionItemsOverdue: overdue.items.length,
    capped: COALITION_COUNT_CAP,
  };
}
