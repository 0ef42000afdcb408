import { z } from 'zod';
import { LOCATION_LEVELS } from '../../../common/enums.ts';
import { pageQuery } from '../../infra/pagination.ts';

export const location = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  level: z.enum(LOCATION_LEVELS),
  code: z.string(),
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
