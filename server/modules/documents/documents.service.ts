// Documents: statements, communiqués, minutes and reports, with an optional file.
// Reads go through the sharing rule in SQL; writes are the owner organisation's.
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import type { Actor, Ctx } from '../../infra/actor.ts';
import { notFound } from '../../infra/errors.ts';
import { toPage } from '../../infra/pagination.ts';
import { authorizeUser } from '../../infra/policy.ts';
import type { ReceivedUpload } from '../../infra/uploads.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { SharingOutput } from '../sharing/sharing.schema.ts';
import { sharingBlock } from '../sharing/sharing.sql.ts';
import { contentTypeHeader, detectFileType, servedType } from './documents.files.ts';
import { documentAbilities, documentsPolicy } from './documents.policy.ts';
import { sharedDocuments } from './documents.sharing.ts';
import * as q from './documents.queries.ts';
import type { DocumentInput, DocumentListQuery, DocumentPatch } from './documents.schema.ts';

type Row = NonNullable<Awaited<ReturnType<typeof q.findVisibleDocument>>>;
type ListRow = Awaited<ReturnType<typeof q.listVisibleDocuments>>[number];

function common(actor: Actor, r: Row, sharing: SharingOutput) {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    documentDate: r.document_date,
    file: fileOf(r),
    sharing,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    abilities: documentAbilities(actor, r),
  };
}

const fileOf = (r: Pick<Row, 'file_name' | 'file_type' | 'file_size' | 'file_sha256'>) =>
  r.file_name ? { name: r.file_name, type: servedType(r.file_type), size: Number(r.file_size), sha256: r.file_sha256 ?? '' } : null;

/** A row of the list as its answer (the same fields as `common`, written out in one object: the list maps 50 a page). */
function listItem(actor: Actor, r: ListRow) {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    documentDate: r.document_date,
    file: fileOf(r),
    sharing: sharingBlock(r, r.owner_org_name, r.sharing),
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    abilities: documentAbilities(actor, r),
    excerpt: r.excerpt ?? '',
  };
}

export class DocumentFiles {
  constructor(readonly dir: string) {}
  pathOf(id: string, sha256: string) {
    return join(this.dir, `${id}-${sha256}`);
  }
}

export async function listDocuments(db: Db, ctx: Ctx, filter: DocumentListQuery) {
  // One statement: the page, its owners' names and its sharing.
  const rows = await q.listVisibleDocuments(db, ctx.actor, filter);
  const keyOf = (r: ListRow) => (filter.q ? [String(r.rank), r.id] : [r.document_date, r.id]);
  return toPage(rows, filter.limit, keyOf, (r) => listItem(ctx.actor, r));
}

// Reads have no policy check: who reads a document is `visibleTo`'s, in the SQL (the public
// portal calls these as the anonymous actor, for CLEAR rows).
export async function getDocument(db: Db, ctx: Ctx, id: string) {
  const row = await q.findVisibleDocument(db, ctx.actor, id);
  // Not visible and not there answer alike, so a 404 does not confirm a hidden row exists.
  if (!row) throw notFound('Document');
  const sharing = await sharedDocuments.load(db, [row]);
  return { ...common(ctx.actor, row, sharing.get(row.id)!), body: row.body };
}

export async function createDocument(db: Kysely<Database>, ctx: Ctx, input: DocumentInput) {
  authorizeUser(ctx.actor, documentsPolicy, 'create');
  const actor = ctx.actor;
  const id = await db.transaction().execute(async (trx) => {
    await sharedDocuments.assertMayCreate(trx, actor, actor.orgId, input.sharing);
    const { id } = await q.insertDocument(trx, {
      title: input.title,
      kind: input.kind,
      document_date: input.documentDate,
      body: input.body,
      owner_org_id: actor.orgId,
      marking: input.sharing.marking,
      created_by: actor.userId,
    });
    await sharedDocuments.create(trx, id, input.sharing);
    await recordAudit(trx, ctx, { action: 'document.create', entity: 'document', entityId: id, after: input });
    return id;
  });
  return await getDocument(db, ctx, id);
}

export async function updateDocument(db: Kysely<Database>, ctx: Ctx, id: string, patch: DocumentPatch) {
  await db.transaction().execute(async (trx) => {
    // The row first, under `visibleTo`: a row the actor cannot read is a 404, never a 403.
    const before = await q.findVisibleDocument(trx, ctx.actor, id);
    if (!before) throw notFound('Document');
    documentsPolicy.update(ctx.actor, before);
    await sharedDocuments.update(trx, ctx.actor, before, patch.sharing);
    await q.updateDocument(trx, id, {
      title: patch.title,
      kind: patch.kind,
      document_date: patch.documentDate,
      body: patch.body,
      marking: patch.sharing?.marking,
    });
    const { body: beforeBody, ...beforeMeta } = before;
    await recordAudit(trx, ctx, {
      action: 'document.update',
      entity: 'document',
      entityId: id,
      before: { ...beforeMeta, bodyLength: beforeBody.length },
      after: patch,
    });
  });
  return await getDocument(db, ctx, id);
}

export async function deleteDocument(db: Kysely<Database>, ctx: Ctx, files: DocumentFiles, id: string) {
  const removed = await db.transaction().execute(async (trx) => {
    const before = await q.findVisibleDocument(trx, ctx.actor, id);
    if (!before) throw notFound('Document');
    documentsPolicy.delete(ctx.actor, before);
    // Deletes the row; the database deletes its audience and recipients (migration 0015).
    await sharedDocuments.remove(trx, ctx.actor, before);
    const { body: _b, ...meta } = before;
    await recordAudit(trx, ctx, { action: 'document.delete', entity: 'document', entityId: id, before: meta });
    return before;
  });
  if (removed.file_sha256) await rm(files.pathOf(id, removed.file_sha256), { force: true });
}

/** Checked before a byte of the file is received, and again in the transaction that records it. */
export async function assertMayAttachFile(db: Db, ctx: Ctx, id: string) {
  const current = await q.findVisibleDocument(db, ctx.actor, id);
  if (!current) throw notFound('Document');
  documentsPolicy.attachFile(ctx.actor, current);
}

/**
 * Attaches a received file (infra/uploads.ts put it in the files folder): its type is
 * detected from its content, it is stored under its final name and recorded in one
 * transaction, and the old file is removed after commit. The received file is removed
 * whenever it is not kept.
 */
export async function attachFile(db: Kysely<Database>, ctx: Ctx, files: DocumentFiles, id: string, received: ReceivedUpload) {
  let previous: string | null = null;
  try {
    await assertMayAttachFile(db, ctx, id);
    const type = await detectFileType(received.path, received.fileName);
    const finalPath = files.pathOf(id, received.sha256);
    await db.transaction().execute(async (trx) => {
      const before = await q.findVisibleDocument(trx, ctx.actor, id);
      if (!before) throw notFound('Document');
      documentsPolicy.attachFile(ctx.actor, before);
      previous = before.file_sha256;
      await q.updateDocument(trx, id, {
        file_name: received.fileName,
        file_type: type,
        file_size: received.size,
        file_sha256: received.sha256,
      });
      await rename(received.path, finalPath);
      await recordAudit(trx, ctx, {
        action: 'document.attach_file',
        entity: 'document',
        entityId: id,
        before: { file_name: before.file_name, file_sha256: before.file_sha256 },
        after: { file_name: received.fileName, file_sha256: received.sha256, size: received.size, type },
      });
    });
  } finally {
    await rm(received.path, { force: true });
  }
  if (previous && previous !== received.sha256) await rm(files.pathOf(id, previous), { force: true });
  return await getDocument(db, ctx, id);
}

export async function openFile(db: Db, ctx: Ctx, files: DocumentFiles, id: string) {
  const row = await q.findVisibleDocument(db, ctx.actor, id);
  if (!row?.file_sha256) throw notFound('File');
  // The stored type is served only when it is on the allow-list (rows from before it existed may hold anything).
  return { path: files.pathOf(id, row.file_sha256), name: row.file_name ?? 'file', type: contentTypeHeader(row.file_type) };
}
