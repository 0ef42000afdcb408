import { type AliasedSelectQueryBuilder, type Insertable, type Updateable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../infra/actor.ts';
import { decodeCursor } from '../../infra/pagination.ts';
import { organisationName } from '../members/members.sql.ts';
import { sharingDescription, visibleTo } from '../sharing/sharing.sql.ts';
import type { DocumentListQuery } from './documents.schema.ts';
import type { DocumentTable } from './documents.table.ts';

const columns = [
  'd.id',
  'd.title',
  'd.kind',
  'd.document_date',
  'd.file_name',
  'd.file_type',
  'd.file_size',
  'd.file_sha256',
  'd.owner_org_id',
  'd.marking',
  'd.created_by',
  'd.created_at',
  'd.updated_at',
] as const;

/**
 * Visible documents, newest first. With a search, ranked by relevance; the search runs
 * over rows the actor may see, so neither hits nor counts reveal hidden documents.
 */
export async function listVisibleDocuments(db: Db, actor: Actor, f: DocumentListQuery) {
  let query = db
    .selectFrom('document as d')
    .select(columns)
    .where(visibleTo(actor, 'document', 'd'));
  if (f.kind) query = query.where('d.kind', '=', f.kind);
  if (f.marking) query = query.where('d.marking', '=', f.marking);
  if (f.ownerOrgId) query = query.where('d.owner_org_id', '=', f.ownerOrgId);

  if (f.q) {
    const after = decodeCursor(f.cursor, ['number', 'uuid']);
    const tsq = sql`websearch_to_tsquery('english', ${f.q}) || websearch_to_tsquery('simple', ${f.q})`;
    const rank = sql<number>`round(ts_rank(d.search, ${tsq})::numeric, 6)::float8`;
    let searched = query
      .select(rank.as('rank'))
      .select(sql<string>`ts_headline('english', d.title || ' — ' || d.body, ${tsq}, 'MaxWords=30, MinWords=10, StartSel=«, StopSel=»')`.as('excerpt'))
      .where(sql<boolean>`d.search @@ (${tsq})`);
    if (after) searched = searched.where(sql`(${rank}, d.id)`, '<', sql`(${Number(after[0])}::float8, ${after[1]}::uuid)`);
    const page = searched
      .orderBy(rank, 'desc')
      .orderBy('d.id', 'desc')
      .limit(f.limit + 1)
      .as('page');
    return await described(db, page).orderBy('page.rank', 'desc').orderBy('page.id', 'desc').execute();
  }
  const after = decodeCursor(f.cursor, ['date', 'uuid']);
  let plain = query.select(sql<string>`left(d.body, 240)`.as('excerpt')).select(sql<number>`0`.as('rank'));
  if (after) plain = plain.where(sql`(d.document_date, d.id)`, '<', sql`(${after[0]}::date, ${after[1]}::uuid)`);
  const page = plain
    .orderBy('d.document_date', 'desc')
    .orderBy('d.id', 'desc')
    .limit(f.limit + 1)
    .as('page');
  return await described(db, page).orderBy('page.document_date', 'desc').orderBy('page.id', 'desc').execute();
}

/**
 * A page of documents, already chosen under the sharing rule, with its owner's name and its
 * sharing described in the same statement (one round trip for the list).
 */
function described<P extends { id: string; owner_org_id: string; marking: string; rank: number; document_date: string }>(db: Db, page: AliasedSelectQueryBuilder<P, 'page'>) {
  return db
    .selectFrom(page)
    .selectAll('page')
    .select(organisationName(sql.ref('page.owner_org_id')).as('owner_org_name'))
    .select(sharingDescription('document', 'page').as('sharing'));
}

export async function findVisibleDocument(db: Db, actor: Actor, id: string) {
  return await db
    .selectFrom('document as d')
    .select([...columns, 'd.body'])
    .where('d.id', '=', id)
    .where(visibleTo(actor, 'document', 'd'))
    .executeTakeFirst();
}

export async function insertDocument(db: Db, values: Insertable<DocumentTable>) {
  return await db.insertInto('document').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateDocument(db: Db, id: string, values: Updateable<DocumentTable>) {
  await db
    .updateTable('document')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function deleteDocument(db: Db, id: string) {
  await db.deleteFrom('document').where('id', '=', id).execute();
}
