// The fund's reports: thin — schema, ctxOf(req), one service call, status code.
//   GET /api/funds/:id/status?by=window|donor|partner|project|period&period=month|quarter|year&from=&to=&asOf=
//   GET /api/funds/:id/donors/:orgId/statement?from=&to=        (JSON)
//   GET /api/funds/:id/donors/:orgId/statement.csv?from=&to=    (the project's CSV writer)
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { EXPORT_TYPES, exportLang, readerLang, sendTable } from '../interchange/interchange.service.ts';
import * as svc from './fund.reports.ts';
import * as s from './fund.reports.schema.ts';

const fundParams = z.object({ id: z.uuid() });
const donorParams = z.object({ id: z.uuid(), orgId: z.uuid() });

export async function fundReportsRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['fund'];

  r.get('/api/funds/:id/status', {
    schema: {
      tags,
      summary: 'Funding status (MPTF Office Gateway figures), in total and by window, donor, partner, project or period; only what you may see counts',
      params: fundParams,
      querystring: s.statusQuery,
      response: { 200: s.statusOut, ...problems(400, 401, 404) },
    },
    handler: async (req) => svc.fundingStatus(db, ctxOf(req), req.params.id, req.query),
  });

  r.get('/api/funds/:id/donors/:orgId/statement', {
    schema: {
      tags,
      summary:
        "A donor's statement for a period: its pledges, commitments, deposits, refunds, fees, share of interest and direct costs, opening and closing balances (the donor, the administrative agent, the secretariat)",
      params: donorParams,
      querystring: s.statementQuery,
      response: { 200: s.statementOut, ...problems(400, 401, 403, 404) },
    },
    handler: async (req) => svc.donorStatement(db, ctxOf(req), req.params.id, req.params.orgId, req.query),
  });

  r.get('/api/funds/:id/donors/:orgId/statement.csv', {
    schema: {
      tags,
      summary: "A donor's statement as CSV: the opening balance, its transactions, the closing balance",
      params: donorParams,
      querystring: s.statementQuery.extend({ lang: exportLang }),
      produces: [EXPORT_TYPES.csv],
      response: { ...problems(400, 401, 403, 404) },
    },
    handler: async (req, reply) => {
      const { lang: _lang, ...query } = req.query;
      const table = await svc.statementTable(db, ctxOf(req), req.params.id, req.params.orgId, query, readerLang(req));
      return sendTable(req, reply, table.filename, 'csv', table);
    },
  });
}
