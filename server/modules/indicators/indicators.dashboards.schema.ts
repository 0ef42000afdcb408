// zod at the edge for the dashboard's tiles: a pinned pivot's title, chart and query.
import { z } from 'zod';

export const TILE_CHARTS = ['series', 'bar', 'heatmap', 'table'] as const;
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
