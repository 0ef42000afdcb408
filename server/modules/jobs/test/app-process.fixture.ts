// Test fixture, never shipped as a route: one real app process (buildApp on DATABASE_URL,
// as `entente serve` builds it) plus a job kind the tests can time, defined the way any
// module defines one — through `app.jobs`, with no change to jobs/. Run by
// jobs.processes.test.ts as `node --import tsx app-process.fixture.ts`; prints its port.
import { sql } from 'kysely';
import { z } from 'zod';
import { buildApp } from '../../../app.ts';
import { loadConfig } from '../../../config.ts';
import { openDatabase } from '../../../db/connect.ts';
import { requireUser } from '../../../infra/auth.ts';

const config = loadConfig();
const database = await openDatabase(config);
const db = database.db;
const app = await buildApp(config, db);

// A job that sleeps `steps` × `stepMs` (`stepsOnRetry` on a later attempt, to keep the test
// short), noting each run, then writes its one side effect in the same transaction as its
// completion: a second completion would show as a second row.
const sleepParams = z.object({ steps: z.number().int().min(1).max(1000), stepsOnRetry: z.number().int().min(1).max(1000), stepMs: z.number().int().min(1).max(10_000) });

app.jobs.define({
  kind: 'test.sleep',
  params: sleepParams,
  maxAttempts: 3,
  run: async (_ctx, params, control) => {
    await sql`INSERT INTO test_job_run (job_id, attempt, pid) VALUES (${control.jobId}, ${control.attempt}, ${process.pid})`.execute(db);
    const steps = control.attempt === 1 ? params.steps : params.stepsOnRetry;
    for (let step = 1; step <= steps; step++) {
      await new Promise((resolve) => setTimeout(resolve, params.stepMs));
      control.progress({ done: step, total: steps });
    }
    const result = { pid: process.pid, attempt: control.attempt };
    await db.transaction().execute(async (trx) => {
      await sql`INSERT INTO test_job_effect (job_id, attempt, pid) VALUES (${control.jobId}, ${control.attempt}, ${process.pid})`.execute(trx);
      await control.completeIn(trx, result);
    });
    return result;
  },
});

app.post('/api/test/sleep-jobs', { schema: { body: sleepParams } }, async (req, reply) => reply.code(202).send(await app.jobs.start(requireUser(req), 'test.sleep', req.body)));

await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
console.log(`listening on ${typeof address === 'object' && address ? address.port : ''} pid ${process.pid}`);

process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => database.close())
    .finally(() => process.exit(0));
});
