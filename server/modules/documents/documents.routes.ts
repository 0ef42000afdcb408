import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { attachmentDisposition } from '../../infra/downloads.ts';
import { problems } from '../../infra/openapi.ts';
import { pageOf } from '../../infra/pagination.ts';
import type { UploadReceiver } from '../../infra/uploads.ts';
import * as s from './documents.schema.ts';
import * as svc from './documents.service.ts';

const idParams = z.object({ id: z.uuid() });

export async function documentsRoutes(
  app: FastifyInstance,
  { db, files, receiver, maxUploadBytes }: { db: Kysely<Database>; files: svc.DocumentFiles; receiver: UploadReceiver; maxUploadBytes: number },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['documents'];

  // Every file downloads as an attachment, typed only from the allow-list, sandboxed should a
  // browser render it anyway (documents.files.ts).
  const sendFile = async (ctx: ReturnType<typeof ctxOf>, id: string, reply: import('fastify').FastifyReply) => {
    const file = await svc.openFile(db, ctx, files, id);
    return reply
      .type(file.type)
      .header('content-disposition', attachmentDisposition(file.name))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .send(createReadStream(file.path));
  };

  r.get('/api/documents', {
    schema: {
      tags,
      summary: 'Documents visible to you; full-text search with q',
      querystring: s.documentListQuery,
      response: { 200: pageOf(s.documentSummary), ...problems(400, 401) },
    },
    handler: async (req) => svc.listDocuments(db, ctxOf(req), req.query),
  });
  r.get('/api/documents/:id', {
    schema: { tags, summary: 'One document', params: idParams, response: { 200: s.documentOut, ...problems(400, 401, 404) } },
    handler: async (req) => svc.getDocument(db, ctxOf(req), req.params.id),
  });
  r.post('/api/documents', {
    schema: { tags, summary: 'Create a document owned by your organisation', body: s.documentInput, response: { 201: s.documentOut, ...problems(400, 401, 403) } },
    handler: async (req, reply) => reply.code(201).send(await svc.createDocument(db, ctxOf(req), req.body)),
  });
  r.patch('/api/documents/:id', {
    schema: {
      tags,
      summary: "Change a document (its owner organisation's users)",
      params: idParams,
      body: s.documentPatch,
      response: { 200: s.documentOut, ...problems(400, 401, 403, 404) },
    },
    handler: async (req) => svc.updateDocument(db, ctxOf(req), req.params.id, req.body),
  });
  r.delete('/api/documents/:id', {
    schema: { tags, summary: 'Delete a document (its owner organisation)', params: idParams, response: { 204: z.null(), ...problems(400, 401, 403, 404) } },
    handler: async (req, reply) => {
      await svc.deleteDocument(db, ctxOf(req), files, req.params.id);
      return reply.code(204).send(null);
    },
  });
  r.put('/api/documents/:id/file', {
    schema: {
      tags,
      summary: 'Attach or replace the file (multipart/form-data, one part named file)',
      params: idParams,
      consumes: ['multipart/form-data'],
      response: { 200: s.documentOut, ...problems(400, 401, 403, 404, 408, 413, 415, 429) },
    },
    handler: async (req) => {
      const ctx = ctxOf(req);
      await svc.assertMayAttachFile(db, ctx, req.params.id);
      const received = await receiver.receive(req, files.dir, { maxBytes: maxUploadBytes, maxBytesSetting: 'MAX_UPLOAD_MB' });
      return await svc.attachFile(db, ctx, files, req.params.id, received);
    },
  });
  r.get('/api/documents/:id/file', {
    schema: { tags, summary: 'Download the attached file', params: idParams, response: { ...problems(400, 401, 404) } },
    handler: async (req, reply) => sendFile(ctxOf(req), req.params.id, reply),
  });

  // The public portal: no sign-in, CLEAR documents only — the same rule, for the anonymous actor.
  r.get('/api/public/documents', {
    config: { public: true },
    schema: { tags: ['public'], summary: 'Documents marked CLEAR', querystring: s.documentListQuery, response: { 200: pageOf(s.documentSummary), ...problems(400) } },
    handler: async (req) => svc.listDocuments(db, { actor: { kind: 'anonymous' }, requestId: req.id }, req.query),
  });
  r.get('/api/public/documents/:id', {
    config: { public: true },
    schema: { tags: ['public'], summary: 'One document marked CLEAR', params: idParams, response: { 200: s.documentOut, ...problems(400, 404) } },
    handler: async (req) => svc.getDocument(db, { actor: { kind: 'anonymous' }, requestId: req.id }, req.params.id),
  });
  r.get('/api/public/documents/:id/file', {
    config: { public: true },
    schema: { tags: ['public'], summary: 'The file of a document marked CLEAR', params: idParams, response: { ...problems(400, 404) } },
    handler: async (req, reply) => sendFile({ actor: { kind: 'anonymous' }, requestId: req.id }, req.params.id, reply),
  });
}
