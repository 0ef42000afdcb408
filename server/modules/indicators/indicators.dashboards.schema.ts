// zod at the edge for the dashboard's tiles: a pinned pivot's title, chart and query, and
// what a tile draws (its figures, with the indicators' baselines and targets and the places).
import { z } from 'zod';
import { TILE_CHARTS } from '../../../common/indicator-tiles.ts';

export { TILE_CHARTS };
/** The pivot's parameters a tile keeps (GET /api/indicators/pivot's query, as strings). */
const PIVOT_KEYS = ['rows', 'columns', 'indicatorId', 'lineId', 'locationId', 'organisationId', 'categoryOption', 'periodFrom', 'periodTo', 'includeSubmitted'] as const;

export const tileQuery = z.strictObject(
  Object.fromEntries(PIVOT_KEYS.map((k) => [k, z.string().max(200).optional()])) as Record<(typeof PIVOT_KEYS)[number], z.ZodOptional<z.ZodString>>,
);

export const tileInput = z.object({
  title: z.string().trim().min(1).max(200),
  chart: z.enum(TILE_CHARTS).describe('How the tile draws the pivot'),
  query: tileQuery.describe('The parameters of GET /api/indicators/pivot'),
  position: z.number().int().min(0).max(1000).default(0),
});

export const tileOut = z.object({
  id: z.uuid(),
  title: z.string(),
  chart: z.enum(TILE_CHARTS),
  query: z.record(z.string(), z.string()),
  position: z.number().int(),
  createdAt: z.string(),
});

export type TileInput = z.infer<typeof tileInput>;

export const tileParams = z.object({ id: z.uuid() });

const header = z.object({ key: z.string().nullable(), label: z.string() });
export const tileDataOut = z.object({
  chart: z.enum(TILE_CHARTS),
  title: z.string(),
  dims: z.array(z.string()).describe('The dimensions, rows first (the indicator always among them)'),
  rowDims: z.number().int().describe('How many of dims are rows'),
  cells: z.array(z.object({ keys: z.array(header), value: z.string().describe('A decimal string'), unit: z.string() })),
  indicators: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      unit: z.string(),
      baseline: z.object({ value: z.number(), date: z.string() }).nullable(),
      targets: z.array(z.object({ date: z.string(), value: z.number() })),
    }),
  ),
  places: z.array(z.object({ id: z.uuid(), code: z.string(), level: z.string(), latitude: z.number().nullable(), longitude: z.number().nullable() })),
});
