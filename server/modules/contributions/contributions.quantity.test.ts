// Quantities at their limits: every accepted quantity comes back exactly as it was sent
// (a JSON number is a double: at most 15 significant digits, so at most MAX_QUANTITY with 4
// decimals); anything larger or finer is a 400 naming the field (API), a problem on its row
// (import), and refused by the database for every other writer. Sums of quantities are
// decimal strings, summed as numeric in SQL, compared here against BigInt arithmetic.
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUANTITY, MAX_QUANTITY_TEXT } from '../../../common/quantity.ts';
import { type Ctx, systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { expectInvalid } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { importContributions } from './contributions.interchange.ts';

let t: TestApp;
let focal: Session;
let lineId = '';
let importer: Ctx;

beforeAll(async () => {
  t = await buildTestApp();
  lineId = (
    await t.db.transaction().execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'relief', name: 'Relief', description: '', position: 0 }))
  ).id;
  const org = await buildOrganisation(t.db, { name: 'Counting State' });
  const user = await buildUser(t.db, org.id);
  focal = await signIn(t.app, user.email, TEST_PASSWORD);
  importer = { actor: { kind: 'user', userId: user.id, orgId: org.id, orgKind: 'state', role: 'focal_point', email: user.email } };
});
afterAll(async () => t?.close());

const contribution = (value: number) => ({
  frameworkNodeId: lineId,
  type: 'equipment',
  quantity: { value, unit: 'kits' },
  locationIds: [],
  status: 'committed',
  sharing: { marking: 'GREEN' },
});
const need = (value: number) => ({ frameworkNodeId: lineId, type: 'equipment', quantity: { value, unit: 'kits' }, sharing: { marking: 'GREEN' } });
async function create(url: string, payload: object) {
  const res = await focal.inject({ method: 'POST', url, payload });
  expect(res.statusCode, res.body).toBe(201);
  return res;
}
/** A decimal string with 4 decimals → ten-thousandths, and back, exactly. */
const tenThousandths = (text: string) => BigInt(text.replace('.', ''));
const decimalOf = (units: bigint) => {
  const s = units.toString().padStart(5, '0');
  return `${s.slice(0, -4)}.${s.slice(-4)}`.replace(/\.?0+$/, '');
};

describe('quantities at their limits', () => {
  const ROWS = 12;
  let needId = '';

  it('gives back every accepted quantity exactly as it was sent, the largest included', async () => {
    for (const value of [MAX_QUANTITY, 9_999_999_999.9931, 0.0001, 12.5]) {
      const created = await create('/api/contributions', contribution(value));
      expect(created.json().quantity.value).toBe(value);
      const read = await focal.inject({ method: 'GET', url: `/api/contributions/${created.json().id}` });
      // The text itself, not only the number parsed from it.
      expect(read.body).toContain(`"value":${String(value)}`);
      expect(read.json().quantity.value).toBe(value);
    }
    expect(String(MAX_QUANTITY)).toBe(MAX_QUANTITY_TEXT);
    const n = await create('/api/needs', need(MAX_QUANTITY));
    expect(n.json().quantity.value).toBe(MAX_QUANTITY);
  });

  it('refuses a quantity that would not come back as sent, naming the field, and writes nothing', async () => {
    // The tester's values: rounded to 9007199254740.992 and to 1000000000000000 before.
    // Written as text: as literals they are already rounded (which is the point).
    for (const value of [Number('9007199254740.9931'), Number('999999999999999.9999'), 100_000_000_000, 1.00001]) {
      await expectInvalid(focal, { method: 'POST', url: () => '/api/contributions', payload: () => contribution(value) }, t, 'contribution', 'body.quantity.value');
      await expectInvalid(focal, { method: 'POST', url: () => '/api/needs', payload: () => need(value) }, t, 'need', 'body.quantity.value');
    }
    const id = (await create('/api/contributions', contribution(1))).json().id;
    const target = (await create('/api/needs', need(1))).json().id;
    await expectInvalid(
      focal,
      { method: 'POST', url: () => `/api/contributions/${id}/needs`, payload: () => ({ needId: target, quantity: 100_000_000_000 }) },
      t,
      'contribution_need',
      'body.quantity',
    );
    await expectInvalid(
      focal,
      { method: 'PATCH', url: () => `/api/contributions/${id}`, payload: () => ({ quantity: { value: Number('9007199254740.9931'), unit: 'kits' } }) },
      t,
      'audit_event',
      'body.quantity.value',
    );
  });

  it('sums the largest quantity over many links exactly, as decimal strings', async () => {
    needId = (await create('/api/needs', need(MAX_QUANTITY))).json().id;
    const max = tenThousandths(MAX_QUANTITY_TEXT);
    for (let i = 1; i <= ROWS; i++) {
      const id = (await create('/api/contributions', contribution(MAX_QUANTITY))).json().id;
      const link = await focal.inject({ method: 'POST', url: `/api/contributions/${id}/needs`, payload: { needId, quantity: MAX_QUANTITY } });
      expect(link.statusCode, link.body).toBe(200);
      expect(link.json().gap.committed.quantity).toBe(decimalOf(max * BigInt(i)));
      expect(link.json().gap.oversubscribed.quantity).toBe(decimalOf(max * BigInt(i - 1)));
      expect(link.json().gap.unmet.quantity).toBe('0');
    }
    const read = (await focal.inject({ method: 'GET', url: `/api/needs/${needId}` })).json();
    expect(read.gap).toEqual({
      committed: { quantity: decimalOf(max * BigInt(ROWS)), amountMinor: '0' },
      delivered: { quantity: '0', amountMinor: '0' },
      unmet: { quantity: '0', amountMinor: '0' },
      oversubscribed: { quantity: decimalOf(max * BigInt(ROWS - 1)), amountMinor: '0' },
      notConverted: 0,
    });
    const listed = (await focal.inject({ method: 'GET', url: '/api/needs?limit=200' })).json().items.find((n: { id: string }) => n.id === needId);
    expect(listed.gap.committed.quantity).toBe(decimalOf(max * BigInt(ROWS)));
  });

  it('is kept by the import: a quantity above the maximum is a problem on its row', async () => {
    const file = `#org,#sector,#activity+type,#output+num,#output+unit,#meta+id
Counting State,relief,equipment,99999999999.9999,kits,AT-MAX
Counting State,relief,equipment,100000000000,kits,ABOVE-MAX
Counting State,relief,equipment,9007199254740.9931,kits,TESTER
`;
    const report = await importContributions(t.db, importer, Readable.from([Buffer.from(file)]), {
      dryRun: true,
      fileName: 'max.csv',
      sharing: { marking: 'GREEN', audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] },
    });
    // The two rows above the maximum share one problem; the row at the maximum has none.
    expect(report.problems).toEqual([expect.objectContaining({ rows: [3, 4], column: '#output+num', message: expect.stringContaining(`from 0 to ${MAX_QUANTITY_TEXT}`) })]);
  });

  it('is kept by the database too, for every writer', async () => {
    const id = (await create('/api/contributions', contribution(1))).json().id;
    for (const [table, constraint] of [
      ['contribution', 'contribution_quantity_at_most'],
      ['need', 'need_quantity_at_most'],
      ['contribution_need', 'contribution_need_quantity_at_most'],
    ] as const) {
      const where = table === 'contribution' ? sql`id = ${id}` : table === 'need' ? sql`id = ${needId}` : sql`need_id = ${needId}`;
      await expect(sql`UPDATE ${sql.table(table)} SET quantity = 100000000000 WHERE ${where}`.execute(t.db)).rejects.toMatchObject({ constraint });
      await sql`UPDATE ${sql.table(table)} SET quantity = ${MAX_QUANTITY_TEXT}::numeric WHERE ${where}`.execute(t.db);
    }
  });
});
