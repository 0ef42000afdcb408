// scratch A/B: keyed postings, variants alternating in one server
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKysely } from '../server/db/connect.ts';
import { startEmbeddedServer } from '../server/db/embedded.ts';
import { migrateToLatest } from '../server/db/migrator.ts';
import { AppError } from '../server/infra/errors.ts';
import { AuditSealer } from '../server/modules/audit/audit.seal.ts';
import { postTransactionKeyed } from '../server/modules/fund/fund.service.ts';
import { withIdempotentStatement } from '../server/modules/idempotency/idempotency.service.ts';
import { benchFund, benchInput, benchPeople, runClients } from './fund-setup.ts';
const N = Number(process.argv[2] ?? 4000); const ROUNDS = Number(process.argv[3] ?? 3);
const variants = (process.argv[4] ?? 'sealer,nosealer').split(',');
const server = await startEmbeddedServer(mkdtempSync(join(tmpdir(), 'entente-bench-ab-')));
const db = createKysely(server.url('postgres'), 40);
await migrateToLatest(db);
const people = await benchPeople(db); const { ctx } = people;
const run = async (variant: string, total: number) => {
  const fund = await benchFund(db, people, `F ${randomUUID()}`);
  const sealer = variant === 'nosealer' ? null : new AuditSealer(db, (e) => console.error(e), variant.startsWith('delay') ? Number(variant.slice(5)) : 20);
  sealer?.start();
  (globalThis as any).__variant = variant;
  const r = await runClients(16, total, async (i) => {
    const body = benchInput(fund, people, i);
    try { await withIdempotentStatement(db, ctx, { key: randomUUID(), method: 'POST', url: `/api/funds/${fund.id}/transactions`, body }, (key) => postTransactionKeyed(db, ctx, fund.id, body, key)); return true; }
    catch (err) { if (!(err instanceof AppError)) throw err; return false; } finally { sealer?.kick(); }
  });
  await sealer?.stop();
  return r;
};
await run(variants[0]!, 1000);
const res: Record<string, number[]> = {};
for (let k = 0; k < ROUNDS; k++) for (const v of variants) {
  const r = await run(v, N); (res[v] ??= []).push(r.perSecond);
  console.log(`${v}\t${r.perSecond.toFixed(0)}/s\tp50 ${r.p50.toFixed(1)}\tp99 ${r.p99.toFixed(1)}`);
}
for (const [v, xs] of Object.entries(res)) console.log(v, 'median', xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0));
await db.destroy(); await server.stop();
