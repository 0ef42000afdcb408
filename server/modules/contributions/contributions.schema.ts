import { z } from 'zod';
import { CONTRIBUTION_STATUSES, CONTRIBUTION_TYPES, NEED_PRIORITIES } from '../../../common/enums.ts';
import { amountMinor, minorUnitsSum, money, moneySum, quantity, quantitySum, quantityValue } from '../../infra/money.schema.ts';
import { pageQuery } from '../../infra/pagination.ts';
import { sharingInput, sharingOutput } from '../sharing/sharing.schema.ts';

export { amountMinor, currency, minorUnitsSum, money, moneySum, quantity, quantitySum, quantityValue } from '../../infra/money.schema.ts';

const isoDate = z.iso.date();
const ref = z.object({ id: z.uuid(), name: z.string() });
const locationRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const statusChange = z.object({
  fromStatus: z.enum(CONTRIBUTION_STATUSES).nullable(),
  toStatus: z.enum(CONTRIBUTION_STATUSES),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
  note: z.string(),
});

export const contributionOut = z.object({
  id: z.uuid(),
  organisation: ref,
  frameworkNode: ref,
  line: ref,
  type: z.enum(CONTRIBUTION_TYPES),
  description: z.string(),
  quantity: quantity.nullable(),
  money: money.nullable(),
  locations: z.array(locationRef),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: z.enum(CONTRIBUTION_STATUSES),
  externalId: z.string().nullable(),
  sharing: sharingOutput,
  abilities: z
    .object({ update: z.boolean(), changeStatus: z.boolean(), delete: z.boolean(), linkNeed: z.boolean() })
    .describe('What the reader may do with this contribution (contributions.policy.ts); the service checks again'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const linkedNeed = z.object({
  needId: z.uuid(),
  description: z.string(),
  line: z.string(),
  quantity: quantityValue.nullable(),
  unit: z.string().nullable(),
  amountMinor: amountMinor.nullable(),
  currency: z.string().nullable(),
});
export const contributionDetail = contributionOut.extend({
  history: z.array(statusChange),
  needs: z.array(linkedNeed).describe('The needs this contribution meets part of (those you can see), with how much'),
});

const contributionFields = {
  frameworkNodeId: z.uuid().describe('A line of effort, or an objective under it'),
  type: z.enum(CONTRIBUTION_TYPES),
  description: z.string().max(5000),
  quantity: quantity.nullable(),
  money: money.nullable(),
  locationIds: z.array(z.uuid()).max(200),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  externalId: z.string().trim().min(1).max(200).nullable(),
  sharing: sharingInput,
};

const datesInOrder = (v: { startDate?: string | null; endDate?: string | null }) => !v.startDate || !v.endDate || v.endDate >= v.startDate;

export const contributionInput = z
  .object({
    ...contributionFields,
    description: contributionFields.description.default(''),
    quantity: contributionFields.quantity.default(null),
    money: contributionFields.money.default(null),
    locationIds: contributionFields.locationIds.default([]),
    startDate: contributionFields.startDate.default(null),
    endDate: contributionFields.endDate.default(null),
    externalId: contributionFields.externalId.default(null),
    status: z.enum(['pledged', 'committed', 'delivered']).default('pledged'),
  })
  .refine(datesInOrder, { path: ['endDate'], message: 'must not be before startDate' });

export const contributionPatch = z
  .object(contributionFields)
  .partial()
  .refine(datesInOrder, { path: ['endDate'], message: 'must not be before startDate' });

export const statusInput = z.object({
  status: z.enum(CONTRIBUTION_STATUSES),
  note: z.string().max(2000).default(''),
});

export const contributionListQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(200).optional().describe('Words in the description'),
  orgId: z.uuid().optional(),
  lineId: z.uuid().optional(),
  type: z.enum(CONTRIBUTION_TYPES).optional(),
  status: z.enum(CONTRIBUTION_STATUSES).optional(),
  locationId: z.uuid().optional().describe('This location and every place under it'),
  from: isoDate.optional().describe('Active on or after this date'),
  to: isoDate.optional().describe('Active on or before this date'),
});

export const coverageQuery = contributionListQuery.omit({ cursor: true, limit: true, q: true });
/** An export holds what the list shows, words in the description included, without paging. */
export const contributionExportQuery = contributionListQuery.omit({ cursor: true, limit: true });

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
    })
    .describe('Sums over the linked contributions you can see (cancelled and pledged ones meet nothing); quantities and money as exact decimal strings'),
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

export const needListQuery = z.object({
  ...pageQuery,
  lineId: z.uuid().optional(),
  type: z.enum(CONTRIBUTION_TYPES).optional(),
  locationId: z.uuid().optional(),
  sort: z.enum(['gap', 'priority']).default('gap').describe('gap: largest unmet money first, then quantity'),
});

export const linkInput = z
  .object({
    needId: z.uuid(),
    quantity: quantityValue.positive().nullable().default(null),
    amountMinor: amountMinor.positive().nullable().default(null),
  })
  .refine((l) => l.quantity !== null || l.amountMinor !== null, { path: ['quantity'], message: 'give the quantity or the amount this contribution meets' });

export const matrixOut = z.object({
  lines: z.array(ref),
  organisations: z.array(ref),
  cells: z.array(
    z.object({
      orgId: z.uuid(),
      lineId: z.uuid(),
      count: z.number().int().describe('Contributions that count (not cancelled)'),
      money: z.array(moneySum).describe('Their amounts summed per currency, exact (decimal strings)'),
    }),
  ),
});

export type ContributionInput = z.infer<typeof contributionInput>;
export type ContributionPatch = z.infer<typeof contributionPatch>;
export type ContributionListQuery = z.infer<typeof contributionListQuery>;
export type CoverageQuery = z.infer<typeof coverageQuery>;
export type ContributionExportQuery = z.infer<typeof contributionExportQuery>;
export type NeedInput = z.infer<typeof needInput>;
export type NeedListQuery = z.infer<typeof needListQuery>;
export type NeedPatch = z.infer<typeof needPatch>;
export const needExportQuery = needListQuery.pick({ lineId: true, type: true, locationId: true });
export type NeedExportQuery = z.infer<typeof needExportQuery>;
export type LinkInput = z.infer<typeof linkInput>;
