// A fund's project details, progress reports, IATI publisher and its two files. Registered
// by the fund's routes (fund.routes.ts). A fund or project the reader may not see answers
// 404, like a missing one.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { attachmentDisposition } from '../../infra/downloads.ts';
import { problems } from '../../infra/openapi.ts';
import { EXPORT_TYPES, sendTable } from '../interchange/interchange.service.ts';
import * as s from './fund.projects.schema.ts';
import * as svc from './fund.projects.service.ts';

const fundParams = z.object({ id: z.uuid() });
const projectParams = z.object({ id: z.uuid(), projectId: z.uuid() });

export async function fundProjectsRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['fund'];

  r.put('/api/funds/:id/iati', {
    schema: {
      tags,
      summary: 'How the fund is published to IATI: reporting organisation, its activity identifier, recipient country (its administrative agent, or an admin)',
      params: fundParams,
      body: s.publisherInput,
      response: { 200: s.publisherInput, ...problems(400, 401, 403, 404) },
    },
    handler: async (req) => svc.setPublisher(db, ctxOf(req), req.params.id, req.body),
  });

  r.get('/api/funds/:id/projects/:projectId/details', {
    schema: {
      tags,
      summary: "A project's details: sector, place, status, dates, people reached",
      params: projectParams,
      response: { 200: s.detailsOut, ...problems(400, 401, 404) },
    },
    handler: async (req) => svc.getDetails(db, ctxOf(req), req.params.id, req.params.projectId),
  });
  r.put('/api/funds/:id/projects/:projectId/details', {
    schema: {
      tags,
      summary: "Describe a project: sector, place, status, dates, IATI identifier, marking (the fund's administrative agent, or an admin)",
      params: projectParams,
      body: s.detailsInput,
      response: { 200: s.detailsOut, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => svc.setDetails(db, ctxOf(req), req.params.id, req.params.projectId, req.body),
  });

  r.get('/api/funds/:id/projects/:projectId/reports', {
    schema: { tags, summary: "A project's progress reports, newest first", params: projectParams, response: { 200: z.array(s.reportOut), ...problems(400, 401, 404) } },
    handler: async (req) => svc.listReports(db, ctxOf(req), req.params.id, req.params.projectId),
  });
  r.post('/api/funds/:id/projects/:projectId/reports', {
    schema: {
      tags,
      summary: 'Report progress and people reached to date (the project partner only)',
      params: projectParams,
      body: s.reportInput,
      response: { 201: s.reportOut, ...problems(400, 401, 403, 404) },
    },
    handler: async (req, reply) => reply.code(201).send(await svc.addReport(db, ctxOf(req), req.params.id, req.params.projectId, req.body)),
  });

  r.get('/api/funds/:id/iati.xml', {
    schema: {
      tags,
      summary: 'The fund and its projects as IATI 2.03 activities (what you may pass on: no RED project)',
      params: fundParams,
      produces: ['application/xml'],
      response: { ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req, reply) => {
      const xml = await svc.iatiFile(db, ctxOf(req), req.params.id);
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', attachmentDisposition(`fund-${req.params.id}-iati.xml`))
        .send(xml as never);
    },
  });

  r.get('/api/funds/:id/flows.csv', {
    schema: {
      tags,
      summary: "The fund's flows between organisations, FTS-style: pledges, commitments, payments, parent flows, no amount counted twice",
      params: fundParams,
      produces: [EXPORT_TYPES.csv],
      response: { ...problems(400, 401, 403, 404) },
    },
    // FTS-style columns for tools that read FTS files: their headers stay in English.
    handler: async (req, reply) => sendTable(req, reply, `fund-${req.params.id}-flows.csv`, 'csv', await svc.ftsTable(db, ctxOf(req), req.params.id)),
  });
}
