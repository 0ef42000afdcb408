// zod at the edge for the coverage views and their files.
import { z } from 'zod';
import { currency, moneySum } from '../../infra/money.schema.ts';
import { contributionListQuery, ref } from '../contributions/contributions.schema.ts';

/** The contribution filters every coverage view takes (a list's, without paging or text search). */
export const coverageQuery = contributionListQuery.omit({ cursor: true, limit: true, q: true, sort: true });
export type CoverageQuery = z.infer<typeof coverageQuery>;

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

const fewContributors = z.object({ id: z.uuid(), name: z.string(), contributors: z.number().int(), onlyOrganisation: z.string().nullable() });
export const coverageOut = z.object({
  matrix: matrixOut,
  linesWithFewContributors: z.array(fewContributors).describe('Lines of effort with no or a single contributing organisation'),
  locationsWithFewContributors: z.array(fewContributors.extend({ code: z.string() })),
  places: z
    .array(
      z.object({
        id: z.uuid(),
        code: z.string(),
        name: z.string(),
        level: z.string(),
        latitude: z.number().nullable(),
        longitude: z.number().nullable(),
        countryCode: z.string(),
        contributions: z.number().int(),
        organisations: z.number().int(),
        openNeeds: z.number().int().describe('needs at this place whose gap is not closed'),
      }),
    )
    .describe('Contributions and open needs per place, with the country it lies in'),
  likelyDuplicates: z.array(
    z.object({
      location: z.object({ id: z.uuid(), name: z.string() }),
      type: z.string(),
      organisations: z.array(z.string()),
      contributions: z.number().int(),
    }),
  ),
});

// The pivot over contributions (GET /api/coverage/pivot), read from the same summaries as the coverage answer.
export const COVERAGE_PIVOT_DIMENSIONS = ['organisation', 'line', 'place', 'type', 'status', 'currency'] as const;
export type CoveragePivotDimension = (typeof COVERAGE_PIVOT_DIMENSIONS)[number];
const pivotDimension = z.enum(COVERAGE_PIVOT_DIMENSIONS, { error: `must be one of ${COVERAGE_PIVOT_DIMENSIONS.join(', ')}` });
export const coveragePivotQuery = coverageQuery
  .extend({
    rows: pivotDimension.describe('What the rows are: organisation, line, place, type, status or currency'),
    columns: pivotDimension.describe('As rows, another one'),
    placeLevel: z.coerce
      .number()
      .int()
      .min(1)
      .max(3)
      .optional()
      .describe(
        'Places rolled up to their ancestor at this depth of the tree (0 is the country, 1 its first level…); a place above it stays itself. Unset: the places as recorded',
      ),
    currency: currency
      .optional()
      .describe(
        'Sum every cell in this currency (ISO 4217): each amount converted at the rate in force on its contribution’s start date, else the day it was recorded (ADR 0031, ADR 0034); amounts with no rate are counted in notConverted, never dropped or taken 1:1. Unset: sums per original currency',
      ),
  })
  .refine((p) => p.rows !== p.columns, { path: ['columns'], message: 'must differ from rows' })
  .refine((p) => !(p.rows === 'place' && p.columns === 'currency') && !(p.rows === 'currency' && p.columns === 'place'), {
    path: ['columns'],
    message: 'place and currency cannot be crossed: the place summaries keep no money',
  });
export type CoveragePivotQuery = z.infer<typeof coveragePivotQuery>;

const pivotHeader = z.object({ key: z.string().nullable().describe('The id or value; null for no currency'), label: z.string() });
export const coveragePivotOut = z.object({
  rows: z.enum(COVERAGE_PIVOT_DIMENSIONS),
  columns: z.enum(COVERAGE_PIVOT_DIMENSIONS),
  placeLevel: z.number().int().nullable(),
  currency: currency.nullable().describe('The currency every sum is converted into; null: sums per original currency (and always without money)'),
  withMoney: z.boolean().describe('Whether cells carry money: not when place is a dimension (the place summaries keep no amounts)'),
  rowHeaders: z.array(pivotHeader),
  columnHeaders: z.array(pivotHeader),
  cells: z
    .array(
      z.object({
        row: z.string().nullable(),
        column: z.string().nullable(),
        count: z
          .number()
          .int()
          .describe('Contributions that count (not cancelled); with place, a contribution counts once at each of its places (so twice in a region holding two of them)'),
        money: z
          .array(moneySum)
          .describe(
            'Their amounts summed per currency, never across currencies (decimal strings); with `currency`, one sum in it of the amounts that could be converted; empty without money',
          ),
        notConverted: z
          .array(z.object({ currency, count: z.number().int() }))
          .describe('With `currency`: the contributions of the cell with an amount but no rate in force into it, per original currency (in no sum); otherwise empty'),
      }),
    )
    .describe('Only the cells with contributions. Quantities are not summed (units differ and the summaries keep none)'),
});
