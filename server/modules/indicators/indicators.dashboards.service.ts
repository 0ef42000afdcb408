// A user's dashboard of pinned pivots: their own tiles only (another's is not found), each
// pin and unpin audited. The query is checked by the pivot's own schema when pinned, so a
// tile always draws.
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { AppError, invalid, notFound } from '../../infra/errors.ts';
import { authorizeUser } from '../../infra/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as q from './indicators.dashboards.queries.ts';
import type { TileInput } from './indicators.dashboards.schema.ts';
import { indicatorsPolicy } from './indicators.policy.ts';
import { tilePlan } from './indicators.tile-export.ts';

const toTile = (r: Awaited<ReturnType<typeof q.listTiles>>[number]) => ({
  id: r.id,
  title: r.title,
  chart: r.chart,
  query: r.query,
  position: r.position,
  createdAt: r.created_at.toISOString(),
});

export async function listTiles(db: Db, ctx: Ctx) {
  authorizeUser(ctx.actor, indicatorsPolicy, 'read');
  return { items: (await q.listTiles(db, ctx.actor.userId)).map(toTile) };
}

export async function pinTile(db: Kysely<Database>, ctx: Ctx, input: TileInput) {
  authorizeUser(ctx.actor, indicatorsPolicy, 'read');
  const query = Object.fromEntries(Object.entries(input.query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
  // The pivot's own checks, and the chart's (a map needs places, a series periods): a pinned tile always draws.
  try {
    tilePlan(input.chart, query);
  } catch (err) {
    const field = err instanceof AppError && err.code === 'validation_failed' ? err.errors[0] : undefined;
    if (field) throw invalid(`body.${field.path}`, field.message);
    throw err;
  }
  const actor = ctx.actor;
  return await db.transaction().execute(async (trx) => {
    const row = await q.insertTile(trx, { owner_user_id: actor.userId, title: input.title, chart: input.chart, query, position: input.position });
    await recordAudit(trx, ctx, { action: 'indicator_dashboard_tile.create', entity: 'indicator_dashboard_tile', entityId: row.id, after: { ...input, query } });
    return toTile(row);
  });
}

export async function unpinTile(db: Kysely<Database>, ctx: Ctx, id: string) {
  authorizeUser(ctx.actor, indicatorsPolicy, 'read');
  const actor = ctx.actor;
  await db.transaction().execute(async (trx) => {
    const before = await q.deleteTile(trx, id, actor.userId);
    if (!before) throw notFound('Tile');
    await recordAudit(trx, ctx, { action: 'indicator_dashboard_tile.delete', entity: 'indicator_dashboard_tile', entityId: id, before });
  });
}
