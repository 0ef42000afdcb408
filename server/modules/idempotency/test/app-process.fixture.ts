// Test fixture, never shipped: one real app process (buildApp on DATABASE_URL, as `entente
// serve` builds it) with the idempotency fixture route, every request held open for
// HOLD_MS (so the crash test can kill it mid-request). Run by idempotency.processes.test.ts
// as `node --import tsx app-process.fixture.ts`; prints its port.
import { buildApp } from '../../../app.ts';
import { loadConfig } from '../../../config.ts';
import { openDatabase } from '../../../db/connect.ts';
import { idempotencyFixture } from './idempotency.fixture.ts';

const config = loadConfig();
const database = await openDatabase(config);
const app = await buildApp(config, database.db, { modules: [idempotencyFixture(database.db, { holdMs: Number(process.env.HOLD_MS ?? 0) })] });

await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
console.log(`listening on ${typeof address === 'object' && address ? address.port : ''} pid ${process.pid}`);

process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => database.close())
    .finally(() => process.exit(0));
});
