import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { homeOut } from './home.schema.ts';
import { getHome } from './home.service.ts';

export async function homeRoutes(app: FastifyInstance, { db }: { db: Kysely<Database> }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/home', {
    schema: {
      tags: ['home'],
      summary:
        "The signed-in user's home: their organisation's figures, open needs in its lines of effort, what changed since their last visit (visible rows only), and the coalition's figures for the secretariat. Reading it records the visit.",
      response: { 200: homeOut, ...problems(401) },
    },
    handler: async (req) => await getHome(db, ctxOf(req)),
  });
}
