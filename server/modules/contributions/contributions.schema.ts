import { z } from 'zod';
import { CONTRIBUTION_STATUSES, CONTRIBUTION_TYPES } from '../../../common/enums.ts';
import { amountMinor, money, quantity, quantityValue } from '../../infra/money.schema.ts';
import { pageQuery } from '../../infra/pagination.ts';
import { MARKINGS } from '../../../common/sharing.ts';
import { sharingInput, sharingOutput } from '../sharing/sharing.schema.ts';

export { amountMinor, currency, minorUnitsSum, money, moneySum, quantity, quantitySum, quantityValue } from '../../infra/money.schema.ts';

export const isoDate = z.iso.date();
export const ref = z.object({ id: z.uuid(), name: z.string() });
export const locationRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

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

/** The orders the list offers: each a keyset (the column, then the id), so paging stays exact. */
export const CONTRIBUTION_SORTS = ['-createdAt', 'createdAt', '-startDate', 'startDate', '-amount', 'amount', 'organisation', '-organisation', 'status', '-status'] as const;
export type ContributionSort = (typeof CONTRIBUTION_SORTS)[number];

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
  marking: z.enum(MARKINGS).optional().describe('Only rows with this marking'),
  sort: z.enum(CONTRIBUTION_SORTS).default('-createdAt').describe('The order of the list: a column, descending with a leading "-" (then by id); the cursor carries the sort key'),
});

/** An export holds what the list shows, words in the description included, without paging. */
export const contributionExportQuery = contributionListQuery.omit({ cursor: true, limit: true, sort: true });

export type ContributionInput = z.infer<typeof contributionInput>;
export type ContributionPatch = z.infer<typeof contributionPatch>;
export type ContributionListQuery = z.infer<typeof contributionListQuery>;
export type ContributionExportQuery = z.infer<typeof contributionExportQuery>;
