// zod at the edge for the pooled fund: funds, windows, projects, transactions, the funding status.
import { z } from 'zod';
import { amountMinor, currency, minorUnitsSum, money } from '../../infra/money.schema.ts';
import { pageQuery } from '../../infra/pagination.ts';
import { isoDate, ref } from '../contributions/contributions.schema.ts';
import { sharingInput, sharingOutput } from '../sharing/sharing.schema.ts';
import { projectAbilitiesOut } from './fund.projects.schema.ts';
import { FUND_KINDS } from './fund.table.ts';

const basisPoints = z.number().int().min(0).max(10_000).describe('Basis points: 100 = 1 %');
const dacCode = z.string().regex(/^\d{5}$/, { error: 'must be a five-digit OECD DAC purpose code' });

export const fundInput = z.object({
  name: z.string().trim().min(1).max(300),
  baseCurrency: currency,
  administrativeAgentOrgId: z.uuid().describe("The administrative agent's organisation, which owns the fund (yours unless you are an admin)"),
  aaFeeBp: basisPoints.describe('The administrative agent fee on every deposit, in basis points (100 = 1 %)'),
  indirectCostBp: basisPoints.default(700).describe("The partners' indirect cost rate, in basis points"),
  launchedOn: isoDate.nullable().default(null),
  sharing: sharingInput,
});

export const windowInput = z.object({
  code: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/, { error: 'letters, digits, dot, dash or underscore, at most 40' }),
  name: z.string().trim().min(1).max(300),
  purpose: z.string().max(5000).default(''),
  sectors: z.array(dacCode).max(50).default([]),
});

export const projectInput = z.object({
  windowId: z.uuid().nullable().default(null).describe('The window that finances it; null: the unearmarked pool'),
  partnerOrgId: z.uuid().describe('The implementing partner'),
  title: z.string().trim().min(1).max(500),
  budget: money,
});

export const windowOut = z.object({ id: z.uuid(), code: z.string(), name: z.string(), purpose: z.string(), sectors: z.array(z.string()) });
export const projectOut = z.object({
  id: z.uuid(),
  fundId: z.uuid(),
  window: z.object({ id: z.uuid(), code: z.string() }).nullable(),
  partner: ref,
  title: z.string(),
  budget: money,
  abilities: projectAbilitiesOut,
});

export const fundSummaryOut = z.object({
  id: z.uuid(),
  name: z.string(),
  baseCurrency: currency,
  administrativeAgent: ref,
  aaFeeBp: z.number().int(),
  indirectCostBp: z.number().int(),
  launchedOn: z.string().nullable(),
  abilities: z.object({ manage: z.boolean(), post: z.boolean() }).describe('What the reader may do with this fund (fund.policy.ts); the service checks again'),
});
export const fundOut = fundSummaryOut.extend({ sharing: sharingOutput, windows: z.array(windowOut), projects: z.array(projectOut) });

export const fundListQuery = z.object({ ...pageQuery });

/**
 * One posting. Which fields a kind takes (ADR 0015): donorOrgId for pledge, commitment,
 * deposit and a refund to a donor; windowId (null: unearmarked) for deposit, fund interest,
 * fee and a refund to a donor; projectId for allocation, transfer, expenditure, partner
 * interest and a refund from a partner; feeKind for fee; reversesId (and nothing else but
 * the date and description) for reversal. Another currency than the fund's, with its rate,
 * only for pledge, commitment and deposit.
 */
export const transactionInput = z.object({
  kind: z.enum(FUND_KINDS),
  valueDate: isoDate,
  amount: z
    .object({ amountMinor: amountMinor.positive(), currency })
    .optional()
    .describe("Integer minor units; in the fund's base currency, or for pledges, commitments and deposits another one with its rate"),
  rate: z
    .string()
    .regex(/^\d{1,12}(\.\d{1,12})?$/, { error: 'must be a decimal number such as 1.0850' })
    .optional()
    .describe('Base currency units per unit of amount.currency, when that is not the base currency'),
  donorOrgId: z.uuid().optional(),
  windowId: z.uuid().nullable().optional(),
  projectId: z.uuid().optional(),
  feeKind: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'lower-case letters, digits and underscores, at most 40' })
    .optional(),
  reversesId: z.uuid().optional(),
  description: z.string().max(2000).default(''),
});

export const entryOut = z.object({ account: z.string(), currency, amountMinor: minorUnitsSum.describe('Debit > 0, credit < 0') });
export const transactionOut = z.object({
  id: z.uuid(),
  seq: minorUnitsSum,
  fundId: z.uuid(),
  kind: z.enum(FUND_KINDS),
  valueDate: z.string(),
  donorOrgId: z.uuid().nullable(),
  windowId: z.uuid().nullable(),
  projectId: z.uuid().nullable(),
  partnerOrgId: z.uuid().nullable(),
  feeKind: z.string().nullable(),
  amount: money,
  original: z.object({ amountMinor: amountMinor, currency, rate: z.string() }).nullable(),
  reversesId: z.uuid().nullable(),
  reversedBy: z.uuid().nullable(),
  description: z.string(),
  createdAt: z.string(),
  entries: z.array(entryOut),
});

export const transactionListQuery = z.object({
  ...pageQuery,
  kind: z.enum(FUND_KINDS).optional(),
  projectId: z.uuid().optional(),
  donor: z.uuid().optional().describe("The donor organisation's id: its pledges, commitments, deposits, refunds and their reversals"),
});

export const STATUS_GROUPS = ['window', 'donor', 'partner', 'project', 'period'] as const;
/** The MPTF Office Gateway's figures, each an exact sum of minor units (decimal string). */
export const statusFigures = z.object({
  pledged: minorUnitsSum,
  committed: minorUnitsSum,
  deposits: minorUnitsSum.describe('Paid in by donors, before refunds'),
  refundsToDonors: minorUnitsSum,
  contributions: minorUnitsSum.describe('deposits − refunds to donors'),
  interestFund: minorUnitsSum,
  interestPartners: minorUnitsSum,
  sources: minorUnitsSum.describe('contributions + interest (fund and partners)'),
  allocations: minorUnitsSum,
  transfers: minorUnitsSum,
  refundsFromPartners: minorUnitsSum,
  netFunded: minorUnitsSum.describe('transfers − refunds from partners'),
  aaFees: minorUnitsSum,
  directCosts: minorUnitsSum.describe('Other fees: bank charges, audit, …'),
  uses: minorUnitsSum.describe('net funded + AA fees + direct costs'),
  expenditure: minorUnitsSum,
  balanceWithAA: minorUnitsSum,
  balanceWithPartners: minorUnitsSum,
  deliveryRate: z.string().nullable().describe('expenditure ÷ net funded, 4 decimals (0.8123 = 81.23 %); null when nothing is funded'),
});
export const statusOut = z.object({
  fundId: z.uuid(),
  currency,
  total: statusFigures,
  groups: z
    .array(
      z.object({
        key: z.string().nullable().describe('The window, donor, partner or project id, or the quarter (2016-Q3); null: none (unearmarked)'),
        name: z.string().nullable().describe("The donor's or partner's name (by donor or partner); null otherwise"),
        figures: statusFigures,
      }),
    )
    .describe('Empty unless `by` is given'),
});

export type FundInput = z.infer<typeof fundInput>;
export type WindowInput = z.infer<typeof windowInput>;
export type ProjectInput = z.infer<typeof projectInput>;
export type TransactionInput = z.input<typeof transactionInput>;
export type TransactionListQuery = z.infer<typeof transactionListQuery>;
export type FundListQuery = z.infer<typeof fundListQuery>;
export type StatusFigures = z.infer<typeof statusFigures>;
