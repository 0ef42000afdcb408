// What sealing the audit chain costs a ledger posting (ADR 0043). Keyed postings as
// bench/fund.ts makes them (16 clients), in rounds that alternate, on one embedded PostgreSQL:
//   sealer          the audit sealer running as in the server (kicked after each posting);
//   no-hash-indexes the same, without the unique indexes on the chain's two hash columns for
//                   the round (an idea measured and not kept: ADR 0043);
//   no-sealer       no sealer (the round's events are sealed after it, outside the measure).
// Each round reports postings/s and, less at the mercy of a shared machine's speed, the CPU a
// posting costs (this process, and every PostgreSQL process of the embedded server: backends,
// WAL writer, autovacuum) and the WAL it writes. Medians over the rounds at the end.
//
//   npx tsx bench/fund-sealing.ts [postings a round=3000] [rounds=6]   (npm run bench -- fund-sealing)
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createKysely } from '../server/db/connect.ts';
import { startEmbeddedServer } from '../server/db/embedded.ts';
import { migrateToLatest } from '../server/db/migrator.ts';
import { AppError } from '../server/infra/errors.ts';
import { AuditSealer, sealPendingAuditEvents } from '../server/modules/audit/audit.seal.ts';
import { postTransactionKeyed } from '../server/modules/fund/fund.service.ts';
import { withIdempotentStatement } from '../server/modules/idempotency/idempotency.service.ts';
import { benchFund, benchInput, benchPeople, runClients } from './fund-setup.ts';
import { countArg } from './args.ts';

const USAGE = 'npx tsx bench/fund-sealing.ts [postings a round=3000] [rounds=6]';
const POSTINGS = countArg(2, 3000, USAGE);
const ROUNDS = countArg(3, 6, USAGE);
const VARIANTS = ['sealer', 'no-hash-indexes', 'no-sealer'] as const;
type Variant = (typeof VARIANTS)[number];

const dir = mkdtempSync(join(tmpdir(), 'entente-bench-sealing-'));
const server = await startEmbeddedServer(dir);
const db = createKysely(server.url('postgres'), 40);

/** CPU milliseconds used so far by every process named postgres on this machine (the bench's server is the only one while it runs). */
function postgresCpuMs(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.split(') ')[1]!.split(' ');
      // utime, stime, and those of its children that have ended.
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      /* gone meanwhile */
    }
  }
  return ticks * (1000 / 100);
}

const walNow = async () => (await sql<{ lsn: string }>`SELECT pg_current_wal_lsn()::text AS lsn`.execute(db)).rows[0]!.lsn;

try {
  await migrateToLatest(db);
  const people = await benchPeople(db);
  const { ctx } = people;

  const round = async (variant: Variant, total: number) => {
    if (variant === 'no-hash-indexes') await sql`DROP INDEX audit_event_prev_hash, audit_event_hash`.execute(db);
    const fund = await benchFund(db, people, `Fund ${randomUUID()}`);
    const sealer = variant === 'no-sealer' ? undefined : new AuditSealer(db, (err) => console.error(err));
    sealer?.start();
    const wal0 = await walNow();
    const node0 = process.cpuUsage();
    const pg0 = postgresCpuMs();
    const r = await runClients(16, total, async (i) => {
      const body = benchInput(fund, people, i);
      try {
        await withIdempotentStatement(db, ctx, { key: randomUUID(), method: 'POST', url: `/api/funds/${fund.id}/transactions`, body }, (key) =>
          postTransactionKeyed(db, ctx, fund.id, body, key),
        );
        return true;
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        return false;
      } finally {
        sealer?.kick();
      }
    });
    await sealer?.stop();
    const node = process.cpuUsage(node0);
    const pgMs = postgresCpuMs() - pg0;
    const { rows } = await sql<{ bytes: string }>`SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), ${wal0}::pg_lsn)::bigint::text AS bytes`.execute(db);
    if (variant === 'no-sealer') await sealPendingAuditEvents(db);
    if (variant === 'no-hash-indexes')
      await sql`CREATE UNIQUE INDEX audit_event_prev_hash ON audit_event (prev_hash) WHERE prev_hash IS NOT NULL;
        CREATE UNIQUE INDEX audit_event_hash ON audit_event (hash) WHERE hash IS NOT NULL`.execute(db);
    return { ...r, nodeMs: (node.user + node.system) / 1000 / total, pgMs: pgMs / total, walBytes: Number(rows[0]!.bytes) / total };
  };

  await round('sealer', 1000); // warm-up
  console.log('| round | variant | postings/s | p99 ms | CPU ms a posting: Node / PostgreSQL / both | WAL bytes a posting |');
  console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
  const results = new Map<Variant, { perSecond: number; cpu: number; wal: number }[]>();
  for (let k = 1; k <= ROUNDS; k++)
    for (const variant of VARIANTS) {
      const r = await round(variant, POSTINGS);
      results.set(variant, [...(results.get(variant) ?? []), { perSecond: r.perSecond, cpu: r.nodeMs + r.pgMs, wal: r.walBytes }]);
      console.log(
        `| ${k} | ${variant} | ${r.perSecond.toFixed(0)} | ${r.p99.toFixed(1)} | ${r.nodeMs.toFixed(2)} / ${r.pgMs.toFixed(2)} / ${(r.nodeMs + r.pgMs).toFixed(2)} | ${r.walBytes.toFixed(0)} |`,
      );
    }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log('\n| variant | median postings/s | median CPU ms a posting | median WAL bytes a posting |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [variant, rs] of results)
    console.log(`| ${variant} | ${median(rs.map((r) => r.perSecond)).toFixed(0)} | ${median(rs.map((r) => r.cpu)).toFixed(2)} | ${median(rs.map((r) => r.wal)).toFixed(0)} |`);
} finally {
  await db.destroy();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
