// zod at the edge for needs and the contribution↔need links.
import { z } from 'zod';
import { CONTRIBUTION_STATUSES, CONTRIBUTION_TYPES, NEED_PRIORITIES } from '../../../common/enums.ts';
import { MARKINGS } from '../../../common/sharing.ts';
import { amountMinor, currency, minorUnitsSum, money, moneySum, quantity, quantitySum, quantityValue } from '../../infra/money.schema.ts';
import { pageQuery } from '../../infra/pagination.ts';
import { isoDate, locationRef, ref } from '../contributions/contributions.schema.ts';
import { sharingInput, sharingOutput } from '../sharing/sharing.schema.ts';

/** A part of a need's gap: a quantity, and money as an exact sum (a decimal string of minor units). */
const gapPart = z.object({ quantity: quantitySum, amountMinor: minorUnitsSum });

export const needOut = z.object({
  id: z.uuid(),
  organisation: ref,
  frameworkNode: ref,
  line: ref,
  location: locationRef.nullable(),
  workingGroup: ref.nullable().describe('The working group the need is stated for, if any'),
  type: z.enum(CONTRIBUTION_TYPES),
  description: z.string(),
  quantity: quantity.nullable(),
  money: money.nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  priority: z.enum(NEED_PRIORITIES),
  externalId: z.string().nullable(),
  sharing: sharingOutput,
  abilities: z.object({ update: z.boolean(), delete: z.boolean() }).describe('What the reader may do with this need (needs.policy.ts); the service checks again'),
  gap: z
    .object({
      committed: gapPart,
      delivered: gapPart,
      unmet: gapPart.describe('need − committed − delivered, never below zero'),
      oversubscribed: gapPart.describe('committed + delivered − need, never below zero'),
      notConverted: z
        .number()
        .int()
        .describe("Committed or delivered contributions linked in another currency with no exchange rate in force: counted in no money part (the need's contributions name them)"),
    })
    .describe('Sums over the linked contributions you can see (cancelled and pledged ones meet nothing); quantities and money as exact decimal strings'),
});

/** A contribution that meets part of a need, as the need's page lists it. */
export const linkedContribution = z.object({
  id: z.uuid(),
  organisation: ref,
  description: z.string(),
  type: z.enum(CONTRIBUTION_TYPES),
  status: z.enum(CONTRIBUTION_STATUSES),
  meets: gapPart
    .extend({ amountMinor: minorUnitsSum.nullable().describe("In the need's currency, converted when the link is in another; null when no rate is in force") })
    .describe("The part of the need this contribution is linked to meet, in the need's terms (counted in the gap while committed or delivered)"),
  original: moneySum.nullable().describe('The money of the link as it was given, in its own currency (always kept); null when the link names no money'),
  conversion: z
    .object({
      rate: z.string().describe("Units of the need's currency for one unit of the original, an exact decimal (rounded to 10 places for showing)"),
      rateDate: z.string().describe('The date of the rate used (the latest on or before the day)'),
      day: z.string().describe("The day converted on: the contribution's start date, else the day it was recorded"),
    })
    .nullable()
    .describe('How the original was converted; null when it is in the need’s currency or was not converted'),
  notConverted: z.boolean().describe("Its money is in another currency and no rate is in force: in no part of the need's money gap"),
});

const needFields = {
  frameworkNodeId: z.uuid(),
  locationId: z.uuid().nullable(),
  workingGroupId: z.uuid().nullable().describe('State the need on behalf of this working group (its co-leads and the secretariat may)'),
  type: z.enum(CONTRIBUTION_TYPES),
  description: z.string().max(5000),
  quantity: quantity.extend({ value: quantity.shape.value.positive() }).nullable(),
  money: money.extend({ amountMinor: money.shape.amountMinor.positive() }).nullable(),
  periodStart: isoDate.nullable(),
  periodEnd: isoDate.nullable(),
  priority: z.enum(NEED_PRIORITIES),
  externalId: z.string().trim().min(1).max(200).nullable(),
  sharing: sharingInput,
};
const periodInOrder = (n: { periodStart?: string | null; periodEnd?: string | null }) => !n.periodStart || !n.periodEnd || n.periodEnd >= n.periodStart;

export const needInput = z
  .object({
    ...needFields,
    locationId: needFields.locationId.default(null),
    workingGroupId: needFields.workingGroupId.default(null),
    description: needFields.description.default(''),
    quantity: needFields.quantity.default(null),
    money: needFields.money.default(null),
    periodStart: needFields.periodStart.default(null),
    periodEnd: needFields.periodEnd.default(null),
    priority: needFields.priority.default('medium'),
    externalId: needFields.externalId.default(null),
  })
  .refine((n) => n.quantity !== null || n.money !== null, { path: ['quantity'], message: 'give a quantity, an amount of money, or both' })
  .refine(periodInOrder, { path: ['periodEnd'], message: 'must not be before periodStart' });

/** What changes; the rest stays. A need keeps a quantity or an amount (checked against the stored row). */
export const needPatch = z
  .object(needFields)
  .partial()
  .refine(periodInOrder, { path: ['periodEnd'], message: 'must not be before periodStart' });

/** The orders of the needs list (ADR 0039): a column, ascending, or descending with a leading "-". */
export const NEED_SORTS = [
  '-unmet',
  'unmet',
  '-committed',
  'committed',
  '-delivered',
  'delivered',
  '-urgency',
  'urgency',
  'need',
  '-need',
  'organisation',
  '-organisation',
  'place',
  '-place',
  '-createdAt',
  'createdAt',
] as const;
export type NeedSort = (typeof NEED_SORTS)[number];
/** The two orders the list had before its columns sorted, kept so saved views and links made then open as they did. */
export const LEGACY_NEED_SORTS = { gap: '-unmet', priority: '-urgency' } as const satisfies Record<string, NeedSort>;

export const needListQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(200).optional().describe("Words in the need's description, its line or objective, its place or its organisation's name"),
  lineId: z.uuid().optional(),
  type: z.enum(CONTRIBUTION_TYPES).optional(),
  locationId: z.uuid().optional(),
  orgId: z.uuid().optional().describe("The need's organisation"),
  marking: z.enum(MARKINGS).optional(),
  from: isoDate.optional().describe('Needed on or after this date (its period ends then or later, or is open)'),
  to: isoDate.optional().describe('Needed on or before this date'),
  sort: z
    .enum([...NEED_SORTS, ...(Object.keys(LEGACY_NEED_SORTS) as (keyof typeof LEGACY_NEED_SORTS)[])])
    .default('-unmet')
    .transform((v): NeedSort => (v in LEGACY_NEED_SORTS ? LEGACY_NEED_SORTS[v as keyof typeof LEGACY_NEED_SORTS] : (v as NeedSort)))
    .describe(
      'The order of the list: a column, descending with a leading "-" (then by id); the cursor carries the sort key. unmet: unmet money, then unmet quantity (likewise committed, delivered); urgency: the priority, critical highest. "gap" (= -unmet) and "priority" (= -urgency) are the older words, still read',
    ),
});

export const linkInput = z
  .object({
    needId: z.uuid(),
    quantity: quantityValue.positive().nullable().default(null),
    amountMinor: amountMinor.positive().nullable().default(null),
    currency: currency
      .nullable()
      .default(null)
      .describe("The currency of amountMinor: the need's (the default) or the contribution's own, kept as given and converted for the need's gap at the rate in force"),
  })
  .refine((l) => l.quantity !== null || l.amountMinor !== null, { path: ['quantity'], message: 'give the quantity or the amount this contribution meets' });

export type NeedInput = z.infer<typeof needInput>;
export type NeedListQuery = z.infer<typeof needListQuery>;
export type NeedPatch = z.infer<typeof needPatch>;
export const needExportQuery = needListQuery.pick({ lineId: true, type: true, locationId: true });
export type NeedExportQuery = z.infer<typeof needExportQuery>;
export type LinkInput = z.infer<typeof linkInput>;
