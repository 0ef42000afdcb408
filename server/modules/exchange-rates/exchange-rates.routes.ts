import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { pageOf } from '../../infra/pagination.ts';
import * as s from './exchange-rates.schema.ts';
import * as svc from './exchange-rates.service.ts';

export async function exchangeRatesRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['exchange-rates'];
  r.get('/api/exchange-rates', {
    schema: { tags, summary: 'Exchange rates, newest first', querystring: s.exchangeRateListQuery, response: { 200: pageOf(s.exchangeRateOut), ...problems(400, 401) } },
    handler: async (req) => svc.listRates(db, ctxOf(req), req.query),
  });
  r.post('/api/exchange-rates', {
    schema: {
      tags,
      summary: 'Enter a rate: one unit of the currency in the base currency, from a day on (secretariat admins)',
      body: s.exchangeRateInput,
      response: { 201: s.exchangeRateOut, ...problems(400, 401, 403, 409) },
    },
    handler: async (req, reply) => reply.code(201).send(await svc.createRate(db, ctxOf(req), req.body)),
  });
  r.post('/api/exchange-rates/import', {
    schema: {
      tags,
      summary: 'Import rates from a CSV file, all or nothing; each problem names its row and column (secretariat admins)',
      body: s.exchangeRateImportInput,
      response: { 200: s.exchangeRateImportOut, ...problems(400, 401, 403, 409) },
    },
    handler: async (req) => svc.importRates(db, ctxOf(req), req.body.csv),
  });
  r.delete('/api/exchange-rates/:id', {
    schema: { tags, summary: 'Delete a rate (secretariat admins)', params: z.object({ id: z.uuid() }), response: { 204: z.null(), ...problems(400, 401, 403, 404) } },
    handler: async (req, reply) => {
      await svc.deleteRate(db, ctxOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}
