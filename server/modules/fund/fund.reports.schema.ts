// zod at the edge for the fund's reports: the funding status by group and period, and a donor's statement.
import { z } from 'zod';
import { currency, minorUnitsSum } from '../../infra/money.schema.ts';
import { isoDate, ref } from '../contributions/contributions.schema.ts';
import { STATUS_GROUPS, statusFigures } from './fund.schema.ts';
import { FUND_KINDS } from './fund.table.ts';

export const STATUS_PERIODS = ['month', 'quarter', 'year'] as const;

export const statusQuery = z.object({
  by: z.enum(STATUS_GROUPS).optional().describe('Group by window, donor, partner, project, or period (of the value date, see `period`)'),
  period: z.enum(STATUS_PERIODS).optional().describe('With by=period: months (2016-03), quarters (2016-Q1, the default) or years (2016)'),
  from: isoDate.optional().describe('Value dates from this day'),
  to: isoDate.optional().describe('Value dates up to this day, included'),
  asOf: isoDate.optional().describe('The status as of this day (every value date up to it); the same as `to`, which it may not accompany'),
});

export const statusOut = z.object({
  fundId: z.uuid(),
  currency,
  from: z.string().nullable(),
  to: z.string().nullable(),
  total: statusFigures,
  groups: z
    .array(
      z.object({
        key: z.string().nullable().describe('The window, donor, partner or project id, or the period (2016-03, 2016-Q3, 2016); null: none (unearmarked, or not about a donor…)'),
        name: z.string().nullable().describe("The window's name, the project's title, the donor's or partner's name; null for a period or none"),
        figures: statusFigures,
      }),
    )
    .describe('Empty unless `by` is given. Only what the reader may see counts: a project hidden from them is in no group and no total'),
});

export const statementQuery = z.object({
  from: isoDate.optional().describe('The period starts on this day (the opening balance is as of the day before); none: from the first transaction'),
  to: isoDate.optional().describe('The period ends on this day, included (the closing balance is as of it); none: up to today and beyond'),
});

export const statementBalances = z.object({
  pledged: minorUnitsSum,
  committed: minorUnitsSum,
  deposits: minorUnitsSum.describe('Paid in, before refunds'),
  refunds: minorUnitsSum.describe('Refunded to the donor by the fund'),
  contributions: minorUnitsSum.describe('deposits − refunds'),
  aaFees: minorUnitsSum.describe("The administrative agent's fee on the donor's deposits"),
  interestShare: minorUnitsSum.describe("The donor's share of the fund's interest: pro rata of its contributions among all donors', half to even"),
  directCostsShare: minorUnitsSum.describe("The donor's share of the fund's other fees and direct costs, pro rata likewise"),
  balance: minorUnitsSum.describe('contributions − AA fees + interest share − direct costs share'),
});

export const statementLine = z.object({
  transactionId: z.uuid(),
  kind: z.enum(FUND_KINDS),
  reversedKind: z.enum(FUND_KINDS).nullable().describe('A reversal: the kind it reverses'),
  reversesId: z.uuid().nullable(),
  valueDate: z.string(),
  amountMinor: minorUnitsSum.describe("In the fund's base currency, as the donor's account sees it: a pledge, commitment or deposit positive, a refund or a reversal negative"),
  original: z.object({ amountMinor: minorUnitsSum, currency, rate: z.string() }).nullable().describe('Paid in another currency: what was paid, and the rate applied'),
  aaFeeMinor: minorUnitsSum.describe("The administrative agent's fee this transaction took"),
  description: z.string(),
});

export const statementOut = z.object({
  fundId: z.uuid(),
  donor: ref,
  currency,
  from: z.string().nullable(),
  to: z.string().nullable(),
  opening: statementBalances,
  closing: statementBalances,
  lines: z.array(statementLine),
});

export type StatusQuery = z.infer<typeof statusQuery>;
export type StatementQuery = z.infer<typeof statementQuery>;
export type StatementBalances = z.infer<typeof statementBalances>;
export type StatementOut = z.infer<typeof statementOut>;
