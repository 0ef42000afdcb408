// zod at the edge for a fund's project details, progress reports and IATI publisher.
import { z } from 'zod';
import { MARKINGS } from '../../../common/sharing.ts';
import { isoDate } from '../contributions/contributions.schema.ts';
import { DAC_SECTORS } from './fund.projects.sectors.ts';

const identifier = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9._:-]+$/, { error: 'letters, digits and . _ : - only' });

export const publisherInput = z.object({
  reportingOrgRef: z
    .string()
    .max(100)
    .regex(/^[A-Za-z0-9]+-[A-Za-z0-9._-]+$/, { error: 'must be an IATI organisation identifier such as XM-DAC-41114' }),
  reportingOrgType: z.string().regex(/^\d{2}$/, { error: 'must be a two-digit IATI OrganisationType code such as 40' }),
  activityIdentifier: identifier.describe("The fund's own activity: the reporting organisation's identifier, a dash, then the fund's"),
  recipientCountry: z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as IQ' }),
});

export const projectAbilitiesOut = z
  .object({
    update: z.boolean().describe("Describe the project: sector, place, status, dates (the fund's management)"),
    report: z.boolean().describe('File a progress report with the people reached (the project partner)'),
    postExpenditure: z.boolean().describe("Post an expenditure on the project (the project partner, or the fund's management)"),
  })
  .describe('What the reader may do with this project (fund.projects.policy.ts, fund.policy.ts); the service checks again');

const count = z.number().int().min(0).max(100_000_000);

export const detailsInput = z.object({
  iatiIdentifier: identifier.describe("The project's iati-identifier: the reporting organisation's identifier, a dash, then the project's"),
  description: z.string().max(5000).default(''),
  sector: z
    .string()
    .refine((code) => DAC_SECTORS.has(code), { error: 'must be an active OECD DAC 5-digit purpose code of the IATI Sector codelist (15132 police…)' })
    .describe('OECD DAC 5-digit purpose code (IATI Sector vocabulary 1)'),
  locationId: z.uuid().nullable().default(null).describe('Any level, a community included'),
  status: z.number().int().min(1).max(6).describe('IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended'),
  plannedStart: isoDate,
  plannedEnd: isoDate,
  actualStart: isoDate.nullable().default(null),
  actualEnd: isoDate.nullable().default(null),
  marking: z.enum(MARKINGS).optional().describe("The project's own marking (default: the fund's); a RED project is in no file"),
});

export const detailsOut = z.object({
  projectId: z.uuid(),
  iatiIdentifier: z.string(),
  description: z.string(),
  sector: z.string(),
  sectorName: z.string(),
  locationId: z.uuid().nullable(),
  locationName: z.string().nullable(),
  status: z.number().int(),
  plannedStart: z.string(),
  plannedEnd: z.string(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  marking: z.enum(MARKINGS),
  beneficiaries: z.object({ women: count, men: count, girls: count, boys: count, asOf: z.string() }).nullable().describe("The latest progress report's (people reached to date)"),
  abilities: projectAbilitiesOut,
});

export const reportInput = z.object({
  reportedOn: isoDate,
  body: z.string().min(1).max(10_000),
  women: count,
  men: count,
  girls: count,
  boys: count,
});

export const reportOut = z.object({
  id: z.uuid(),
  reportedOn: z.string(),
  body: z.string(),
  women: count,
  men: count,
  girls: count,
  boys: count,
  orgId: z.uuid(),
  createdAt: z.string(),
});

export type PublisherInput = z.infer<typeof publisherInput>;
export type DetailsInput = z.infer<typeof detailsInput>;
export type DetailsOut = z.infer<typeof detailsOut>;
export type ReportInput = z.infer<typeof reportInput>;
export type ProjectAbilities = z.infer<typeof projectAbilitiesOut>;
