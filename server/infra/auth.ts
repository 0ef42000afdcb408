// Who is asking: request.actor, as every route reads it (ctxOf), and the route option
// `public`. The session hook that sets them (cookie, 401 before validation, CSRF) is the
// auth module's: server/modules/auth/auth.hook.ts, registered by server/app.ts.
import type { FastifyRequest } from 'fastify';
import type { Actor, Ctx, UserActor } from './actor.ts';
import { AppError } from './errors.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without a session (sign-in, the public portal, health, docs). */
    public?: boolean;
  }
  interface FastifyRequest {
    actor: Actor;
  }
}

export function ctxOf(request: FastifyRequest): Ctx {
  return { actor: request.actor, requestId: request.id };
}

/**
 * The signed-in user, or a 401 — for a route that needs the person's type itself (test
 * fixtures). Module routes pass `ctxOf(req)`: sign-in is checked once, by the session
 * hook (modules/auth/auth.hook.ts), and what the user may do by the service's policy (ADR 0013).
 */
export function requireUser(request: FastifyRequest): Ctx & { actor: UserActor } {
  if (request.actor.kind !== 'user') throw new AppError('unauthenticated', 'Sign in to use this');
  return { actor: request.actor, requestId: request.id };
}
