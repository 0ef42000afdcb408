// HXL files over HTTP: an upload (CSV or XLSX) becomes an import job — a dry run first,
// then a commit of the same file — and contributions and needs export as HXL CSV or XLSX.
import { createReadStream } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { requireUser } from '../../infra/auth.ts';
import { AppError } from '../../infra/errors.ts';
import { problems } from '../../infra/openapi.ts';
import type { UploadReceiver } from '../../infra/uploads.ts';
import { contributionExportQuery, needExportQuery } from '../contributions/contributions.schema.ts';
import { jobOut } from '../jobs/jobs.schema.ts';
import { getOwnJob, type JobsHandle } from '../jobs/jobs.service.ts';
import { markingSchema } from '../sharing/sharing.schema.ts';
import { exportContributions, importContributions } from './hxl.contributions.ts';
import { EXPORT_TYPES, type ExportFormat } from './hxl.export.ts';
import { exportNeeds, importNeeds } from './hxl.needs.ts';
import { formatOf } from './hxl.read.ts';

const importParams = z.object({
  dryRun: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  marking: markingSchema.default('GREEN').describe('Marking of the rows the import creates'),
  audienceGroupIds: z.string().optional().describe('Comma-separated group ids that may read AMBER rows'),
});

const IMPORTERS = { contributions: importContributions, needs: importNeeds } as const;
type ImportKind = keyof typeof IMPORTERS;

/** An import job's parameters, as stored in the job row (checked again when a process runs it). */
const importJobParams = z.object({
  file: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']).default('csv'),
  dryRun: z.boolean(),
  marking: markingSchema,
  audienceGroupIds: z.array(z.uuid()),
});
type ImportJobParams = z.infer<typeof importJobParams>;

/** A checked file waits this long for its commit; then it is deleted and must be uploaded again. */
const KEEP_CHECKED_FILE_MS = 24 * 60 * 60 * 1000;

/** Deletes uploaded files older than a day: dry runs nobody committed. */
async function sweepUploads(dir: string) {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > KEEP_CHECKED_FILE_MS) await rm(path, { force: true });
  }
}

const uuidList = (raw: string | undefined, path: string) => {
  const ids = (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const bad = ids.findIndex((id) => !z.uuid().safeParse(id).success);
  if (bad >= 0) throw new AppError('validation_failed', `${path}.${bad}: not an id`, [{ path: `${path}.${bad}`, message: 'not an id' }]);
  return ids;
};

export async function hxlRoutes(
  app: FastifyInstance,
  { db, jobs, dataDir, maxImportBytes, receiver }: { db: Kysely<Database>; jobs: JobsHandle; dataDir: string; maxImportBytes: number; receiver: UploadReceiver },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const uploads = join(dataDir, 'imports');
  await sweepUploads(uploads);

  // Each import is a job kind, run by whichever process claims it, as the user who started it.
  for (const kind of Object.keys(IMPORTERS) as ImportKind[]) {
    jobs.define({
      kind: `import.${kind}`,
      params: importJobParams,
      run: async (ctx, params, control) => {
        // The file is kept while a commit may still come (after a clean dry run), and while
        // another attempt will read it again (an unexpected error with attempts left).
        let keep = false;
        try {
          const report = await IMPORTERS[kind](db, ctx, createReadStream(params.file), {
            dryRun: params.dryRun,
            fileName: params.fileName,
            format: params.format,
            sharing: { marking: params.marking, audienceGroupIds: params.audienceGroupIds, audienceOrgIds: [], recipientUserIds: [] },
            onProgress: ({ bytes, rows }) => control.progress({ done: bytes, rows }),
            // The rows and the job's success commit together: a committed import never runs twice.
            beforeCommit: (trx, done) => control.completeIn(trx, done),
          });
          keep = params.dryRun && report.problems.length === 0;
          return report;
        } catch (err) {
          keep = !control.lastAttempt && typeof (err as { status?: unknown }).status !== 'number';
          throw err;
        } finally {
          if (!keep) await rm(params.file, { force: true });
        }
      },
    });
  }

  const start = async (ctx: ReturnType<typeof requireUser>, kind: ImportKind, params: ImportJobParams) =>
    await jobs.start(ctx, `import.${kind}`, params, { total: (await stat(params.file)).size });

  for (const kind of Object.keys(IMPORTERS) as ImportKind[]) {
    r.post(`/api/imports/${kind}`, {
      schema: {
        tags: ['imports'],
        summary: `Upload an HXL-tagged CSV or XLSX of ${kind} (multipart, part "file"); starts an import job — a dry run unless dryRun=false`,
        querystring: importParams,
        consumes: ['multipart/form-data'],
        response: { 202: jobOut, ...problems(400, 401, 403, 408, 413, 415, 429) },
      },
      handler: async (req, reply) => {
        const ctx = requireUser(req);
        if (ctx.actor.role === 'viewer') throw new AppError('forbidden', 'Viewers cannot import');
        const audienceGroupIds = uuidList(req.query.audienceGroupIds, 'query.audienceGroupIds');
        await sweepUploads(uploads);
        const received = await receiver.receive(req, uploads, { maxBytes: maxImportBytes, maxBytesSetting: 'MAX_IMPORT_MB' });
        const fileName = received.fileName;
        const format = formatOf(fileName, received.declaredType);
        const file = join(uploads, `${crypto.randomUUID()}.${format}`);
        await rename(received.path, file);
        const { dryRun, marking } = req.query;
        try {
          return reply.code(202).send(await start(ctx, kind, { file, fileName, format, dryRun, marking, audienceGroupIds }));
        } catch (err) {
          await rm(file, { force: true });
          throw err;
        }
      },
    });
  }

  r.post('/api/imports/:id/commit', {
    schema: {
      tags: ['imports'],
      summary: 'Commit the file of a finished dry run without problems: a new job',
      params: z.object({ id: z.uuid() }),
      response: { 202: jobOut, ...problems(400, 401, 404, 409) },
    },
    handler: async (req, reply) => {
      const ctx = requireUser(req);
      const dry = await getOwnJob(db, ctx, req.params.id);
      const kind = dry.kind.replace(/^import\./, '') as ImportKind;
      const parsed = importJobParams.safeParse(dry.params);
      const report = dry.result as { problems?: unknown[] } | null;
      if (!dry.kind.startsWith('import.') || !(kind in IMPORTERS) || !parsed.success || !parsed.data.dryRun || dry.status !== 'succeeded' || (report?.problems?.length ?? 0) > 0)
        throw new AppError('conflict', 'Only a finished dry run without problems can be committed');
      // Renaming claims the checked file: of two commits of one dry run, only one finds it.
      const params = parsed.data;
      const claimed = `${params.file}.commit`;
      await rename(params.file, claimed).catch(() => {
        throw new AppError('conflict', 'This file was committed already, or waited more than a day for its commit: upload it again');
      });
      return reply.code(202).send(await start(ctx, kind, { ...params, file: claimed, dryRun: false }));
    },
  });

  /** Streams an export; an error after the first byte can only cut the download short, so it is logged. */
  const download = (req: FastifyRequest, reply: FastifyReply, name: string, format: ExportFormat, write: (out: PassThrough) => Promise<unknown>) => {
    const body = new PassThrough();
    reply.type(EXPORT_TYPES[format]).header('content-disposition', `attachment; filename="${name}.hxl.${format}"`).send(body as never);
    write(body).catch((err) => {
      req.log.error({ err }, 'export failed');
      body.destroy(err as Error);
    });
    return reply;
  };

  for (const format of Object.keys(EXPORT_TYPES) as ExportFormat[]) {
    r.get(`/api/contributions/export.${format}`, {
      schema: { tags: ['contributions'], summary: `Contributions you may pass on, as HXL ${format.toUpperCase()} (importable again)`, querystring: contributionExportQuery, produces: [EXPORT_TYPES[format]], response: { ...problems(400, 401) } },
      handler: async (req, reply) => {
        const ctx = requireUser(req);
        return download(req, reply, 'contributions', format, (out) => exportContributions(db, ctx, req.query, format, out));
      },
    });
    r.get(`/api/needs/export.${format}`, {
      schema: { tags: ['needs'], summary: `Needs you may pass on, as HXL ${format.toUpperCase()} (importable again)`, querystring: needExportQuery, produces: [EXPORT_TYPES[format]], response: { ...problems(400, 401) } },
      handler: async (req, reply) => {
        const ctx = requireUser(req);
        return download(req, reply, 'needs', format, (out) => exportNeeds(db, ctx, req.query, format, out));
      },
    });
  }
}
