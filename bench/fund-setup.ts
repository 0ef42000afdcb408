// The fund the ledger benchmarks post to (bench/fund.ts, bench/fund-http.ts, bench/profile-fund.ts): an
// administrative agent, four donors, two partners; a fund with four windows and eight
// projects; and the stream of postings — 40 % deposits from the four donors into the four
// windows, then allocations, transfers and expenditure on the eight projects, smaller than
// what feeds them. And the clients that post them, timed.
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import type { Database } from '../server/db/database.ts';
import type { Ctx } from '../server/infra/actor.ts';
import type { TransactionInput } from '../server/modules/fund/fund.schema.ts';
import { postingReadCounts } from '../server/modules/fund/fund.posting-reads.ts';
import { createFund, createProject, createWindow } from '../server/modules/fund/fund.service.ts';
import { writerCounts } from '../server/modules/fund/fund.writer.ts';

export interface BenchPeople {
  ctx: Ctx;
  userId: string;
  aaOrg: string;
  donors: string[];
  partners: string[];
}

export interface BenchFund {
  id: string;
  windows: string[];
  projects: { id: string; window: string; partner: string }[];
}

export async function benchPeople(db: Kysely<Database>): Promise<BenchPeople> {
  const org = async (name: string, kind: 'state' | 'organisation' | 'partner') =>
    (await db.insertInto('organisation').values({ name, kind, membership_status: 'member' }).returning('id').executeTakeFirstOrThrow()).id;
  const aaOrg = await org('MPTF Office', 'organisation');
  const donors = await Promise.all(['Germany', 'Japan', 'Netherlands', 'Norway'].map((n) => org(n, 'state')));
  const partners = await Promise.all(['UNDP', 'UNICEF'].map((n) => org(n, 'partner')));
  const user = await db
    .insertInto('app_user')
    .values({ email: 'aa@example.org', display_name: 'AA', org_id: aaOrg, role: 'focal_point', password_hash: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ctx: Ctx = { actor: { kind: 'user', userId: user.id, orgId: aaOrg, orgKind: 'organisation', role: 'focal_point', email: 'aa@example.org' } };
  return { ctx, userId: user.id, aaOrg, donors, partners };
}

export async function benchFund(db: Kysely<Database>, people: BenchPeople, name: string): Promise<BenchFund> {
  const { ctx, aaOrg, donors, partners } = people;
  const fund = await createFund(db, ctx, {
    name,
    baseCurrency: 'USD',
    administrativeAgentOrgId: aaOrg,
    aaFeeBp: 100,
    indirectCostBp: 700,
    launchedOn: null,
    sharing: { marking: 'AMBER', audienceOrgIds: [...partners, ...donors], audienceGroupIds: [], recipientUserIds: [] },
  });
  const windows: string[] = [];
  for (let w = 0; w < 4; w++) windows.push((await createWindow(db, ctx, fund.id, { code: `W${w}`, name: `Window ${w}`, purpose: '', sectors: [] })).id);
  const projects: BenchFund['projects'] = [];
  for (let p = 0; p < 8; p++) {
    const window = windows[p % 4]!;
    const partner = partners[p % 2]!;
    projects.push({
      id: (await createProject(db, ctx, fund.id, { windowId: window, partnerOrgId: partner, title: `Project ${p}`, budget: { amountMinor: 10 ** 12, currency: 'USD' } })).id,
      window,
      partner,
    });
  }
  return { id: fund.id, windows, projects };
}

/** The `i`th posting of the stream. */
export function benchInput(fund: BenchFund, people: BenchPeople, i: number): TransactionInput {
  const r = i % 20;
  const project = fund.projects[(i >> 2) % fund.projects.length]!;
  const amount = { amountMinor: 10_000 + (i % 997), currency: 'USD' as const };
  const base = { valueDate: '2016-03-01', amount };
  if (r < 8) return { ...base, kind: 'deposit', donorOrgId: people.donors[i % people.donors.length], windowId: fund.windows[i % fund.windows.length] } as TransactionInput;
  if (r < 13) return { ...base, kind: 'allocation', projectId: project.id, amount: { ...amount, amountMinor: 8_000 } } as TransactionInput;
  if (r < 17) return { ...base, kind: 'transfer', projectId: project.id, amount: { ...amount, amountMinor: 6_000 } } as TransactionInput;
  return { ...base, kind: 'expenditure', projectId: project.id, amount: { ...amount, amountMinor: 4_000 } } as TransactionInput;
}

export interface ClientsRun {
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Calls that the work itself refused (an overdraft, a conflict): counted, not fatal. */
  refused: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * Calls `one(0)` … `one(total - 1)` from `clients` concurrent clients, each taking the next
 * index as soon as its call has ended (a closed loop, as the acceptance's clients do), and
 * times each call. `one` answers false for a call the work refused; anything it throws ends the run.
 */
export async function runClients(clients: number, total: number, one: (i: number) => Promise<boolean>): Promise<ClientsRun> {
  let next = 0;
  let refused = 0;
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        if (!(await one(i))) refused++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: total / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies.at(-1)!, refused };
}

/** How many postings each write statement and each read statement served since this call. */
export function gatheringSince(): () => { perWrite: number; regrouped: number; perRead: number } {
  const written = { ...writerCounts };
  const read = { ...postingReadCounts };
  return () => ({
    perWrite: (writerCounts.postings - written.postings) / (writerCounts.statements - written.statements),
    regrouped: writerCounts.regrouped - written.regrouped,
    perRead: (postingReadCounts.reads - read.reads) / (postingReadCounts.statements - read.statements),
  });
}
