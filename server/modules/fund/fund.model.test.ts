// Model-based property test of the ledger, against PostgreSQL: random sequences of up to 200
// postings of every kind (amounts small, large, and fractions of the balance they draw on, so
// that many land exactly on or just past it), each run against an independent model written
// here from ADR 0015 — its own account names, fee rounding and overdraft rule. After every
// command the service must have done what the model says (posted these entries, or refused),
// the running balances and the sums of the entries must both equal the model's balances, and
// debits must equal credits.
//
// Speed: each run is one database transaction, rolled back at its end, each command in a
// savepoint (a refused posting rolls back to it), with the deferred balance check made
// immediate (SET CONSTRAINTS ALL IMMEDIATE) so that it runs for every command. Runs are spread over LANES funds, each on its
// own connection, so that lanes never wait on each other's balance rows. FUND_MODEL_RUNS sets
// the number of runs. The suite's default is 120 (about a minute, as the suite runs twice in CI);
// the 1,000 runs are `FUND_MODEL_RUNS=1000 npx vitest run server/modules/fund/fund.model.test.ts`
// (478 s on the final code, ADR 0015). The time is printed.
import { sql } from 'kysely';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { AppError } from '../../infra/errors.ts';
import { type TestDatabase, freshDatabase } from '../../test/database.ts';
import { buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFund, createProject, createWindow, postTransactionIn } from './fund.service.ts';

const RUNS = Number(process.env.FUND_MODEL_RUNS ?? 120);
const LANES = Number(process.env.FUND_MODEL_LANES ?? 8);
const MAX_COMMANDS = 200;
const FEE_BP = 137; // 1.37 %: most fees round, some exactly half

let t: TestDatabase;
let ctx: Ctx;
const donors: string[] = [];
const partners: string[] = [];
interface World {
  fundId: string;
  windows: (string | null)[];
  projects: { id: string; windowId: string | null; partnerOrgId: string }[];
}
const worlds: World[] = [];

beforeAll(async () => {
  t = await freshDatabase();
  const aaOrg = await buildOrganisation(t.db, { name: 'MPTF Office', kind: 'organisation' });
  const user = await buildUser(t.db, aaOrg.id);
  ctx = { actor: { kind: 'user', userId: user.id, orgId: aaOrg.id, orgKind: 'organisation', role: 'focal_point', email: user.email } };
  for (const name of ['Germany', 'Netherlands', 'Norway']) donors.push((await buildOrganisation(t.db, { name })).id);
  for (const name of ['UNDP', 'UNICEF']) partners.push((await buildOrganisation(t.db, { name, kind: 'partner' })).id);
  for (let lane = 0; lane < LANES; lane++) {
    const fund = await createFund(t.appDb, ctx, {
      name: `Fund ${lane}`,
      baseCurrency: 'USD',
      administrativeAgentOrgId: aaOrg.id,
      aaFeeBp: FEE_BP,
      indirectCostBp: 700,
      launchedOn: null,
      sharing: { marking: 'GREEN', audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] },
    });
    const w1 = (await createWindow(t.appDb, ctx, fund.id, { code: 'W1', name: 'Public works', purpose: '', sectors: [] })).id;
    const w2 = (await createWindow(t.appDb, ctx, fund.id, { code: 'W2', name: 'Livelihoods', purpose: '', sectors: [] })).id;
    const projects = [];
    for (const [windowId, partnerOrgId] of [
      [w1, partners[0]!],
      [w2, partners[1]!],
      [null, partners[0]!],
    ] as const) {
      const p = await createProject(t.appDb, ctx, fund.id, { windowId, partnerOrgId, title: `Project ${projects.length}`, budget: { amountMinor: 1, currency: 'USD' } });
      projects.push({ id: p.id, windowId, partnerOrgId });
    }
    worlds.push({ fundId: fund.id, windows: [w1, w2, null], projects });
  }
}, 60_000);
afterAll(async () => t?.drop());

// ------------------------------------------------------------------ the independent model

/** How much a command moves: an absolute amount, or a share (in %) of the balance it draws on. */
type Size = { minor: number } | { percent: number };
type Command =
  | { kind: 'deposit'; donor: number; window: number; size: Size }
  | { kind: 'pledge' | 'commitment'; donor: number; size: Size }
  | { kind: 'interest'; window: number; size: Size }
  | { kind: 'partnerInterest'; project: number; size: Size }
  | { kind: 'allocation' | 'transfer' | 'expenditure' | 'partnerRefund'; project: number; size: Size }
  | { kind: 'donorRefund'; donor: number; window: number; size: Size }
  | { kind: 'fee'; feeKind: 'bank' | 'audit'; window: number; size: Size }
  | { kind: 'reversal'; pick: number };

const size: fc.Arbitrary<Size> = fc.oneof(
  fc.record({ minor: fc.integer({ min: 1, max: 1000 }) }),
  fc.record({ minor: fc.integer({ min: 1, max: 10_000_000_000 }) }),
  fc.record({ percent: fc.integer({ min: 1, max: 120 }) }),
  fc.constant({ percent: 100 }),
);
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('deposit' as const), donor: fc.nat(2), window: fc.nat(2), size }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('pledge' as const, 'commitment' as const), donor: fc.nat(2), size }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('interest' as const), window: fc.nat(2), size }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('partnerInterest' as const), project: fc.nat(2), size }) },
  {
    weight: 8,
    arbitrary: fc.record({ kind: fc.constantFrom('allocation' as const, 'transfer' as const, 'expenditure' as const, 'partnerRefund' as const), project: fc.nat(2), size }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('donorRefund' as const), donor: fc.nat(2), window: fc.nat(2), size }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('fee' as const), feeKind: fc.constantFrom('bank' as const, 'audit' as const), window: fc.nat(2), size }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reversal' as const), pick: fc.nat(1000) }) },
);

type Line = [account: string, amount: bigint];

class Model {
  balances = new Map<string, bigint>();
  posted: { id: string; lines: Line[]; reversal: boolean; reversed: boolean }[] = [];
  constructor(readonly world: World) {}

  balance = (account: string) => this.balances.get(account) ?? 0n;

  /** Credit accounts (never above zero): sources and the pledged/committed memoranda; every other is a debit account (never below zero). */
  static isCredit = (account: string) =>
    account.startsWith('source:') || ((account.startsWith('pledge:') || account.startsWith('commitment:')) && !account.endsWith(':receivable'));

  /** Would these lines leave every account on its side of zero? */
  fits(lines: Line[]) {
    const after = new Map<string, bigint>();
    for (const [a, v] of lines) after.set(a, (after.get(a) ?? this.balance(a)) + v);
    return [...after].every(([a, v]) => (Model.isCredit(a) ? v <= 0n : v >= 0n));
  }

  apply(id: string, lines: Line[], reversal: boolean) {
    for (const [a, v] of lines) this.balances.set(a, this.balance(a) + v);
    this.posted.push({ id, lines, reversal, reversed: false });
  }
}

/** The fee on a deposit, half to even, computed without BigInt division helpers. */
function feeOf(amount: bigint): bigint {
  const product = amount * BigInt(FEE_BP);
  const whole = product / 10_000n;
  const rest = product - whole * 10_000n;
  if (rest > 5_000n) return whole + 1n;
  if (rest < 5_000n) return whole;
  return whole % 2n === 0n ? whole : whole + 1n;
}

function amountOf(s: Size, drawsOn: bigint): bigint {
  if ('minor' in s) return BigInt(s.minor);
  const base = drawsOn < 0n ? -drawsOn : drawsOn;
  const a = (base * BigInt(s.percent)) / 100n;
  return a > 0n ? (a > 1_000_000_000_000_000n ? 1_000_000_000_000_000n : a) : 1n;
}

/** What the model expects: the request, and the lines it posts (or the reason it must be refused). */
function expectation(m: Model, c: Command): { input: Record<string, unknown> | null; lines: Line[]; refused: boolean } {
  const w = m.world;
  const win = (i: number) => `aa:window:${w.windows[i] ?? 'unearmarked'}`;
  const usd = (a: bigint) => ({ amountMinor: Number(a), currency: 'USD' });
  const date = '2016-01-01';
  let lines: Line[];
  let input: Record<string, unknown>;
  if (c.kind === 'reversal') {
    if (!m.posted.length) return { input: null, lines: [], refused: true };
    const target = m.posted[c.pick % m.posted.length]!;
    input = { kind: 'reversal', valueDate: date, reversesId: target.id };
    lines = target.lines.map(([a, v]) => [a, -v]);
    return { input, lines, refused: target.reversal || target.reversed || !m.fits(lines) };
  }
  const project = 'project' in c ? w.projects[c.project]! : null;
  const pa = project ? `aa:project:${project.id}` : '';
  const pp = project ? `partner:${project.partnerOrgId}:project:${project.id}` : '';
  switch (c.kind) {
    case 'deposit': {
      const a = amountOf(c.size, 0n);
      const fee = feeOf(a);
      input = { kind: 'deposit', valueDate: date, donorOrgId: donors[c.donor], windowId: w.windows[c.window], amount: usd(a) };
      lines = [
        [win(c.window), a],
        [`source:donor:${donors[c.donor]}`, -a],
      ];
      if (fee > 0n) lines.push(['fee:aa', fee], [win(c.window), -fee]);
      break;
    }
    case 'pledge':
    case 'commitment': {
      const a = amountOf(c.size, 0n);
      input = { kind: c.kind, valueDate: date, donorOrgId: donors[c.donor], amount: usd(a) };
      lines = [
        [`${c.kind}:donor:${donors[c.donor]}:receivable`, a],
        [`${c.kind}:donor:${donors[c.donor]}`, -a],
      ];
      break;
    }
    case 'interest': {
      const a = amountOf(c.size, 0n);
      input = { kind: 'interest', valueDate: date, windowId: w.windows[c.window], amount: usd(a) };
      lines = [
        [win(c.window), a],
        ['source:interest:fund', -a],
      ];
      break;
    }
    case 'partnerInterest': {
      const a = amountOf(c.size, 0n);
      input = { kind: 'interest', valueDate: date, projectId: project!.id, amount: usd(a) };
      lines = [
        [pp, a],
        ['source:interest:partner', -a],
      ];
      break;
    }
    case 'allocation': {
      const from = `aa:window:${project!.windowId ?? 'unearmarked'}`;
      const a = amountOf(c.size, m.balance(from));
      input = { kind: 'allocation', valueDate: date, projectId: project!.id, amount: usd(a) };
      lines = [
        [pa, a],
        [from, -a],
      ];
      break;
    }
    case 'transfer': {
      const a = amountOf(c.size, m.balance(pa));
      input = { kind: 'transfer', valueDate: date, projectId: project!.id, amount: usd(a) };
      lines = [
        [pp, a],
        [pa, -a],
      ];
      break;
    }
    case 'expenditure': {
      const a = amountOf(c.size, m.balance(pp));
      input = { kind: 'expenditure', valueDate: date, projectId: project!.id, amount: usd(a) };
      lines = [
        [`use:expenditure:project:${project!.id}`, a],
        [pp, -a],
      ];
      break;
    }
    case 'partnerRefund': {
      const a = amountOf(c.size, m.balance(pp));
      input = { kind: 'refund', valueDate: date, projectId: project!.id, amount: usd(a) };
      lines = [
        [pa, a],
        [pp, -a],
      ];
      break;
    }
    case 'donorRefund': {
      const donor = `source:donor:${donors[c.donor]}`;
      const a = amountOf(c.size, m.balance(donor));
      input = { kind: 'refund', valueDate: date, donorOrgId: donors[c.donor], windowId: w.windows[c.window], amount: usd(a) };
      lines = [
        [donor, a],
        [win(c.window), -a],
      ];
      break;
    }
    case 'fee': {
      const a = amountOf(c.size, m.balance(win(c.window)));
      input = { kind: 'fee', valueDate: date, feeKind: c.feeKind, windowId: w.windows[c.window], amount: usd(a) };
      lines = [
        [`fee:${c.feeKind}`, a],
        [win(c.window), -a],
      ];
      break;
    }
  }
  return { input, lines, refused: !m.fits(lines) };
}

// ------------------------------------------------------------------ the property

async function databaseBalances(trx: Db, fundId: string) {
  const { rows } = await sql<{ source: string; account: string; total: string }>`
    SELECT 'running' AS source, account, sum(balance_minor)::text AS total FROM fund_balance WHERE fund_id = ${fundId} GROUP BY account HAVING sum(balance_minor) <> 0
    UNION ALL
    SELECT 'entries', account, sum(amount_minor)::text FROM fund_entry WHERE fund_id = ${fundId} GROUP BY account HAVING sum(amount_minor) <> 0
    UNION ALL
    SELECT 'debits-credits', '', coalesce(sum(amount_minor), 0)::text FROM fund_entry WHERE fund_id = ${fundId}`.execute(trx);
  const running = new Map<string, bigint>();
  const entries = new Map<string, bigint>();
  let net = 0n;
  for (const r of rows) {
    if (r.source === 'running') running.set(r.account, BigInt(r.total));
    else if (r.source === 'entries') entries.set(r.account, BigInt(r.total));
    else net = BigInt(r.total);
  }
  return { running, entries, net };
}

const nonZero = (m: Map<string, bigint>) => new Map([...m].filter(([, v]) => v !== 0n).sort(([a], [b]) => (a < b ? -1 : 1)));
const sorted = (m: Map<string, bigint>) => new Map([...m].sort(([a], [b]) => (a < b ? -1 : 1)));

class Rollback extends Error {}

async function runCommands(world: World, commands: Command[]) {
  const model = new Model(world);
  await t.appDb
    .transaction()
    .execute(async (trx) => {
      // The deferred check (each transaction's entries balance) then runs at the end of every
      // statement that inserts entries, instead of at a commit this run never reaches.
      await sql`SET CONSTRAINTS ALL IMMEDIATE`.execute(trx);
      for (const [step, c] of commands.entries()) {
        const { input, lines, refused } = expectation(model, c);
        if (!input) continue;
        await sql`SAVEPOINT step`.execute(trx);
        let posted: Awaited<ReturnType<typeof postTransactionIn>> | undefined;
        let error: unknown;
        try {
          posted = await postTransactionIn(trx, ctx, world.fundId, input as never);
          await sql`RELEASE SAVEPOINT step`.execute(trx);
        } catch (err) {
          error = err;
          await sql`ROLLBACK TO SAVEPOINT step`.execute(trx);
        }
        const where = `step ${step}: ${JSON.stringify(c)}`;
        if (refused) {
          expect(posted, where).toBeUndefined();
          expect(error, where).toBeInstanceOf(AppError);
          expect([400, 409], where).toContain((error as AppError).status);
        } else {
          if (error) throw new Error(`${where}: refused but the model posts it: ${(error as Error).message}`);
          expect(
            posted!.entries.map((e) => [e.account, BigInt(e.amountMinor)]),
            where,
          ).toEqual(lines);
          if (c.kind === 'reversal') model.posted[c.pick % model.posted.length]!.reversed = true;
          model.apply(posted!.id, lines, c.kind === 'reversal');
        }
        const db = await databaseBalances(trx, world.fundId);
        const expected = nonZero(model.balances);
        expect(sorted(db.running), `${where}: running balances`).toEqual(expected);
        expect(sorted(db.entries), `${where}: sums of entries`).toEqual(expected);
        expect(db.net, `${where}: debits − credits`).toBe(0n);
      }
      throw new Rollback();
    })
    .catch((err) => {
      if (!(err instanceof Rollback)) throw err;
    });
}

describe('the ledger against an independent model', () => {
  it(`agrees after every command, over ${RUNS} runs of up to ${MAX_COMMANDS} commands`, async () => {
    const started = performance.now();
    let commands = 0;
    const perLane = Math.ceil(RUNS / LANES);
    await Promise.all(
      worlds.map((world, lane) =>
        fc.assert(
          fc.asyncProperty(fc.array(command, { maxLength: MAX_COMMANDS, size: 'max' }), async (cs) => {
            commands += cs.length;
            await runCommands(world, cs);
          }),
          { numRuns: Math.min(perLane, RUNS - lane * perLane), seed: process.env.FUND_MODEL_SEED ? Number(process.env.FUND_MODEL_SEED) + lane : undefined },
        ),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`fund model: ${RUNS} runs, ${commands} commands in ${seconds.toFixed(1)} s (${Math.round(commands / seconds)} commands/s over ${LANES} lanes)`);
  }, 1_800_000);
});
