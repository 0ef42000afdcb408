import { z } from 'zod';
import { CONTRIBUTION_STATUSES, NEED_PRIORITIES } from '../../../common/enums.ts';
import { currency, minorUnitsSum, quantitySum } from '../../infra/money.schema.ts';

const ref = z.object({ id: z.string(), name: z.string() });
const line = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const homeOut = z.object({
  since: z.string().describe('What changed is counted from here: the start of the last visit, or a week ago on a first visit'),
  firstVisit: z.boolean(),
  organisation: ref,
  contributions: z.object({
    byStatus: z.object(Object.fromEntries(CONTRIBUTION_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof CONTRIBUTION_STATUSES)[number], z.ZodNumber>),
    money: z.array(z.object({ status: z.enum(['committed', 'delivered']), amountMinor: minorUnitsSum, currency })).describe('Per status and currency, never converted'),
  }),
  needs: z.object({ total: z.number().int(), open: z.number().int() }),
  lines: z
    .array(line.extend({ contributes: z.boolean(), coLeads: z.boolean() }))
    .describe('The lines of effort the organisation works on: it has a contribution there (not cancelled) or co-leads a working group of it'),
  openNeeds: z.object({
    total: z.number().int(),
    items: z.array(
      z.object({
        id: z.string(),
        description: z.string(),
        organisation: z.string(),
        line: z.object({ id: z.string(), name: z.string() }),
        place: z.string().nullable(),
        priority: z.enum(NEED_PRIORITIES),
        unmetQuantity: quantitySum.nullable(),
        unit: z.string().nullable(),
        unmetAmountMinor: minorUnitsSum.nullable(),
        currency: currency.nullable(),
      }),
    ),
  }),
  changes: z.object({
    total: z.number().int(),
    more: z.boolean().describe('More than `total` changes: the count stops there'),
    items: z.array(
      z.object({
        id: z.string(),
        occurredAt: z.string(),
        organisation: ref.nullable().describe('The organisation of whoever made the change'),
        action: z.string(),
        entity: z.string(),
        entityId: z.string(),
      }),
    ),
  }),
  coalition: z
    .object({
      members: z.number().int(),
      contributionsByLine: z.array(line.extend({ count: z.number().int() })),
      openNeeds: z.number().int(),
      meetingsUpcoming: z.number().int(),
      actionItemsOverdue: z.number().int(),
      capped: z.number().int().describe('Meetings and overdue items are counted up to this'),
    })
    .nullable()
    .describe('The coalition-wide figures, for the secretariat only'),
});

export type HomeOut = z.infer<typeof homeOut>;
