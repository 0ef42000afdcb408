import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { ctxOf } from '../../infra/auth.ts';
import { problems } from '../../infra/openapi.ts';
import { sessionAbilities } from './auth.abilities.ts';
import { clearSessionCookie, setSessionCookie } from './auth.hook.ts';
import { passwordChangeInput, sessionOut } from './auth.schema.ts';
import { changeOwnPassword, resolveSession, signIn, signOut } from './auth.service.ts';

export async function authRoutes(app: FastifyInstance, { db, config }: { db: Kysely<Database>; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  const describe = (s: NonNullable<Awaited<ReturnType<typeof resolveSession>>>, passwordResetByAdminAt: Date | null = null) => ({
    csrfToken: s.csrfToken,
    passwordResetByAdminAt: passwordResetByAdminAt?.toISOString() ?? null,
    user: {
      id: s.actor.userId,
      email: s.actor.email,
      displayName: s.displayName,
      role: s.actor.role,
      locale: s.locale as 'en',
      orgId: s.actor.orgId,
      orgName: s.orgName,
      orgKind: s.actor.orgKind,
    },
    abilities: sessionAbilities(s.actor),
  });

  r.post('/api/auth/sign-in', {
    config: { public: true },
    schema: {
      tags,
      summary: 'Sign in; sets the session cookie and returns the CSRF token',
      body: z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(256) }),
      response: { 200: sessionOut, ...problems(400, 401, 403, 429) },
    },
    handler: async (req, reply) => {
      const { token, passwordResetByAdminAt } = await signIn(db, config, ctxOf(req), { ...req.body, clientAddress: req.ip }, req.session?.tokenHash);
      setSessionCookie(config, reply, token);
      const session = await resolveSession(db, config, token);
      return describe(session!, passwordResetByAdminAt);
    },
  });

  r.post('/api/auth/sign-out', {
    schema: { tags, summary: 'Sign out; ends the session on the server', response: { 204: z.null(), ...problems(401, 403) } },
    handler: async (req, reply) => {
      await signOut(db, ctxOf(req), req.session!.tokenHash);
      clearSessionCookie(config, reply);
      return reply.code(204).send(null);
    },
  });

  r.post('/api/auth/password', {
    schema: {
      tags,
      summary: 'Change your own password (give the current one); ends your other sessions; limited like sign-in',
      body: passwordChangeInput,
      response: { 204: z.null(), ...problems(400, 401, 403, 429) },
    },
    handler: async (req, reply) => {
      await changeOwnPassword(db, config, ctxOf(req), { ...req.body, clientAddress: req.ip, tokenHash: req.session!.tokenHash });
      return reply.code(204).send(null);
    },
  });

  r.get('/api/auth/session', {
    schema: { tags, summary: 'The signed-in user and the CSRF token', response: { 200: sessionOut, ...problems(401) } },
    // The onRequest hook has answered 401 already without a session.
    handler: async (req) => describe(req.session!),
  });
}
