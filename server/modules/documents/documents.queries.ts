import { type Insertable, type RawBuilder, type Updateable, sql } from 'kysely';
import type { Marking } from '../../../common/sharing.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../infra/actor.ts';
import { decodeCursor } from '../../infra/pagination.ts';
import { joinOrganisation } from '../members/members.sql.ts';
import { type SharingDescription, sharingDescription, visibleTo } from '../sharing/sharing.sql.ts';
import type { DocumentListQuery } from './documents.schema.ts';
import type { DocumentTable } from './documents.table.ts';

const columnNames = [
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
 * A timestamp as the answer writes it (what `Date#toISOString` makes of it: UTC, milliseconds,
 * truncated), written by PostgreSQL: the list then neither parses 100 timestamps a page into
 * Dates nor formats them back (ADR 0011).
 */
const isoText = (column: string) => sql`to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The list's columns: the timestamps as the answer's text. */
const listColumns = sql.join([
  ...columnNames.filter((c) => c !== 'd.created_at' && c !== 'd.updated_at').map((c) => sql.ref(c)),
  sql`${isoText('d.created_at')} AS created_at`,
  sql`${isoText('d.updated_at')} AS updated_at`,
]);

/** A row of the documents list: the document, its excerpt and rank, its owner's name and its sharing. */
export interface DocumentListRow {
  id: string;
  title: string;
  kind: DocumentTable['kind'];
  document_date: string;
  file_name: string | null;
  file_type: string | null;
  file_size: string | null;
  file_sha256: string | null;
  owner_org_id: string;
  marking: Marking;
  created_by: string;
  /** ISO 8601 text, as the answer carries it. */
  created_at: string;
  updated_at: string;
  excerpt: string;
  rank: number;
  owner_org_name: string;
  sharing: SharingDescription;
}

/**
 * Visible documents, newest first. With a search, ranked by relevance; the search runs
 * over rows the actor may see, so neither hits nor counts reveal hidden documents.
 *
 * One statement: the page is chosen under visibleTo in the inner SELECT, and the outer one
 * adds its owners' names and its sharing for those rows only. The owner is joined, not read
 * by a scalar subquery per row: on the 64-row organisation table PostgreSQL runs that
 * subquery as a scan of the table per row, which cost the statement about a third more than
 * the join (ADR 0011). A `sql` template rather than
 * the builder: building and compiling this statement with the builder cost the server more
 * per request than the rest of the list's own work (ADR 0011); the filters are fragments,
 * their values parameters.
 */
export async function listVisibleDocuments(db: Db, actor: Actor, f: DocumentListQuery): Promise<DocumentListRow[]> {
  const filters: RawBuilder<unknown>[] = [visibleTo(actor, 'document', 'd')];
  if (f.kind) filters.push(sql`d.kind = ${f.kind}`);
  if (f.marking) filters.push(sql`d.marking = ${f.marking}`);
  if (f.ownerOrgId) filters.push(sql`d.owner_org_id = ${f.ownerOrgId}`);

  let page: RawBuilder<unknown>;
  let order: RawBuilder<unknown>;
  if (f.q) {
    const after = decodeCursor(f.cursor, ['number', 'uuid']);
    const tsq = sql`websearch_to_tsquery('english', ${f.q}) || websearch_to_tsquery('simple', ${f.q})`;
    const rank = sql`round(ts_rank(d.search, ${tsq})::numeric, 6)::float8`;
    filters.push(sql`d.search @@ (${tsq})`);
    if (after) filters.push(sql`(${rank}, d.id) < (${Number(after[0])}::float8, ${after[1]}::uuid)`);
    page = sql`
      SELECT ${listColumns}, ${rank} AS rank,
             ts_headline('english', d.title || ' — ' || d.body, ${tsq}, 'MaxWords=30, MinWords=10, StartSel=«, StopSel=»') AS excerpt
      FROM document d
      WHERE ${sql.join(filters, sql` AND `)}
      ORDER BY ${rank} DESC, d.id DESC
      LIMIT ${f.limit + 1}`;
    order = sql`page.rank DESC, page.id DESC`;
  } else {
    const after = decodeCursor(f.cursor, ['date', 'uuid']);
    if (after) filters.push(sql`(d.document_date, d.id) < (${after[0]}::date, ${after[1]}::uuid)`);
    page = sql`
      SELECT ${listColumns}, 0 AS rank, left(d.body, 240) AS excerpt
      FROM document d
      WHERE ${sql.join(filters, sql` AND `)}
      ORDER BY d.document_date DESC, d.id DESC
      LIMIT ${f.limit + 1}`;
    order = sql`page.document_date DESC, page.id DESC`;
  }
  const { rows } = await sql<DocumentListRow>`
    SELECT page.*, owner.name AS owner_org_name, ${sharingDescription('document', 'page')} AS sharing
    FROM (${page}) AS page ${joinOrganisation('owner', sql.ref('page.owner_org_id'))}
    ORDER BY ${order}`.execute(db);
  return rows;
}

export async function findVisibleDocument(db: Db, actor: Actor, id: string) {
  return await db
    .selectFrom('document as d')
    .select([...columnNames, 'd.body'])
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
