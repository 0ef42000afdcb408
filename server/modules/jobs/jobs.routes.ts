// A job's status and its file, for the user who started it. Modules start jobs through
// `jobs.start` in their own routes (an import, an export); these routes are the same for all.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { attachmentDisposition } from '../../infra/downloads.ts';
import { notFound } from '../../infra/errors.ts';
import { problems } from '../../infra/openapi.ts';
import { jobIdParams, jobOut } from './jobs.schema.ts';
import { getJob, getJobFile } from './jobs.service.ts';

export async function jobsRoutes(app: FastifyInstance, { db, dataDir }: { db: Kysely<Database>; dataDir: string }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['jobs'];

  r.get('/api/jobs/:id', {
    schema: { tags, summary: 'A job you started: status, progress and result (404 for anyone else)', params: jobIdParams, response: { 200: jobOut, ...problems(400, 401, 404) } },
    handler: async (req, reply) => {
      reply.header('cache-control', 'private, no-store');
      return await getJob(db, ctxOf(req), req.params.id);
    },
  });

  r.get('/api/jobs/:id/file', {
    schema: {
      tags,
      summary: 'The file a job you started produced, once it has succeeded',
      params: jobIdParams,
      produces: ['application/octet-stream'],
      response: { ...problems(400, 401, 404) },
    },
    handler: async (req, reply) => {
      const file = await getJobFile(db, ctxOf(req), dataDir, req.params.id);
      // Processes sharing a database must share DATA_DIR; if this one cannot find the file, it is gone.
      const size = await stat(file.path).then(
        (s) => s.size,
        () => undefined,
      );
      if (size === undefined) throw notFound('Job file');
      return reply
        .type(file.type)
        .header('content-length', size)
        .header('content-disposition', attachmentDisposition(file.name))
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(createReadStream(file.path) as never);
    },
  });
}
