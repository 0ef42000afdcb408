// HXL files over HTTP: an upload becomes an import job (a dry run first, then a commit
// of the same file), and contributions export as HXL CSV.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { requireUser } from '../../infra/auth.ts';
import { AppError } from '../../infra/errors.ts';
import { problems } from '../../infra/openapi.ts';
import { coverageQuery } from '../contributions/contributions.schema.ts';
import { createJob, failInterruptedJobs, getJob, jobOut, jobParams, runJob } from '../jobs/jobs.service.ts';
import { markingSchema } from '../sharing/sharing.schema.ts';
import { exportContributions } from './hxl.export.ts';
import { importContributions } from './hxl.import.ts';

const importParams = z.object({
  dryRun: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  marking: markingSchema.default('GREEN').describe('Marking of the contributions the import creates'),
  audienceGroupIds: z.string().optional().describe('Comma-separated group ids that may read AMBER rows'),
});

const uuidList = (raw: string | undefined, path: string) => {
  const ids = (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const bad = ids.findIndex((id) => !z.uuid().safeParse(id).success);
  if (bad >= 0) throw new AppError('validation_failed', `${path}.${bad}: not an id`, [{ path: `${path}.${bad}`, message: 'not an id' }]);
  return ids;
};

export async function hxlRoutes(app: FastifyInstance, { db, dataDir }: { db: Kysely<Database>; dataDir: string }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const uploads = join(dataDir, 'imports');
  await failInterruptedJobs(db);

  const start = async (ctx: ReturnType<typeof requireUser>, file: string, fileName: string, params: z.infer<typeof importParams>, audienceGroupIds: string[]) => {
    const size = (await stat(file)).size;
    const job = await createJob(db, ctx, 'import.contributions', { file, fileName, dryRun: params.dryRun, marking: params.marking, audienceGroupIds }, size);
    runJob(
      db,
      job.id,
      async (control) =>
        await importContributions(db, ctx, createReadStream(file), {
          dryRun: params.dryRun,
          fileName,
          sharing: { marking: params.marking, audienceGroupIds, audienceOrgIds: [], recipientUserIds: [] },
          onProgress: ({ bytes, rows }) => control.progress(bytes, rows),
        }),
      (err) => app.log.error({ err, jobId: job.id }, 'import job failed'),
    );
    return await getJob(db, ctx, job.id);
  };

  r.post('/api/imports/contributions', {
    schema: {
      tags: ['imports'],
      summary: 'Upload an HXL CSV of contributions (multipart, part "file"); starts an import job — a dry run unless dryRun=false',
      querystring: importParams,
      consumes: ['multipart/form-data'],
      response: { 202: jobOut, ...problems(400, 401, 403, 413, 415) },
    },
    handler: async (req, reply) => {
      const ctx = requireUser(req);
      if (ctx.actor.role === 'viewer') throw new AppError('forbidden', 'Viewers cannot import');
      const audienceGroupIds = uuidList(req.query.audienceGroupIds, 'query.audienceGroupIds');
      if (!req.isMultipart()) throw new AppError('unsupported_media_type', 'Send the file as multipart/form-data');
      const part = await req.file();
      if (!part || part.fieldname !== 'file') throw new AppError('validation_failed', 'file: send one part named file', [{ path: 'file', message: 'missing' }]);
      await mkdir(uploads, { recursive: true });
      const path = join(uploads, `${crypto.randomUUID()}.csv`);
      await pipeline(part.file, createWriteStream(path));
      if (part.file.truncated) {
        await rm(path, { force: true });
        throw new AppError('payload_too_large', 'file: larger than the upload limit', [{ path: 'file', message: 'too large' }]);
      }
      return reply.code(202).send(await start(ctx, path, part.filename || 'upload.csv', req.query, audienceGroupIds));
    },
  });

  r.post('/api/imports/:id/commit', {
    schema: {
      tags: ['imports'],
      summary: 'Commit the file of a finished dry run without problems: a new job',
      params: z.object({ id: z.uuid() }),
      response: { 202: jobOut, ...problems(400, 401, 404, 409) },
    },
    handler: async (req, reply) => {
      const ctx = requireUser(req);
      const job = await jobParams(db, ctx, req.params.id);
      const dry = await getJob(db, ctx, req.params.id);
      const params = job.params as { file: string; fileName: string; dryRun: boolean; marking: 'GREEN'; audienceGroupIds: string[] };
      const report = dry.result as { problems?: unknown[] } | null;
      if (job.kind !== 'import.contributions' || !params.dryRun || dry.status !== 'succeeded' || (report?.problems?.length ?? 0) > 0)
        throw new AppError('conflict', 'Only a finished dry run without problems can be committed');
      return reply.code(202).send(await start(ctx, params.file, params.fileName, { dryRun: false, marking: params.marking, audienceGroupIds: undefined }, params.audienceGroupIds));
    },
  });

  r.get('/api/jobs/:id', {
    schema: { tags: ['imports'], summary: 'A job you started: status, progress and result', params: z.object({ id: z.uuid() }), response: { 200: jobOut, ...problems(400, 401, 404) } },
    handler: async (req) => getJob(db, requireUser(req), req.params.id),
  });

  r.get('/api/contributions/export.csv', {
    schema: { tags: ['contributions'], summary: 'Contributions you may pass on, as HXL CSV (importable again)', querystring: coverageQuery, produces: ['text/csv'], response: { ...problems(400, 401) } },
    handler: async (req, reply) => {
      const ctx = requireUser(req);
      const body = new PassThrough();
      reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="contributions.hxl.csv"').send(body as never);
      await exportContributions(db, ctx, req.query, body).catch((err) => {
        req.log.error({ err }, 'export failed');
        body.destroy(err as Error);
      });
      return reply;
    },
  });
}
