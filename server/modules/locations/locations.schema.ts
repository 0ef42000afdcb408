import { z } from 'zod';
import { LOCATION_LEVELS } from '../../../common/enums.ts';
import { pageQuery } from '../../infra/pagination.ts';

export const location = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  level: z.enum(LOCATION_LEVELS),
  code: z.string(),
  pcode: z.string().nullable().describe('The OCHA P-code (IQG15)'),
  name: z.string(),
  nameFr: z.string().nullable(),
  nameAr: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  childCount: z.number().int(),
});

export const locationDetail = location.extend({
  ancestors: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string(), level: z.enum(LOCATION_LEVELS) })),
});

export const locationListQuery = z.object({
  ...pageQuery,
  parentId: z.uuid().optional().describe('Children of this location'),
  level: z.enum(LOCATION_LEVELS).optional(),
  q: z.string().trim().max(200).optional().describe('Part of a name (any language) or a code'),
});

export const locationInput = z
  .object({
    parentId: z.uuid(),
    level: z.enum(['adm1', 'adm2', 'adm3', 'community']),
    code: z.string().trim().min(2).max(64),
    pcode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, 'letters, digits, - and _, 2 to 32 of them (an OCHA P-code such as IQG15)')
      .nullable()
      .default(null),
    name: z.string().trim().min(1).max(200),
    nameFr: z.string().trim().max(200).nullable().default(null),
    nameAr: z.string().trim().max(200).nullable().default(null),
    latitude: z.number().min(-90).max(90).nullable().default(null),
    longitude: z.number().min(-180).max(180).nullable().default(null),
  })
  .refine((l) => (l.latitude === null) === (l.longitude === null), {
    path: ['longitude'],
    message: 'give both latitude and longitude, or neither',
  });

export type LocationInput = z.infer<typeof locationInput>;

export const gazetteerQuery = z.object({
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2,3}$/, 'an ISO 3166-1 code (IQ or IRQ)')
    .optional()
    .describe('The country the file is of; else read from its admin0Pcode column'),
});

/** What a gazetteer load did (the job's result). */
export const gazetteerResult = z.object({
  country: z.string(),
  places: z.number().int().describe('Places the file names'),
  added: z.number().int(),
  updated: z.number().int().describe('Places that were there and got a P-code, a name or a spelling'),
  unchanged: z.number().int(),
  aliases: z.number().int().describe('Spellings added'),
});
export type GazetteerResult = z.infer<typeof gazetteerResult>;
