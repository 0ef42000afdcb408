import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { EXPORT_TYPES, type ExportFormat, exportLang, readerLang, sendTable } from '../interchange/interchange.service.ts';
import { needExportQuery } from '../needs/needs.schema.ts';
import { COVERAGE_FILES, COVERAGE_FILE_SUMMARIES, coveragePivotTable, coverageTable } from './analytics.downloads.ts';
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
          return sendTable(req, reply, `coverage-${file}.${format}`, format, await coverageTable(db, ctxOf(req), file, filter, readerLang(req)));
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
      handler: async (req, reply) => {
        const { lang: _lang, ...query } = req.query;
        return sendTable(req, reply, `coverage-pivot-${query.rows}-${query.columns}.${format}`, format, await coveragePivotTable(db, ctxOf(req), query, readerLang(req)));
      },
    });
  }
}
