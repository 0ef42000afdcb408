// Files over HTTP, for every registered entity: an upload (CSV, XLSX or JSON) becomes an import
// job — a dry run first, then a commit of the same file — and each entity exports as HXL CSV,
// XLSX or JSON. `interchangeRoutes` (app.ts) serves what is the same for all: the list of importable
// entities and the commit of a dry run. `registerInterchange`, called by an entity's own
// plugin with its spec, adds its upload route, its job kind and its export routes.
import { createReadStream } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../infra/actor.ts';
import type { Ctx } from '../../infra/actor.ts';
import { ctxOf } from '../../infra/auth.ts';
import { attachmentDisposition } from '../../infra/downloads.ts';
import { AppError, invalid } from '../../infra/errors.ts';
import { problems } from '../../infra/openapi.ts';
import { authorize } from '../../infra/policy.ts';
import type { UploadReceiver } from '../../infra/uploads.ts';
import { jobOut } from '../jobs/jobs.schema.ts';
import { type JobsHandle, getOwnJob } from '../jobs/jobs.service.ts';
import { markingSchema } from '../sharing/sharing.schema.ts';
import { assertAudienceExists } from '../sharing/sharing.service.ts';
import { LOCALES } from '../../../common/enums.ts';
import { acceptedLanguages, isLocale } from '../../../common/languages.ts';
import {
  ENTITY_EXPORT_FORMATS,
  ENTITY_EXPORT_TYPES,
  EXPORT_TYPES,
  type EntityExportFormat,
  type ExportFormat,
  type ExportColumn,
  type ExportLang,
  type FetchBatch,
  templateColumns,
  writeTable,
} from './interchange.export.ts';
import { TEXT_ENCODINGS } from './interchange.encoding.ts';
import { IMPORT_MODES, type ImportReport, checkFileValues, runImport } from './interchange.import.ts';
import { importsPolicy } from './interchange.policy.ts';
import { TABLE_FORMATS, formatOf } from './interchange.read.ts';
import { type InterchangeSpec, defineInterchange, interchangeSpec, interchangeSpecs } from './interchange.registry.ts';

/** What the routes need, given once by app.ts (`app.interchange`). */
export interface InterchangeContext {
  db: Kysely<Database>;
  jobs: JobsHandle;
  dataDir: string;
  maxImportBytes: number;
  receiver: UploadReceiver;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** What an entity's plugin needs to register its import and export (registerInterchange). */
    interchange: InterchangeContext;
  }
}

const importParams = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  marking: markingSchema.default('GREEN').describe('Marking of the rows the import creates'),
  audienceGroupIds: z.string().optional().describe('Comma-separated group ids that may read AMBER rows'),
  encoding: z.enum(TEXT_ENCODINGS).default('auto').describe('A CSV file’s text encoding: guessed (UTF-8, else Windows-1252) unless said; latin-1 is read as windows-1252'),
  mode: z
    .enum(IMPORT_MODES)
    .default('all-or-nothing')
    .describe('all-or-nothing: any problem and nothing is written; valid-rows: the rows without a problem are written, the others handed back as a CSV (the job’s file)'),
  values: z
    .string()
    .optional()
    .describe('Values for the whole file, as a JSON object by hashtag ({"#activity+type":"training"}): a column the file lacks, or the blank cells of one it has'),
  lang: z
    .enum(LOCALES)
    .optional()
    .describe(
      'The language the rows handed back word their problems in (the report has codes and parameters); else the first of en, fr, ar the Accept-Language header asks for; else en',
    ),
});

/** The `values` query: a JSON object of text by hashtag, checked against the entity's hashtags (400 naming `query.values…` otherwise). */
function fileValuesOf(spec: InterchangeSpec, raw: string | undefined): Record<string, string> {
  if (raw === undefined || raw === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalid('query.values', 'not JSON: an object of values by hashtag');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalid('query.values', 'not an object of values by hashtag');
  return checkFileValues(spec, parsed as Record<string, string>, 'query.values');
}

/** An import job's parameters, as stored in the job row (checked again when a process runs it). */
const importJobParams = z.object({
  file: z.string(),
  fileName: z.string(),
  format: z.enum(TABLE_FORMATS).default('csv'),
  encoding: z.enum(TEXT_ENCODINGS).default('auto'),
  mode: z.enum(IMPORT_MODES).default('all-or-nothing'),
  values: z.record(z.string(), z.string()).default({}),
  dryRun: z.boolean(),
  marking: markingSchema,
  audienceGroupIds: z.array(z.uuid()),
  /** The importer's language, for the rows handed back. */
  lang: z.enum(LOCALES).default('en'),
});
type ImportJobParams = z.infer<typeof importJobParams>;

export const importJobKind = (spec: Pick<InterchangeSpec, 'name'>) => `import.${spec.name}`;

/** Where an entity's export is downloaded in `format`: the route registerInterchange adds, and the URL GET /api/imports lists. */
const exportUrl = (spec: Pick<InterchangeSpec, 'name'>, format: EntityExportFormat) => `/api/${spec.name}/export.${format}`;

/** Where an entity's blank template is downloaded: its two header rows and no data. */
const templateUrl = (spec: Pick<InterchangeSpec, 'name'>, format: ExportFormat) => `/api/${spec.name}/template.${format}`;
const TEMPLATE_FORMATS = Object.keys(EXPORT_TYPES) as ExportFormat[];

/** One entry of GET /api/imports: what a client needs to offer an entity's files without a list of its own. */
const importableOut = z.object({
  name: z.string().describe('The URL segment: POST /api/imports/{name}, GET /api/{name}/export.{format}'),
  label: z.string(),
  hashtags: z.array(z.string()).describe('The hashtags its files may use'),
  reads: z
    .array(z.enum(TABLE_FORMATS))
    .describe('The file formats its upload (POST /api/imports/{name}) reads, known by the file name’s ending (.{format}) or its media type; CSV when neither says'),
  exports: z
    .array(
      z.object({
        format: z.enum(ENTITY_EXPORT_FORMATS),
        url: z.string().describe('GET it, with the filters of the entity’s list as its query, for a file that imports back unchanged'),
        type: z.string().describe('The media type of the file'),
      }),
    )
    .describe('Its downloads, one per format'),
  templates: z
    .array(z.object({ format: z.enum(TEMPLATE_FORMATS as [ExportFormat, ...ExportFormat[]]), url: z.string(), type: z.string() }))
    .describe('A blank file to fill in: the header row people read and the hashtag row the import reads, no data'),
});

/** A checked file waits this long for its commit; then it is deleted and must be uploaded again. */
const KEEP_CHECKED_FILE_MS = 24 * 60 * 60 * 1000;

const uploadsOf = (ctx: InterchangeContext) => join(ctx.dataDir, 'imports');

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
  const ids = (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = ids.findIndex((id) => !z.uuid().safeParse(id).success);
  if (bad >= 0) throw new AppError('validation_failed', `${path}.${bad}: not an id`, [{ path: `${path}.${bad}`, message: 'not an id' }]);
  return ids;
};

const startImport = async (ctx: InterchangeContext, user: Ctx, spec: InterchangeSpec, params: ImportJobParams) =>
  await ctx.jobs.start(user, importJobKind(spec), params, { total: (await stat(params.file)).size });

/**
 * Answers with a file written as it is sent. What can fail for the request (the reader's
 * rights, a missing row) must be checked before: past the first byte an error can only cut
 * the file short, and is logged.
 */
function streamDownload(req: FastifyRequest, reply: FastifyReply, filename: string, type: string, write: (out: PassThrough) => Promise<unknown>) {
  const body = new PassThrough();
  reply
    .type(type)
    .header('content-disposition', attachmentDisposition(filename))
    .send(body as never);
  write(body).catch((err) => {
    req.log.error({ err, filename }, 'download failed');
    body.destroy(err as Error);
  });
  return reply;
}

const download = (req: FastifyRequest, reply: FastifyReply, name: string, format: EntityExportFormat, write: (out: PassThrough) => Promise<unknown>) =>
  streamDownload(req, reply, `${name}.${format}`, ENTITY_EXPORT_TYPES[format], write);

/**
 * Answers with a table another module has prepared (its rows read, or its first batch
 * checked, before the answer starts) as the file `filename`, its header row in the reader's
 * language (`readerLang`): the coverage files, a donor's statement, the decision register, the fund's flows.
 */
export function sendTable(req: FastifyRequest, reply: FastifyReply, filename: string, format: ExportFormat, table: { columns: readonly ExportColumn[]; fetch: FetchBatch }) {
  return streamDownload(req, reply, filename, EXPORT_TYPES[format], (out) => writeTable(format, out, table.columns, table.fetch, readerLang(req)));
}

/** Rows of `spec` that `ctx`'s actor may pass on, written as HXL `format` to `out`, their headers and label columns in `lang`; the count. */
export async function exportRows(
  db: Kysely<Database>,
  ctx: { actor: Actor },
  spec: InterchangeSpec,
  filter: Record<string, unknown>,
  format: EntityExportFormat,
  out: NodeJS.WritableStream,
  lang: ExportLang = 'en',
): Promise<number> {
  authorize(ctx.actor, importsPolicy, 'export');
  return await writeTable(format, out, spec.export.columns, spec.export.batches(db, ctx.actor, filter, lang), lang);
}

/** The `lang` of an export's query: the language its header row and label columns are written in. */
export const exportLang = z
  .enum(LOCALES)
  .optional()
  .describe(
    'The language of the header row and of the name columns beside the codes (a name without a translation stays as it is); else the first of en, fr, ar the Accept-Language header asks for; else en',
  );

/** The language a download is written in: its `lang`, else the request's Accept-Language, else English. */
export function readerLang(req: { query: unknown; headers: { 'accept-language'?: string } }): ExportLang {
  // Checked here too, not only by the route's schema: a route that forgot `exportLang` must not let any text through.
  const asked = (req.query as { lang?: unknown } | undefined)?.lang;
  return isLocale(asked) ? asked : langOfAcceptLanguage(req.headers['accept-language']);
}

/**
 * The reader's language from an Accept-Language header (`fr-CA,fr;q=0.9,en;q=0.8`): the most
 * wanted that is one of ours, else English. The web app says `lang` itself (its language is
 * chosen in the browser, not the browser's).
 */
export function langOfAcceptLanguage(header: string | undefined): ExportLang {
  return acceptedLanguages(header).find(isLocale) ?? 'en';
}

/** The routes every entity shares: the list of importable entities and the commit of a dry run. */
export async function interchangeRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.interchange;
  await sweepUploads(uploadsOf(ctx));

  r.get('/api/imports', {
    schema: {
      tags: ['imports'],
      summary: 'What can be imported (and exported): one entry per registered entity',
      response: {
        200: z.object({ items: z.array(importableOut) }),
        ...problems(401),
      },
    },
    handler: async () => {
      return {
        items: interchangeSpecs().map((s) => ({
          name: s.name,
          label: s.label,
          hashtags: [...new Set(s.columns.map((c) => `#${c.tag}${(c.with ?? []).map((a) => `+${a}`).join('')}`))],
          reads: [...TABLE_FORMATS],
          exports: ENTITY_EXPORT_FORMATS.map((format) => ({ format, url: exportUrl(s, format), type: ENTITY_EXPORT_TYPES[format] })),
          templates: TEMPLATE_FORMATS.map((format) => ({ format, url: templateUrl(s, format), type: EXPORT_TYPES[format] })),
        })),
      };
    },
  });

  r.post('/api/imports/:id/commit', {
    schema: {
      tags: ['imports'],
      summary: 'Commit the file of a finished dry run: without problems, or in valid-rows mode the rows without one (a new job)',
      params: z.object({ id: z.uuid() }),
      querystring: z.object({
        mode: z.enum(IMPORT_MODES).optional().describe('The dry run’s own mode unless said'),
        lang: z.enum(LOCALES).optional().describe('The language the rows handed back word their problems in; the dry run’s own unless said'),
      }),
      response: { 202: jobOut, ...problems(400, 401, 404, 409) },
    },
    handler: async (req, reply) => {
      const user = ctxOf(req);
      const dry = await getOwnJob(ctx.db, user, req.params.id);
      const spec = dry.kind.startsWith('import.') ? interchangeSpec(dry.kind.slice('import.'.length)) : undefined;
      const parsed = importJobParams.safeParse(dry.params);
      const report = dry.result as Partial<ImportReport> | null;
      const mode = req.query.mode ?? (parsed.success ? parsed.data.mode : 'all-or-nothing');
      const committable = mode === 'valid-rows' ? !!report?.validRows : (report?.problems?.length ?? 0) === 0;
      if (!spec || !parsed.success || !parsed.data.dryRun || dry.status !== 'succeeded' || !committable)
        throw new AppError(
          'conflict',
          mode === 'valid-rows' ? 'Only a finished dry run can be committed' : 'Only a finished dry run without problems can be committed all or nothing (or choose valid-rows)',
        );
      // Renaming claims the checked file: of two commits of one dry run, only one finds it.
      const params = { ...parsed.data, mode, lang: req.query.lang ?? parsed.data.lang };
      const claimed = `${params.file}.commit`;
      await rename(params.file, claimed).catch(() => {
        throw new AppError('conflict', 'This file was committed already, or waited more than a day for its commit: upload it again');
      });
      return reply.code(202).send(await startImport(ctx, user, spec, { ...params, file: claimed, dryRun: false }));
    },
  });
}

/**
 * What an entity's plugin calls with its spec: the spec joins the registry, its import
 * becomes a job kind (run by whichever process claims it, as the user who started it), and
 * it gets `POST /api/imports/<name>` and `GET /api/<name>/export.csv|xlsx|json`.
 */
export function registerInterchange(app: FastifyInstance, spec: InterchangeSpec) {
  defineInterchange(spec);
  const ctx = app.interchange;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const uploads = uploadsOf(ctx);

  ctx.jobs.define({
    kind: importJobKind(spec),
    params: importJobParams,
    run: async (user, params, control) => {
      // The file is kept while a commit may still come (after a clean dry run), and while
      // another attempt will read it again (an unexpected error with attempts left).
      let keep = false;
      try {
        const report = await runImport(
          ctx.db,
          user,
          createReadStream(params.file),
          {
            dryRun: params.dryRun,
            fileName: params.fileName,
            format: params.format,
            encoding: params.encoding,
            mode: params.mode,
            values: params.values,
            language: params.lang,
            // The rows with a problem, for the importer only: the job's file (GET /api/jobs/:id/file answers its starter alone).
            rejected: { reopen: () => createReadStream(params.file), path: (name) => control.resultFile(name, 'text/csv; charset=utf-8') },
            sharing: { marking: params.marking, audienceGroupIds: params.audienceGroupIds, audienceOrgIds: [], recipientUserIds: [] },
            onProgress: ({ bytes, rows }) => control.progress({ done: bytes, rows }),
            // The rows and the job's success commit together: a committed import never runs twice.
            beforeCommit: (trx, done) => control.completeIn(trx, done),
          },
          spec,
        );
        // A dry run with problems may still be committed in valid-rows mode.
        keep = params.dryRun && (report.problems.length === 0 || report.validRows !== null);
        return report;
      } catch (err) {
        keep = !control.lastAttempt && typeof (err as { status?: unknown }).status !== 'number';
        throw err;
      } finally {
        if (!keep) await rm(params.file, { force: true });
      }
    },
  });

  r.post(`/api/imports/${spec.name}`, {
    schema: {
      tags: ['imports'],
      summary: `Upload an HXL-tagged CSV or XLSX, or a JSON array of objects (or DHIS2 dataValueSet), of ${spec.label} (multipart, part "file"; JSON by a .json name or application/json type); starts an import job — a dry run unless dryRun=false`,
      querystring: importParams,
      consumes: ['multipart/form-data'],
      response: { 202: jobOut, ...problems(400, 401, 403, 408, 413, 415, 429) },
    },
    handler: async (req, reply) => {
      const user = ctxOf(req);
      // Before a byte is received (the engine asks again, and asks importFor of each row's organisation).
      importsPolicy.import(user.actor);
      const audienceGroupIds = uuidList(req.query.audienceGroupIds, 'query.audienceGroupIds');
      const values = fileValuesOf(spec, req.query.values);
      // Refused now, before the file is received, rather than later on the job.
      await assertAudienceExists(ctx.db, { marking: req.query.marking, audienceGroupIds, audienceOrgIds: [], recipientUserIds: [] }, 'query');
      await sweepUploads(uploads);
      const received = await ctx.receiver.receive(req, uploads, { maxBytes: ctx.maxImportBytes, maxBytesSetting: 'MAX_IMPORT_MB' });
      const fileName = received.fileName;
      const format = formatOf(fileName, received.declaredType);
      const file = join(uploads, `${crypto.randomUUID()}.${format}`);
      await rename(received.path, file);
      const { dryRun, marking, encoding, mode } = req.query;
      const lang = req.query.lang ?? langOfAcceptLanguage(req.headers['accept-language']);
      try {
        return reply.code(202).send(await startImport(ctx, user, spec, { file, fileName, format, encoding, mode, values, dryRun, marking, audienceGroupIds, lang }));
      } catch (err) {
        await rm(file, { force: true });
        throw err;
      }
    },
  });

  for (const format of ENTITY_EXPORT_FORMATS) {
    r.get(exportUrl(spec, format), {
      schema: {
        tags: [spec.export.tag],
        summary: `${spec.label[0]!.toUpperCase()}${spec.label.slice(1)} you may pass on, as HXL ${format.toUpperCase()}${format === 'json' ? ' (an array of objects keyed by hashtag)' : ''} (importable again)`,
        querystring: spec.export.query.extend({ lang: exportLang }),
        produces: [ENTITY_EXPORT_TYPES[format]],
        response: { ...problems(400, 401) },
      },
      handler: async (req, reply) => {
        const user = ctxOf(req);
        const { lang: _lang, ...filter } = req.query as Record<string, unknown>;
        return download(req, reply, `${spec.name}.hxl`, format, (out) => exportRows(ctx.db, user, spec, filter, format, out, readerLang(req)));
      },
    });
  }

  for (const format of TEMPLATE_FORMATS) {
    r.get(templateUrl(spec, format), {
      schema: {
        tags: [spec.export.tag],
        summary: `A blank ${format.toUpperCase()} file of ${spec.label} to fill in and import: the column names (in the reader's language) and the hashtag row, no data`,
        querystring: z.object({ lang: exportLang }),
        produces: [EXPORT_TYPES[format]],
        response: { ...problems(400, 401) },
      },
      // The columns are the spec's, the same for every reader (only the header row is in the reader's
      // language): no row is read, and so no label column (nothing to name).
      handler: async (req, reply) =>
        download(req, reply, `${spec.name}-template.hxl`, format, (out) => writeTable(format, out, templateColumns(spec.export.columns), async () => [], readerLang(req))),
    });
  }
}
