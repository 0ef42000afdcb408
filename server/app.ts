// buildApp(config, db): infrastructure plugins first, then the modules, listed explicitly.
// It does not listen: main.ts does, and tests use app.inject or listen on port 0.
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { compressPlugin } from './infra/compress.ts';
import { clientErrorHandler, errorHandlerPlugin, frameworkErrorHandler } from './infra/error-handler.ts';
import { inputPlugin, inputValidatorCompiler, parseQueryString } from './infra/input.ts';
import { openapiPlugin } from './infra/openapi.ts';
import { securityHeadersPlugin } from './infra/security.ts';
import { responseSerializerCompiler } from './infra/serialize.ts';
import { UploadReceiver } from './infra/uploads.ts';
import { webPlugin } from './infra/web.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { AuditSealer } from './modules/audit/audit.seal.ts';
import { authPlugin, sessionCookieName } from './modules/auth/auth.hook.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { contributionsRoutes } from './modules/contributions/contributions.routes.ts';
import { needsRoutes } from './modules/needs/needs.routes.ts';
import { meetingBriefRoutes } from './modules/meetings/meetings.brief.routes.ts';
import { meetingsRoutes } from './modules/meetings/meetings.routes.ts';
import { meetingMinutesRoutes } from './modules/meetings/meetings.minutes.routes.ts';
import { analyticsRoutes } from './modules/analytics/analytics.routes.ts';
import { DocumentFiles } from './modules/documents/documents.service.ts';
import { documentsRoutes } from './modules/documents/documents.routes.ts';
import { exchangeRatesRoutes } from './modules/exchange-rates/exchange-rates.routes.ts';
import { frameworkRoutes } from './modules/framework/framework.routes.ts';
import { fundRoutes } from './modules/fund/fund.routes.ts';
import { homeRoutes } from './modules/home/home.routes.ts';
import { savedViewsRoutes } from './modules/saved-views/saved-views.routes.ts';
import { indicatorsRoutes } from './modules/indicators/indicators.routes.ts';
import { tileFileRoutes } from './modules/indicators/indicators.tile-export.routes.ts';
import { type InterchangeContext, interchangeRoutes } from './modules/interchange/interchange.routes.ts';
import { jobsRoutes } from './modules/jobs/jobs.routes.ts';
import { Jobs } from './modules/jobs/jobs.worker.ts';
import { locationsRoutes } from './modules/locations/locations.routes.ts';
import { membersRoutes } from './modules/members/members.routes.ts';
import { usersRoutes } from './modules/users/users.routes.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Starts jobs and defines job kinds (modules get it as an option; fixtures through the app). */
    jobs: Jobs;
  }
}

export interface BuildOptions {
  logger?: boolean;
  /**
   * More modules, registered after the built-in ones like any of them (a test's fixture module:
   * it registers its shared entity, interchange spec and job kinds from its own plugin).
   */
  modules?: ((app: FastifyInstance) => Promise<void>)[];
}

export async function buildApp(config: Config, db: Kysely<Database>, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger === false ? false : { level: config.logLevel },
    // Behind one reverse proxy (PUBLIC_URL set), trust its hop only: request.ip is the address
    // that proxy saw, not the left of X-Forwarded-For, which any client can write (and would
    // otherwise slip past the per-address sign-in limit).
    // proxy-addr calls this for each hop from the socket outwards; hop 0 is the proxy itself.
    trustProxy: config.publicUrl ? (_address: string, hop: number) => hop < 1 : false,
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    // Bad input is refused at the edge (infra/input.ts): query strings that are not UTF-8,
    // paths Fastify cannot decode, unknown body fields, NUL and lone surrogates.
    routerOptions: { querystringParser: parseQueryString },
    frameworkErrors: frameworkErrorHandler,
    // Requests Node refuses before Fastify sees them (headers over 16 KB, bad HTTP, too slow).
    clientErrorHandler,
  });
  app.setValidatorCompiler(inputValidatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler(config.checkResponses));
  // Set before anything can fail, so that every answer, an error too, names its request.
  // (Hooks here and in infra/ take `done` rather than being async where they do not wait
  // for anything: an async hook costs a promise and a turn of the queue per request.)
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });

  // Chains audit events shortly after each write; sealed to the end when the app closes.
  const sealer = new AuditSealer(db, (err) => app.log.error({ err }, 'audit sealer failed'));
  sealer.start();
  app.addHook('onResponse', (request, _reply, done) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') sealer.kick();
    done();
  });
  app.addHook('onClose', async () => sealer.stop());

  // Runs jobs of the kinds the modules define, claimed with a lease beside other processes.
  const jobs = new Jobs(db, { dataDir: config.dataDir, leaseSeconds: config.jobLeaseSeconds, retentionDays: config.jobRetentionDays, log: app.log });
  app.decorate('jobs', jobs);
  app.addHook('onReady', async () => jobs.startWorker());
  app.addHook('onClose', async () => jobs.stop());

  await app.register(errorHandlerPlugin);
  await app.register(securityHeadersPlugin);
  await app.register(inputPlugin);
  // Before every route: it compresses the answers of the routes registered after it.
  await app.register(compressPlugin);
  await app.register(cookie);
  // Routes take files only through infra/uploads.ts (size, stall and concurrency limits).
  await app.register(multipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 5, parts: 10, headerPairs: 20 } });
  const receiver = new UploadReceiver({ maxConcurrent: config.maxConcurrentUploads, stallMs: config.uploadStallMs });
  await app.register(openapiPlugin);
  await app.register(authPlugin, { db, config });

  const files = new DocumentFiles(join(config.dataDir, 'files'));
  await app.register(authRoutes, { db, config });
  await app.register(membersRoutes, { db });
  await app.register(usersRoutes, { db });
  await app.register(frameworkRoutes, { db });
  await app.register(locationsRoutes, { db, jobs, receiver, dataDir: config.dataDir, maxImportBytes: config.maxImportBytes });
  await app.register(documentsRoutes, { db, files, receiver, maxUploadBytes: config.maxUploadBytes });
  // Imports and exports: each entity's plugin registers its spec (registerInterchange) with this context.
  const interchange: InterchangeContext = { db, jobs, dataDir: config.dataDir, maxImportBytes: config.maxImportBytes, receiver };
  app.decorate('interchange', interchange);
  await app.register(interchangeRoutes);
  await app.register(contributionsRoutes, { db });
  await app.register(needsRoutes, { db });
  await app.register(exchangeRatesRoutes, { db });
  await app.register(fundRoutes, { db });
  await app.register(meetingsRoutes, { db });
  await app.register(meetingBriefRoutes, { db, chromiumPath: config.chromiumPath, pdfTimeoutMs: config.pdfTimeoutMs });
  await app.register(meetingMinutesRoutes, { db });
  await app.register(indicatorsRoutes, { db });
  await app.register(tileFileRoutes, { db, chromiumPath: config.chromiumPath, pdfTimeoutMs: config.pdfTimeoutMs });
  await app.register(analyticsRoutes, { db });
  await app.register(jobsRoutes, { db, dataDir: config.dataDir });
  await app.register(auditRoutes, { db });
  await app.register(homeRoutes, { db });
  await app.register(savedViewsRoutes, { db });
  for (const module of opts.modules ?? []) await app.register(module);
  app.get('/api/health', { schema: { hide: true }, config: { public: true } }, async () => ({ ok: true }));

  await app.register(webPlugin, { hasSession: (request) => Boolean(request.cookies[sessionCookieName(config)]) });
  return app;
}
