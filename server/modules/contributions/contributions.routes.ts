import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { pageOf } from '../../infra/pagination.ts';
import { EXPORT_TYPES, type ExportFormat, registerInterchange } from '../interchange/interchange.service.ts';
import { contributionInterchange } from './contributions.interchange.ts';
import { needInterchange } from './needs.interchange.ts';
import { COVERAGE_FILES, COVERAGE_FILE_SUMMARIES, coverageTable, writeCoverageTable } from './contributions.downloads.ts';
import * as s from './contributions.schema.ts';
import * as svc from './contributions.service.ts';

const idParams = z.object({ id: z.uuid() });
const fewContributors = z.object({ id: z.uuid(), name: z.string(), contributors: z.number().int(), onlyOrganisation: z.string().nullable() });
const coverageOut = z.object({
  matrix: s.matrixOut,
  linesWithFewContributors: z.array(fewContributors).describe('Lines of effort with no or a single contributing organisation'),
  locationsWithFewContributors: z.array(fewContributors.extend({ code: z.string() })),
  places: z
    .array(
      z.object({
        id: z.uuid(),
        code: z.string(),
        name: z.string(),
        level: z.string(),
        latitude: z.number().nullable(),
        longitude: z.number().nullable(),
        countryCode: z.string(),
        contributions: z.number().int(),
        organisations: z.number().int(),
        openNeeds: z.number().int().describe('needs at this place whose gap is not closed'),
      }),
    )
    .describe('Contributions and open needs per place, with the country it lies in'),
  likelyDuplicates: z.array(
    z.object({
      location: z.object({ id: z.uuid(), name: z.string() }),
      type: z.string(),
      organisations: z.array(z.string()),
      contributions: z.number().int(),
    }),
  ),
});

export async function contributionsRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  // Files of contributions and needs: their specs, their upload routes, job kinds and exports.
  registerInterchange(app, contributionInterchange);
  registerInterchange(app, needInterchange);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['contributions'];

  r.get('/api/contributions', {
    schema: {
      tags,
      summary: 'Contributions visible to you, newest first',
      querystring: s.contributionListQuery,
      response: { 200: pageOf(s.contributionOut), ...problems(400, 401) },
    },
    handler: async (req) => svc.listContributions(db, ctxOf(req), req.query),
  });
  r.get('/api/contributions/:id', {
    schema: { tags, summary: 'One contribution with its status history', params: idParams, response: { 200: s.contributionDetail, ...problems(400, 401, 404) } },
    handler: async (req) => svc.getContribution(db, ctxOf(req), req.params.id),
  });
  r.post('/api/contributions', {
    schema: { tags, summary: 'Record a contribution of your organisation', body: s.contributionInput, response: { 201: s.contributionDetail, ...problems(400, 401, 403, 409) } },
    handler: async (req, reply) => reply.code(201).send(await svc.createContribution(db, ctxOf(req), req.body)),
  });
  r.patch('/api/contributions/:id', {
    schema: {
      tags,
      summary: 'Change a contribution (its owner organisation)',
      params: idParams,
      body: s.contributionPatch,
      response: { 200: s.contributionDetail, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.updateContribution(db, ctxOf(req), req.params.id, req.body),
  });
  r.post('/api/contributions/:id/status', {
    schema: {
      tags,
      summary: 'Move a contribution forward: pledged → committed → delivered, or cancelled',
      params: idParams,
      body: s.statusInput,
      response: { 200: s.contributionDetail, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.changeContributionStatus(db, ctxOf(req), req.params.id, req.body),
  });
  r.delete('/api/contributions/:id', {
    schema: { tags, summary: 'Delete a contribution (its owner organisation)', params: idParams, response: { 204: z.null(), ...problems(400, 401, 403, 404) } },
    handler: async (req, reply) => {
      await svc.deleteContribution(db, ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
  r.post('/api/contributions/:id/needs', {
    schema: {
      tags,
      summary: 'Record how much of a need this contribution meets',
      params: idParams,
      body: s.linkInput,
      response: { 200: s.needOut, ...problems(400, 401, 403, 404) },
    },
    handler: async (req) => svc.linkContributionToNeed(db, ctxOf(req), req.params.id, req.body),
  });

  r.delete('/api/contributions/:id/needs/:needId', {
    schema: {
      tags,
      summary: 'This contribution no longer meets that need',
      params: z.object({ id: z.uuid(), needId: z.uuid() }),
      response: { 204: z.null(), ...problems(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      await svc.unlinkContributionFromNeed(db, ctxOf(req), req.params.id, req.params.needId);
      return reply.code(204).send(null);
    },
  });

  r.get('/api/needs', {
    schema: { tags: ['needs'], summary: 'Needs visible to you, ranked by unmet gap', querystring: s.needListQuery, response: { 200: pageOf(s.needOut), ...problems(400, 401) } },
    handler: async (req) => svc.listNeeds(db, ctxOf(req), req.query),
  });
  r.get('/api/needs/:id', {
    schema: { tags: ['needs'], summary: 'One need and its gap', params: idParams, response: { 200: s.needOut, ...problems(400, 401, 404) } },
    handler: async (req) => svc.getNeed(db, ctxOf(req), req.params.id),
  });
  r.post('/api/needs', {
    schema: { tags: ['needs'], summary: 'State a need of your organisation', body: s.needInput, response: { 201: s.needOut, ...problems(400, 401, 403, 409) } },
    handler: async (req, reply) => reply.code(201).send(await svc.createNeed(db, ctxOf(req), req.body)),
  });

  r.patch('/api/needs/:id', {
    schema: {
      tags: ['needs'],
      summary: 'Change a need (its owner organisation)',
      params: idParams,
      body: s.needPatch,
      response: { 200: s.needOut, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.updateNeed(db, ctxOf(req), req.params.id, req.body),
  });
  r.delete('/api/needs/:id', {
    schema: { tags: ['needs'], summary: 'Delete a need and its links (its owner organisation)', params: idParams, response: { 204: z.null(), ...problems(400, 401, 403, 404) } },
    handler: async (req, reply) => {
      await svc.deleteNeed(db, ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
  r.get('/api/coverage', {
    schema: {
      tags: ['coverage'],
      summary: 'Organisation × line-of-effort matrix, thin lines and places, likely duplication',
      querystring: s.coverageQuery,
      response: { 200: coverageOut, ...problems(400, 401) },
    },
    handler: async (req) => svc.coverage(db, ctxOf(req), req.query),
  });

  // Every file the coverage page offers comes from here: the page's aggregate under the
  // export rule, through the one CSV/XLSX writer. The gap table takes the needs list's filters.
  for (const file of COVERAGE_FILES)
    for (const format of Object.keys(EXPORT_TYPES) as ExportFormat[])
      r.get(`/api/coverage/${file}.${format}`, {
        schema: {
          tags: ['coverage'],
          summary: `${COVERAGE_FILE_SUMMARIES[file]}, as ${format.toUpperCase()}: what you may pass on`,
          querystring: file === 'gaps' ? s.needExportQuery : s.coverageQuery,
          produces: [EXPORT_TYPES[format]],
          response: { ...problems(400, 401) },
        },
        handler: async (req, reply) => {
          const table = await coverageTable(db, ctxOf(req), file, req.query);
          const body = new PassThrough();
          reply
            .type(EXPORT_TYPES[format])
            .header('content-disposition', `attachment; filename="coverage-${file}.${format}"`)
            .send(body as never);
          // Past the first byte an error can only cut the file short: it is logged.
          writeCoverageTable(table, format, body).catch((err) => {
            req.log.error({ err }, 'coverage download failed');
            body.destroy(err as Error);
          });
          return reply;
        },
      });
}
