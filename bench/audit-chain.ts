// What the hash-chained audit log costs a write. Runs the same transactional write
// (insert a document and its audience row) with and without the audit append and its
// sealing, at several concurrencies, on a fresh embedded PostgreSQL, and prints writes/s
// and the ratio.
//
//   npx tsx bench/audit-chain.ts [writesPerRun=2000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import { createKysely } from '../server/db/connect.ts';
import type { Database } from '../server/db/database.ts';
import { startEmbeddedServer } from '../server/db/embedded.ts';
import { migrateToLatest } from '../server/db/migrator.ts';
import type { Ctx } from '../server/infra/actor.ts';
import { recordAudit } from '../server/modules/audit/audit.service.ts';
import { AuditSealer, sealPendingAuditEvents } from '../server/modules/audit/audit.seal.ts';
import { verifyAuditChain } from '../server/modules/audit/audit.verify.ts';
import { countArg } from './args.ts';

const total = countArg(2, 2000, 'npx tsx bench/audit-chain.ts [writesPerRun=2000]');
const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
const server = await startEmbeddedServer(dir);
const db: Kysely<Database> = createKysely(server.url('postgres'), 40);

try {
  await migrateToLatest(db);
  const org = await db.insertInto('organisation').values({ name: 'Bench', kind: 'state', membership_status: 'member' }).returning('id').executeTakeFirstOrThrow();
  const user = await db
    .insertInto('app_user')
    .values({ email: 'bench@example.org', display_name: 'Bench', org_id: org.id, role: 'focal_point', password_hash: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ctx: Ctx = { actor: { kind: 'user', userId: user.id, orgId: org.id, orgKind: 'state', role: 'focal_point', email: 'bench@example.org' } };

  const write = async (i: number, audited: boolean) => {
    await db.transaction().execute(async (trx) => {
      const doc = await trx
        .insertInto('document')
        .values({ title: `Bench ${i}`, kind: 'report', document_date: '2015-01-22', body: 'x', owner_org_id: org.id, marking: 'AMBER', created_by: user.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('share_audience').values({ entity: 'document', row_id: doc.id, org_id: org.id, group_id: null }).execute();
      if (audited) await recordAudit(trx, ctx, { action: 'document.create', entity: 'document', entityId: doc.id, after: { title: `Bench ${i}` } });
    });
  };

  // The audited run includes the sealer, as the server runs it (kicked after each write),
  // and its time runs until the last event is chained.
  const run = async (concurrency: number, audited: boolean) => {
    let next = 0;
    const sealer = audited ? new AuditSealer(db, (err) => console.error(err)) : undefined;
    sealer?.start();
    const start = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total) {
          await write(next++, audited);
          sealer?.kick();
        }
      }),
    );
    await sealer?.stop();
    return total / ((performance.now() - start) / 1000);
  };

  console.log(`| concurrency | without audit (writes/s) | with audit (writes/s) | ratio |`);
  console.log(`| ---: | ---: | ---: | ---: |`);
  for (const concurrency of [1, 4, 16, 32]) {
    await run(concurrency, false); // warm-up of this concurrency
    const plain = await run(concurrency, false);
    const audited = await run(concurrency, true);
    console.log(`| ${concurrency} | ${plain.toFixed(0)} | ${audited.toFixed(0)} | ${(audited / plain).toFixed(2)} |`);
  }
  await sealPendingAuditEvents(db);
  const start = performance.now();
  const verified = await verifyAuditChain(db);
  console.log(`\naudit verify: ${verified.events} events in ${((performance.now() - start) / 1000).toFixed(2)} s (${verified.ok ? 'ok' : 'BROKEN'})`);
} finally {
  await db.destroy();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
