// buildTestApp: the real app on a fresh database, driven through app.inject.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';
import { type TestDatabase, freshDatabase } from './database.ts';

export interface TestApp extends TestDatabase {
  app: FastifyInstance;
  config: Config;
  close: () => Promise<void>;
}

export async function buildTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await freshDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'entente-app-'));
  // Tests change sessions and users straight in the database and expect the next read to
  // see it, as another process's change is seen after SESSION_REUSE_MS: reuse is off here
  // unless a test turns it on (modules/auth/auth.session-reuse.test.ts). Every answer is checked
  // against its zod schema, which production skips (ADR 0011).
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', LOAD_DEMO: 'false', SESSION_REUSE_MS: '0', CHECK_RESPONSES: 'true', ...env });
  // The app runs as its own role, as the server does; the test keeps the owner's `db`.
  const app = await buildApp(config, database.appDb, { logger: false });
  await app.ready();
  return {
    ...database,
    app,
    config,
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in browser: keeps the session cookie and sends the CSRF token. */
export interface Session {
  cookie: string;
  csrfToken: string;
  inject: (opts: InjectOptions) => Promise<LightMyRequestResponse>;
}

export async function signIn(app: FastifyInstance, email: string, password: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies[0]!;
  const cookie = `${setCookie.name}=${setCookie.value}`;
  const csrfToken = res.json().csrfToken as string;
  return {
    cookie,
    csrfToken,
    inject: (opts) => app.inject({ ...opts, headers: { cookie, 'x-csrf-token': csrfToken, ...(opts.headers ?? {}) } }),
  };
}
