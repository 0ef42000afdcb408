// Properties over random data: each gap equals need − linked committed − linked delivered
// (floored at zero) over the contributions the reader may see, and the matrix totals
// equal the sums of the visible rows. Visibility is recomputed here in plain TypeScript,
// independently of the SQL rule, as the oracle.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKINGS, type Marking } from '../../../common/sharing.ts';
import type { Ctx, UserActor } from '../../infra/actor.ts';
import { systemCtx } from '../../infra/actor.ts';
import { type TestApp, buildTestApp } from '../../test/app.ts';
import { buildGroup, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { coverage } from '../analytics/analytics.service.ts';
import { listNeeds } from '../needs/needs.service.ts';

let t: TestApp;
let reader: Ctx & { actor: UserActor };
let orgs: string[] = [];
let authors: string[] = [];
const lines: string[] = [];
let groupWithReader = '';

beforeAll(async () => {
  t = await buildTestApp();
  orgs = [(await buildOrganisation(t.db)).id, (await buildOrganisation(t.db)).id, (await buildOrganisation(t.db)).id];
  authors = [];
  for (const org of orgs) authors.push((await buildUser(t.db, org)).id);
  const readerUser = await buildUser(t.db, orgs[0]!);
  reader = { actor: { kind: 'user', userId: readerUser.id, orgId: orgs[0]!, orgKind: 'state', role: 'focal_point', email: readerUser.email } };
  groupWithReader = (await buildGroup(t.db, [orgs[0]!, orgs[2]!])).id;
  await t.db.transaction().execute(async (trx) => {
    for (const code of ['a', 'b'])
      lines.push((await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code, name: `Line ${code}`, description: '', position: 0 })).id);
  });
});
afterAll(async () => t?.close());

const sharingArb = fc.record({
  marking: fc.constantFrom(...MARKINGS),
  audienceHasReaderGroup: fc.boolean(),
  readerNamed: fc.boolean(),
});
const contributionArb = fc.record({
  owner: fc.integer({ min: 0, max: 2 }),
  line: fc.integer({ min: 0, max: 1 }),
  status: fc.constantFrom('pledged', 'committed', 'delivered', 'cancelled'),
  amount: fc.option(fc.integer({ min: 0, max: 10_000_000_000 }), { nil: null }),
  currency: fc.constantFrom('USD', 'EUR'),
  sharing: sharingArb,
});
const needArb = fc.record({
  owner: fc.integer({ min: 0, max: 2 }),
  quantity: fc.integer({ min: 1, max: 10_000 }),
  amount: fc.integer({ min: 1, max: 10_000_000_000 }),
  sharing: sharingArb,
});
const scenarioArb = fc
  .record({
    contributions: fc.array(contributionArb, { minLength: 1, maxLength: 12 }),
    needs: fc.array(needArb, { minLength: 1, maxLength: 4 }),
  })
  .chain((s) =>
    fc.record({
      contributions: fc.constant(s.contributions),
      needs: fc.constant(s.needs),
      links: fc.uniqueArray(
        fc.record({
          c: fc.integer({ min: 0, max: s.contributions.length - 1 }),
          n: fc.integer({ min: 0, max: s.needs.length - 1 }),
          quantity: fc.integer({ min: 1, max: 5000 }),
          amount: fc.integer({ min: 1, max: 5_000_000_000 }),
        }),
        { selector: (l) => `${l.c}-${l.n}`, maxLength: 20 },
      ),
    }),
  );

type Sharing = { marking: Marking; audienceHasReaderGroup: boolean; readerNamed: boolean };
/** The oracle: the marking table of docs/SECURITY.md, for the reader (org 0, not the secretariat, author of nothing). */
function readerSees(owner: number, s: Sharing) {
  if (s.marking === 'CLEAR' || s.marking === 'GREEN') return true;
  if (s.marking === 'RED') return s.readerNamed;
  return owner === 0 || s.audienceHasReaderGroup;
}

async function insertShared(table: 'contribution' | 'need', values: Record<string, unknown>, s: Sharing) {
  const row = await t.db
    .insertInto(table)
    .values(values as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  if (s.audienceHasReaderGroup) await t.db.insertInto('share_audience').values({ entity: table, row_id: row.id, group_id: groupWithReader, org_id: null }).execute();
  if (s.readerNamed) await t.db.insertInto('share_recipient').values({ entity: table, row_id: row.id, user_id: reader.actor.userId }).execute();
  return row.id;
}

describe('gaps and totals over random data', () => {
  it('match the sums of the visible rows', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        await t.db.deleteFrom('contribution').execute();
        await t.db.deleteFrom('need').execute();
        await t.db.deleteFrom('share_audience').execute();
        await t.db.deleteFrom('share_recipient').execute();

        const cIds: string[] = [];
        for (const c of scenario.contributions)
          cIds.push(
            await insertShared(
              'contribution',
              {
                owner_org_id: orgs[c.owner],
                framework_node_id: lines[c.line],
                line_id: lines[c.line],
                type: 'funding',
                status: c.status,
                amount_minor: c.amount,
                currency: c.amount === null ? null : c.currency,
                marking: c.sharing.marking,
                created_by: authors[c.owner],
              },
              c.sharing,
            ),
          );
        const nIds: string[] = [];
        for (const n of scenario.needs)
          nIds.push(
            await insertShared(
              'need',
              {
                owner_org_id: orgs[n.owner],
                framework_node_id: lines[0],
                line_id: lines[0],
                type: 'funding',
                quantity: n.quantity,
                unit: 'items',
                amount_minor: n.amount,
                currency: 'USD',
                marking: n.sharing.marking,
                created_by: authors[n.owner],
              },
              n.sharing,
            ),
          );
        for (const l of scenario.links)
          await t.db.insertInto('contribution_need').values({ contribution_id: cIds[l.c]!, need_id: nIds[l.n]!, quantity: l.quantity, amount_minor: l.amount }).execute();

        // Gaps.
        const page = await listNeeds(t.db, reader, { limit: 200, sort: 'gap' });
        const visibleNeeds = scenario.needs.map((n, i) => ({ n, id: nIds[i]! })).filter(({ n }) => readerSees(n.owner, n.sharing));
        expect(page.items.map((n) => n.id).sort()).toEqual(visibleNeeds.map((v) => v.id).sort());
        for (const { n, id } of visibleNeeds) {
          const counted = scenario.links.filter((l) => nIds[l.n] === id && readerSees(scenario.contributions[l.c]!.owner, scenario.contributions[l.c]!.sharing));
          const sum = (status: string, key: 'quantity' | 'amount') => counted.filter((l) => scenario.contributions[l.c]!.status === status).reduce((a, l) => a + l[key], 0);
          const got = page.items.find((x) => x.id === id)!.gap;
          // Money sums travel as exact decimal strings.
          expect(got.committed).toEqual({ quantity: String(sum('committed', 'quantity')), amountMinor: String(sum('committed', 'amount')) });
          expect(got.delivered).toEqual({ quantity: String(sum('delivered', 'quantity')), amountMinor: String(sum('delivered', 'amount')) });
          const metQ = sum('committed', 'quantity') + sum('delivered', 'quantity');
          const metA = sum('committed', 'amount') + sum('delivered', 'amount');
          expect(got.unmet).toEqual({ quantity: String(Math.max(0, n.quantity - metQ)), amountMinor: String(Math.max(0, n.amount - metA)) });
          expect(got.oversubscribed).toEqual({ quantity: String(Math.max(0, metQ - n.quantity)), amountMinor: String(Math.max(0, metA - n.amount)) });
        }
        // Ranked by unmet money, largest first.
        const unmet = page.items.map((n) => n.gap.unmet.amountMinor);
        expect(unmet).toEqual([...unmet].sort((a, b) => Number(BigInt(b) - BigInt(a))));

        // Matrix totals.
        const { matrix } = await coverage(t.db, reader, {});
        const expected = new Map<string, { count: number; money: Map<string, number> }>();
        scenario.contributions.forEach((c) => {
          // The matrix counts what every coverage view counts: contributions not cancelled.
          if (!readerSees(c.owner, c.sharing) || c.status === 'cancelled') return;
          const key = `${orgs[c.owner]}|${lines[c.line]}`;
          const cell = expected.get(key) ?? { count: 0, money: new Map() };
          cell.count += 1;
          if (c.amount !== null) cell.money.set(c.currency, (cell.money.get(c.currency) ?? 0) + c.amount);
          expected.set(key, cell);
        });
        expect(matrix.cells).toHaveLength(expected.size);
        for (const cell of matrix.cells) {
          const e = expected.get(`${cell.orgId}|${cell.lineId}`)!;
          expect(cell.count).toBe(e.count);
          expect(Object.fromEntries(cell.money.map((m) => [m.currency, m.amountMinor]))).toEqual(Object.fromEntries([...e.money].map(([k, v]) => [k, String(v)])));
        }
      }),
      { numRuns: 25 },
    );
  });
});
