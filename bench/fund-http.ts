// The fund's ledger under load through HTTP (issue 12): the postings of bench/fund.ts sent by 16
// concurrent clients as `POST /api/funds/:id/transactions` with an Idempotency-Key, to the app
// as `entente serve` builds it (buildApp, its own embedded PostgreSQL, the audit sealer), over
// real sockets: the session look-up, CSRF check, validation, the posting and its answer, each
// request's. The clients (fetch, keep-alive) run in the same process as the server, so their own
// work shares its CPU. Reports postings per second, latency, how many postings each write
// statement and each read statement served (fund.writer.ts, fund.posting-reads.ts).
//
//   npx tsx bench/fund-http.ts [postings=5000]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/connect.ts';
import { hashPassword } from '../server/modules/auth/passwords.ts';
import { benchFund, benchInput, benchPeople, gatheringSince, runClients } from './fund-setup.ts';
import { countArg } from './args.ts';

const POSTINGS = countArg(2, 5000, 'npx tsx bench/fund-http.ts [postings=5000]');
const CLIENTS = 16;
const PASSWORD = 'bench-password-1234';

const dir = mkdtempSync(join(tmpdir(), 'entente-bench-fund-http-'));
// Its own embedded PostgreSQL in a temporary directory, whatever DATABASE_URL says: never a real database.
const config = loadConfig({ DATA_DIR: dir, LOAD_DEMO: 'false', LOG_LEVEL: 'warn', PORT: '0' });
const database = await openDatabase(config);
const app = await buildApp(config, database.db);

try {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const people = await benchPeople(database.db);
  await database.db
    .updateTable('app_user')
    .set({ password_hash: await hashPassword(PASSWORD) })
    .where('id', '=', people.userId)
    .execute();
  const signIn = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'aa@example.org', password: PASSWORD }),
  });
  if (signIn.status !== 200) throw new Error(`sign-in: ${signIn.status} ${await signIn.text()}`);
  const headers = {
    'content-type': 'application/json',
    cookie: signIn.headers.get('set-cookie')!.split(';')[0]!,
    'x-csrf-token': ((await signIn.json()) as { csrfToken: string }).csrfToken,
  };

  const run = async (total: number) => {
    const fund = await benchFund(database.db, people, `Fund ${randomUUID()}`);
    const url = `${base}/api/funds/${fund.id}/transactions`;
    const gathered = gatheringSince();
    const r = await runClients(CLIENTS, total, async (i) => {
      const res = await fetch(url, { method: 'POST', headers: { ...headers, 'idempotency-key': randomUUID() }, body: JSON.stringify(benchInput(fund, people, i)) });
      await res.arrayBuffer();
      if (res.status === 409 || res.status === 422) return false;
      if (res.status !== 201) throw new Error(`posting ${i}: ${res.status}`);
      return true;
    });
    return { ...r, ...gathered() };
  };

  await run(Math.min(1000, POSTINGS)); // warm-up
  const r = await run(POSTINGS);
  console.log(
    `| keyed postings over HTTP (${CLIENTS} clients, audit included) | transactions/s | p50 ms | p99 ms | max ms | refused | postings a write statement | postings a read statement |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(
    `| ${POSTINGS} postings | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} | ${r.refused} | ${r.perWrite.toFixed(1)} | ${r.perRead.toFixed(1)} |`,
  );
} finally {
  await app.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
