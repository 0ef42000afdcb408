// A user's saved views of the list pages: their own only (another's is not found), each
// save, rename and delete audited in the transaction that makes it. A name is unique per
// user and page (409 naming body.name).
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { type ConstraintFields, translateDbError } from '../../infra/db-errors.ts';
import { notFound } from '../../infra/errors.ts';
import { authorizeUser } from '../../infra/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { savedViewsPolicy } from './saved-views.policy.ts';
import * as q from './saved-views.queries.ts';
import type { SavedViewInput, SavedViewListQuery, SavedViewOut, SavedViewPatch } from './saved-views.schema.ts';

const CONSTRAINTS: ConstraintFields = {
  saved_view_name_unique: ['body.name', 'you already have a view of this page with this name'],
};

/** Parameters not kept in a view: where a page of the list starts is not a filter. */
const NOT_KEPT = new Set(['cursor']);

/** The query string re-encoded as parameters (empty ones and the cursor dropped), so a view holds only filters. */
export function normaliseQuery(query: string): string {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const kept = new URLSearchParams();
  for (const [k, v] of params) if (v !== '' && !NOT_KEPT.has(k)) kept.append(k, v);
  return kept.toString();
}

const toView = (r: Awaited<ReturnType<typeof q.insertSavedView>>): SavedViewOut => ({
  id: r.id,
  page: r.page,
  name: r.name,
  query: r.query,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export async function listSavedViews(db: Db, ctx: Ctx, filter: SavedViewListQuery) {
  authorizeUser(ctx.actor, savedViewsPolicy, 'manage');
  return { items: (await q.listSavedViews(db, ctx.actor.userId, filter.page)).map(toView) };
}

export async function createSavedView(db: Kysely<Database>, ctx: Ctx, input: SavedViewInput) {
  authorizeUser(ctx.actor, savedViewsPolicy, 'manage');
  const actor = ctx.actor;
  const values = { owner_user_id: actor.userId, page: input.page, name: input.name, query: normaliseQuery(input.query) };
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await q.insertSavedView(trx, values);
      await recordAudit(trx, ctx, { action: 'saved_view.create', entity: 'saved_view', entityId: row.id, after: { page: row.page, name: row.name, query: row.query } });
      return toView(row);
    });
  } catch (err) {
    translateDbError(err, CONSTRAINTS);
  }
}

export async function renameSavedView(db: Kysely<Database>, ctx: Ctx, id: string, patch: SavedViewPatch) {
  authorizeUser(ctx.actor, savedViewsPolicy, 'manage');
  const actor = ctx.actor;
  try {
    return await db.transaction().execute(async (trx) => {
      const before = await q.findSavedView(trx, id, actor.userId);
      if (!before) throw notFound('Saved view');
      const row = await q.renameSavedView(trx, id, actor.userId, patch.name);
      await recordAudit(trx, ctx, { action: 'saved_view.rename', entity: 'saved_view', entityId: id, before: { name: before.name }, after: { name: row.name } });
      return toView(row);
    });
  } catch (err) {
    translateDbError(err, CONSTRAINTS);
  }
}

export async function deleteSavedView(db: Kysely<Database>, ctx: Ctx, id: string) {
  authorizeUser(ctx.actor, savedViewsPolicy, 'manage');
  const actor = ctx.actor;
  await db.transaction().execute(async (trx) => {
    const before = await q.deleteSavedView(trx, id, actor.userId);
    if (!before) throw notFound('Saved view');
    await recordAudit(trx, ctx, { action: 'saved_view.delete', entity: 'saved_view', entityId: id, before: { page: before.page, name: before.name, query: before.query } });
  });
}
