import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { EXPORT_TYPES, type ExportFormat, type ExportLang, exportLang, readerLang } from '../interchange/interchange.service.ts';
import { needExportQuery } from '../needs/needs.schema.ts';
import { COVERAGE_FILES, COVERAGE_FILE_SUMMARIES, type CoverageTable, coveragePivotTable, coverageTable, writeCoverageTable } from './analytics.downloads.ts';
import * as s from './analytics.schema.ts';
import * as svc from './analytics.service.ts';

export async function analyticsRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/coverage', {
    schema: {
      tags: ['coverage'],
      summary: 'Organisation × line-of-effort matrix, thin lines and places, likely duplication',
      querystring: s.coverageQuery,
      response: { 200: s.coverageOut, ...problems(400, 401) },
    },
    handler: async (req) => svc.coverage(db, ctxOf(req), req.query),
  });

  r.get('/api/coverage/pivot', {
    schema: {
      tags: ['coverage'],
      summary: 'Pivot over contributions: rows × columns among organisation, line, place, type, status, currency; counts and money per currency',
      querystring: s.coveragePivotQuery,
      response: { 200: s.coveragePivotOut, ...problems(400, 401) },
    },
    handler: async (req) => svc.coveragePivot(db, ctxOf(req), req.query),
  });

  // Every file the coverage page and the pivot page offer comes from here: the page's
  // aggregate under the export rule, through the one CSV/XLSX writer. The gap table takes
  // the needs list's filters, the pivot its dimensions.
  for (const format of Object.keys(EXPORT_TYPES) as ExportFormat[]) {
    for (const file of COVERAGE_FILES)
      r.get(`/api/coverage/${file}.${format}`, {
        schema: {
          tags: ['coverage'],
          summary: `${COVERAGE_FILE_SUMMARIES[file]}, as ${format.toUpperCase()}: what you may pass on`,
          querystring: (file === 'gaps' ? needExportQuery : s.coverageQuery).extend({ lang: exportLang }),
          produces: [EXPORT_TYPES[format]],
          response: { ...problems(400, 401) },
        },
        handler: async (req, reply) => {
          const { lang: _lang, ...filter } = req.query;
          return sendFile(req, reply, `coverage-${file}.${format}`, format, await coverageTable(db, ctxOf(req), file, filter), readerLang(req));
        },
      });
    r.get(`/api/coverage/pivot.${format}`, {
      schema: {
        tags: ['coverage'],
        summary: `The pivot over contributions, one row per cell (row, column, currency), as ${format.toUpperCase()}: what you may pass on`,
        querystring: s.coveragePivotQuery.extend({ lang: exportLang }),
        produces: [EXPORT_TYPES[format]],
        response: { ...problems(400, 401) },
      },
      handler: async (req, reply) =>
        sendFile(req, reply, `coverage-pivot-${req.query.rows}-${req.query.columns}.${format}`, format, await coveragePivotTable(db, ctxOf(req), req.query), readerLang(req)),
    });
  }
}

/** Streams a prepared table as a download, its header row in `lang`. It was read before the first byte, so a failure there is still a proper error answer. */
function sendFile(req: FastifyRequest, reply: FastifyReply, name: string, format: ExportFormat, table: CoverageTable, lang: ExportLang) {
  const body = new PassThrough();
  reply
    .type(EXPORT_TYPES[format])
    .header('content-disposition', `attachment; filename="${name}"`)
    .send(body as never);
  // Past the first byte an error can only cut the file short: it is logged.
  writeCoverageTable(table, format, body, lang).catch((err) => {
    req.log.error({ err }, 'coverage download failed');
    body.destroy(err as Error);
  });
  return reply;
}
