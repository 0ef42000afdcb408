// What `entente serve` does: open and migrate the database, load the demo on a first
// start, build the app, listen, and shut everything down cleanly on a signal.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { assertSharedEntitiesInstalled } from './modules/sharing/sharing.service.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/connect.ts';
import { AuditCheckpoints, sealPendingAuditEvents } from './modules/audit/audit.seal.ts';
import { purgeExpiredSessions, purgeOldSignInFailures } from './modules/auth/auth.service.ts';
import { DEMO_PASSWORD, DEMO_USERS, isDatabaseEmpty, loadDemo } from './seed/demo.ts';

export async function startServer(
  config: Config,
  log: (line: string) => void = console.log,
): Promise<{
  app: FastifyInstance;
  address: string;
  stop: () => Promise<void>;
}> {
  const database = await openDatabase(config);
  let app: FastifyInstance | undefined;
  let sweeper: NodeJS.Timeout | undefined;
  // The chain's head, appended to a file outside the database now and then (audit.seal.ts).
  const checkpoints = new AuditCheckpoints(database.db, config);
  const stop = async () => {
    if (sweeper) clearInterval(sweeper);
    await app?.close();
    await checkpoints.stop();
    await database.close();
  };
  try {
    let demoLoaded = false;
    if (config.loadDemo && (await isDatabaseEmpty(database.db))) {
      const { members } = await loadDemo(database.db, config.demoFile);
      await sealPendingAuditEvents(database.db);
      log(`Loaded the demo coalition (${members} members) into the new database.`);
      demoLoaded = true;
    }
    app = await buildApp(config, database.db);
    // Every shared entity a module registered has its clean-up trigger in the database (ADR 0012).
    await assertSharedEntitiesInstalled(database.db);
    await app.listen({ port: config.port, host: config.host });
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.port;
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const address = config.publicUrl ?? `http://${shownHost}:${port}`;
    sweeper = setInterval(() => {
      void purgeExpiredSessions(database.db, config).catch(() => {});
      void purgeOldSignInFailures(database.db, config).catch(() => {});
    }, 10 * 60_000);
    sweeper.unref();
    log(`\nEntente is running at ${address}`);
    log(`API docs: ${address}/api/docs`);
    checkpoints.start();
    log(`Database: ${database.location}`);
    if (demoLoaded || config.loadDemo) {
      log(`\nDemo sign-in (password for every demo user: ${DEMO_PASSWORD}):`);
      for (const u of DEMO_USERS) log(`  ${u.email.padEnd(30)} ${u.role.padEnd(12)} ${u.org}`);
    }
    return { app, address, stop };
  } catch (err) {
    await stop().catch(() => {});
    throw err;
  }
}
