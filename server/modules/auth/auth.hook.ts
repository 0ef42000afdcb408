// The session hook: sets request.actor on every request from the session cookie, answers
// 401 to an API route that is not public before its input is validated, and refuses a
// state-changing request from another origin or whose CSRF token (header x-csrf-token,
// issued at sign-in and by GET /api/auth/session) does not match its session's. Also the
// session cookie itself. Registered by server/app.ts before every module's routes.
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../infra/errors.ts';
import { type ResolvedSession, resolveSession, sha256 } from './auth.service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in session behind the cookie, for the auth routes (sign-out, the session's answer). */
    session: ResolvedSession | undefined;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Sessions a read looked up, reused by reads with the same cookie for `reuseMs`: a page
 * of the web app fires several reads at once, and a list otherwise spends half its round
 * trips on the session (ADR 0011). Only reads use it; every state change looks the
 * session up in the database, and once it has answered, empties the whole cache, so that
 * a sign-out, a password reset or a role change made through this process holds for the
 * very next read. What it cannot see — a change made by another process or straight in
 * the database, an idle or absolute expiry falling due — holds for reads at most
 * `reuseMs` later. Keyed by the token's SHA-256, as the session table is.
 */
export class RecentSessions {
  readonly #entries = new Map<string, { session: ResolvedSession; until: number }>();
  constructor(
    readonly reuseMs: number,
    readonly maxEntries = 10_000,
  ) {}

  get(tokenHash: string, now: number): ResolvedSession | undefined {
    const entry = this.#entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.until > now) return entry.session;
    this.#entries.delete(tokenHash);
    return undefined;
  }

  set(tokenHash: string, session: ResolvedSession, now: number) {
    if (this.reuseMs <= 0) return;
    // Bounded: a flood of distinct cookies empties it rather than growing it.
    if (this.#entries.size >= this.maxEntries) this.#entries.clear();
    this.#entries.set(tokenHash, { session, until: now + this.reuseMs });
  }

  clear() {
    this.#entries.clear();
  }
}

export function sessionCookieName(config: Config): string {
  // The __Host- prefix binds the cookie to this exact host over HTTPS, path /.
  return config.secureCookies ? '__Host-entente_session' : 'entente_session';
}

export function setSessionCookie(config: Config, reply: FastifyReply, token: string) {
  reply.setCookie(sessionCookieName(config), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    maxAge: config.sessionAbsoluteHours * 3600,
  });
}

export function clearSessionCookie(config: Config, reply: FastifyReply) {
  reply.clearCookie(sessionCookieName(config), { path: '/', secure: config.secureCookies, httpOnly: true, sameSite: 'lax' });
}

export const authPlugin = fp(async (app: FastifyInstance, opts: { db: Kysely<Database>; config: Config }) => {
  const { db, config } = opts;
  const recent = new RecentSessions(config.sessionReuseMs);
  const cookieName = sessionCookieName(config);
  const allowedOrigin = config.publicUrl ? new URL(config.publicUrl).origin : undefined;

  app.decorateRequest('actor', null as never);
  app.decorateRequest('session', undefined);

  app.addHook('onRequest', async (request) => {
    request.actor = { kind: 'anonymous' };
    request.session = undefined;
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[cookieName];
    if (token) {
      const safe = SAFE_METHODS.has(request.method);
      const tokenHash = sha256(token);
      const now = Date.now();
      let session = safe ? recent.get(tokenHash, now) : undefined;
      if (!session) {
        session = await resolveSession(db, config, token);
        if (session && safe) recent.set(tokenHash, session, now);
      }
      if (session) {
        request.session = session;
        request.actor = session.actor;
      }
    }
    // Every API route needs a session unless it says `config: { public: true }`; checked
    // here, before body validation, so that a stranger learns nothing from a 400.
    const routeConfig = request.routeOptions.config as { public?: boolean } | undefined;
    const known = Boolean(request.routeOptions.url);
    const isDocs = request.url === '/api/docs' || request.url.startsWith('/api/docs/');
    if (known && !isDocs && !routeConfig?.public && request.actor.kind !== 'user') throw new AppError('unauthenticated', 'Sign in to use this');
    if (SAFE_METHODS.has(request.method)) return;
    // A browser always sends Origin on cross-site unsafe requests; refuse other origins.
    const origin = request.headers.origin;
    if (origin && origin !== 'null') {
      const own = allowedOrigin ?? `${request.protocol}://${request.headers.host}`;
      if (origin !== own) throw new AppError('csrf_failed', `Requests from ${origin} are not accepted`);
    }
    if (request.session && request.headers['x-csrf-token'] !== request.session.csrfToken) {
      throw new AppError('csrf_failed', 'Send the x-csrf-token header you received at sign-in');
    }
  });
  // After a state change has committed (or failed), reads look sessions up afresh: it may
  // have ended or changed one (sign-out, password reset, a user's role or organisation).
  app.addHook('onResponse', async (request) => {
    if (!SAFE_METHODS.has(request.method)) recent.clear();
  });
});
