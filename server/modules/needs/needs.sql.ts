// SQL fragments of needs that other modules embed (ADR 0010): a contribution's linked
// needs, and the needs with their gaps that analytics maps and exports.
import { sql } from 'kysely';
import type { Actor } from '../../infra/actor.ts';
import { type Purpose, contributionsAs, countsInCoverage, coverageRule } from '../contributions/contributions.sql.ts';
import { joinFrameworkNode, joinWorkingGroup } from '../framework/framework.sql.ts';
import { joinLocation } from '../locations/locations.sql.ts';
import { joinOrganisation } from '../members/members.sql.ts';
import { convertedWith, rateInForce } from '../exchange-rates/exchange-rates.sql.ts';
import { visibleTo } from '../sharing/sharing.sql.ts';
import type { NeedTable } from './needs.table.ts';

/** A row of needsWithGaps. */
export interface NeedRow {
  id: string;
  owner_org_id: string;
  org_name: string;
  framework_node_id: string;
  node_name: string;
  line_id: string;
  line_name: string;
  location_id: string | null;
  location_code: string | null;
  location_name: string | null;
  working_group_id: string | null;
  working_group_name: string | null;
  type: NeedTable['type'];
  description: string;
  quantity: string | null;
  unit: string | null;
  amount_minor: string | null;
  currency: string | null;
  period_start: string | null;
  period_end: string | null;
  priority: 'low' | 'medium' | 'high' | 'critical';
  external_id: string | null;
  marking: NeedTable['marking'];
  created_by: string;
  created_at: Date;
  /** created_at to the microsecond, for an export's keyset. */
  created_key: string;
  committed_quantity: string;
  committed_amount: string;
  delivered_quantity: string;
  delivered_amount: string;
  unmet_quantity: string;
  unmet_amount: string;
  oversubscribed_quantity: string;
  oversubscribed_amount: string;
  /** Linked committed or delivered contributions whose money has no rate in force into the need's currency: in no money part. */
  not_converted: string;
}

// A link's amount in the need's currency (ADR 0031), on aliases cn (contribution_need), n
// (need) and c (contribution): the link keeps the currency it was given in (the need's, or
// the contribution's own); another one is converted at the rate in force on the
// contribution's start date, or the day it was recorded when it has none. No rate: NULL,
// never 1:1 — counted in `not_converted` and named on the need's page.
const linkCurrency = sql`coalesce(cn.currency, n.currency)`;
const needCurrency = sql`coalesce(n.currency, cn.currency)`;
/** The day a contribution's money is converted on: its start date, else the day it was recorded (UTC). */
export const conversionDay = (c: string) => sql`coalesce(${sql.ref(`${c}.start_date`)}, (${sql.ref(`${c}.created_at`)} AT TIME ZONE 'UTC')::date)`;
/** `LEFT JOIN LATERAL … x`: the rate in force for the link cn of contribution c to need n (no row when none is needed or held). */
export const linkRate = sql`LEFT JOIN LATERAL ${rateInForce(linkCurrency, needCurrency, conversionDay('c'))} x ON true`;
/** The link's amount in minor units of the need's currency, with linkRate joined; NULL when not converted. */
export const linkAmountInNeedCurrency = convertedWith(sql.ref('cn.amount_minor'), linkCurrency, needCurrency, 'x');

/**
 * Needs with their gaps. What meets a need is summed over the linked contributions the
 * reader may see (for an export: may pass on), so a hidden contribution changes no
 * visible gap. Money is summed as numeric, exact at any size, and the gap's parts are
 * computed here, in SQL, so nothing downstream does arithmetic on money. A link in another
 * currency counts converted at the rate in force (linkAmountInNeedCurrency); one with no rate
 * counts in no money part and in `not_converted` instead.
 */
export function needsWithGaps(actor: Actor, purpose: Purpose = 'read') {
  const rule = coverageRule(actor, purpose);
  return sql`
    SELECT n.id, n.owner_org_id, o.name AS org_name, n.framework_node_id, fn.name AS node_name, n.line_id, ln.name AS line_name,
           n.location_id, l.code AS location_code, l.name AS location_name, n.working_group_id, wg.name AS working_group_name, n.type, n.description, n.quantity, n.unit,
           n.amount_minor, n.currency, n.period_start, n.period_end, n.priority, n.external_id, n.marking, n.created_by,
           n.created_at, n.created_at::text AS created_key,
           m.committed_quantity, m.committed_amount, m.delivered_quantity, m.delivered_amount,
           greatest(coalesce(n.quantity, 0) - m.committed_quantity - m.delivered_quantity, 0) AS unmet_quantity,
           greatest(coalesce(n.amount_minor, 0) - m.committed_amount - m.delivered_amount, 0) AS unmet_amount,
           greatest(m.committed_quantity + m.delivered_quantity - coalesce(n.quantity, 0), 0) AS oversubscribed_quantity,
           greatest(m.committed_amount + m.delivered_amount - coalesce(n.amount_minor, 0), 0) AS oversubscribed_amount,
           m.not_converted
    FROM need n
    ${joinOrganisation('o', sql.ref('n.owner_org_id'))}
    ${joinFrameworkNode('fn', sql.ref('n.framework_node_id'))}
    ${joinFrameworkNode('ln', sql.ref('n.line_id'))}
    ${joinLocation('l', sql.ref('n.location_id'), 'LEFT JOIN')}
    ${joinWorkingGroup('wg', sql.ref('n.working_group_id'), 'LEFT JOIN')}
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(cn.quantity) FILTER (WHERE c.status = 'committed'), 0) AS committed_quantity,
             coalesce(sum(k.amount) FILTER (WHERE c.status = 'committed'), 0) AS committed_amount,
             coalesce(sum(cn.quantity) FILTER (WHERE c.status = 'delivered'), 0) AS delivered_quantity,
             coalesce(sum(k.amount) FILTER (WHERE c.status = 'delivered'), 0) AS delivered_amount,
             count(*) FILTER (WHERE c.status IN ('committed', 'delivered') AND cn.amount_minor IS NOT NULL AND k.amount IS NULL) AS not_converted
      FROM contribution_need cn JOIN ${contributionsAs('c')} ON c.id = cn.contribution_id
      ${linkRate}
      CROSS JOIN LATERAL (SELECT ${linkAmountInNeedCurrency} AS amount) k
      WHERE cn.need_id = n.id AND ${countsInCoverage('c')} AND ${rule('contribution', 'c')}
    ) m
    WHERE ${rule('need', 'n')}`;
}

/** The needs the contribution `contributionId` meets part of, limited to those `actor` may see. */
export function needsLinkedTo(actor: Actor, contributionId: string) {
  return sql`
    SELECT cn.need_id, n.description, l.name AS line, cn.quantity, n.unit, cn.amount_minor, coalesce(cn.currency, n.currency) AS currency
    FROM contribution_need cn
    JOIN need n ON n.id = cn.need_id
    ${joinFrameworkNode('l', sql.ref('n.line_id'))}
    WHERE cn.contribution_id = ${contributionId} AND ${visibleTo(actor, 'need', 'n')}
    ORDER BY l.name, n.description`;
}

/** The places that have a need `actor` may see (or pass on, for 'export'): a SELECT of `location_id`, each once. */
export function placesWithNeeds(actor: Actor, purpose: Purpose) {
  return sql`SELECT DISTINCT n.location_id FROM need n
      WHERE n.location_id IS NOT NULL AND ${coverageRule(actor, purpose)('need', 'n')}`;
}
