// The pooled fund's routes: thin — schema, ctxOf(req), one service call, status code.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { pageOf } from '../../infra/pagination.ts';
import { idempotencyHeaders } from '../idempotency/idempotency.schema.ts';
import { idempotentRequest, replayedHeaders, withIdempotentStatement } from '../idempotency/idempotency.service.ts';
import * as s from './fund.schema.ts';
import * as svc from './fund.service.ts';
import { fundProjectsRoutes } from './fund.projects.routes.ts';
import { fundReportsRoutes } from './fund.reports.routes.ts';
import { fundTransactionInterchange } from './fund.interchange.ts';
import { fundJobs } from './fund.jobs.ts';
import { registerInterchange } from '../interchange/interchange.service.ts';

const idParams = z.object({ id: z.uuid() });

export interface FundRoutesOptions {
  db: Kysely<Database>;
}

export async function fundRoutes(app: FastifyInstance, { db }: FundRoutesOptions) {
  // Files of transactions: their spec, its upload route, job kind and exports.
  registerInterchange(app, fundTransactionInterchange);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['fund'];

  r.get('/api/funds', {
    schema: { tags, summary: 'Pooled funds visible to you', querystring: s.fundListQuery, response: { 200: pageOf(s.fundSummaryOut), ...problems(400, 401) } },
    handler: async (req) => svc.listFunds(db, ctxOf(req), req.query),
  });
  r.post('/api/funds', {
    schema: {
      tags,
      summary: 'Create a pooled fund (its administrative agent, or an admin)',
      body: s.fundInput,
      response: { 201: s.fundOut, ...problems(400, 401, 403, 409) },
    },
    handler: async (req, reply) => reply.code(201).send(await svc.createFund(db, ctxOf(req), req.body)),
  });
  r.get('/api/funds/:id', {
    schema: { tags, summary: 'One fund, its windows and projects', params: idParams, response: { 200: s.fundOut, ...problems(400, 401, 404) } },
    handler: async (req) => svc.getFund(db, ctxOf(req), req.params.id),
  });
  r.post('/api/funds/:id/windows', {
    schema: { tags, summary: 'Add a window (earmarking) to a fund', params: idParams, body: s.windowInput, response: { 201: s.windowOut, ...problems(400, 401, 403, 404, 409) } },
    handler: async (req, reply) => reply.code(201).send(await svc.createWindow(db, ctxOf(req), req.params.id, req.body)),
  });
  r.post('/api/funds/:id/projects', {
    schema: { tags, summary: 'Add a project financed by the fund', params: idParams, body: s.projectInput, response: { 201: s.projectOut, ...problems(400, 401, 403, 404, 409) } },
    handler: async (req, reply) => reply.code(201).send(await svc.createProject(db, ctxOf(req), req.params.id, req.body)),
  });
  r.get('/api/funds/:id/transactions', {
    schema: {
      tags,
      summary: "The fund's transactions with their entries, newest first",
      params: idParams,
      querystring: s.transactionListQuery,
      response: { 200: pageOf(s.transactionOut), ...problems(400, 401, 404) },
    },
    handler: async (req) => svc.listTransactions(db, ctxOf(req), req.params.id, req.query),
  });
  r.post('/api/funds/:id/transactions', {
    schema: {
      tags,
      summary: 'Post a transaction (double entry); an overdraft is refused with its reason (409). Send an Idempotency-Key: a retry gets the first answer back',
      params: idParams,
      headers: idempotencyHeaders,
      body: s.transactionInput,
      response: { 201: s.transactionOut, ...problems(400, 401, 403, 404, 409, 422) },
    },
    // The key, its stored answer and the posting are written by one statement (ADR 0016, 0041).
    handler: async (req, reply) => {
      const ctx = ctxOf(req);
      const answer = await withIdempotentStatement<svc.FundTransaction>(db, ctx, idempotentRequest(req), (key) => svc.postTransactionKeyed(db, ctx, req.params.id, req.body, key));
      return reply
        .code(answer.status as 201)
        .headers(replayedHeaders(answer))
        .send(answer.body);
    },
  });
  // The funding status and donors' statements (fund.reports.routes.ts).
  await fundReportsRoutes(app, { db });
  // Project details, progress reports, the IATI and FTS files (fund.projects.routes.ts).
  await fundProjectsRoutes(app, { db });
  // The IATI and FTS files built as jobs (fund.jobs.ts).
  await fundJobs(app, { db });
}
