// The fund the ledger benchmarks post to (bench/fund.ts, bench/profile-fund.ts): an
// administrative agent, four donors, two partners; a fund with four windows and eight
// projects; and the stream of postings — 40 % deposits from the four donors into the four
// windows, then allocations, transfers and expenditure on the eight projects, smaller than
// what feeds them.
import type { Kysely } from 'kysely';
import type { Database } from '../server/db/database.ts';
import type { Ctx } from '../server/infra/actor.ts';
import type { TransactionInput } from '../server/modules/fund/fund.schema.ts';
import { createFund, createProject, createWindow } from '../server/modules/fund/fund.service.ts';

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
