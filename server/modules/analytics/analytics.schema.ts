// zod at the edge for the coverage views and their files.
import { z } from 'zod';
import { moneySum } from '../../infra/money.schema.ts';
import { contributionListQuery, ref } from '../contributions/contributions.schema.ts';

/** The contribution filters every coverage view takes (a list's, without paging or text search). */
export const coverageQuery = contributionListQuery.omit({ cursor: true, limit: true, q: true });
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
