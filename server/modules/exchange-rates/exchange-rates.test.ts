// Exchange rates through HTTP, and the conversion fragment other modules embed (ADR 0031).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENCIES } from '../../../common/currencies.ts';
import { minorDigits } from '../../../common/money.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { expectForbidden, expectInvalid, itRequiresSignIn, request } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import { convertMinorUnits, minorUnitsPerUnit } from './exchange-rates.sql.ts';

let t: TestApp;
let admin: Session;
let member: Session;
let coordinator: Session;

beforeAll(async () => {
  t = await buildTestApp();
  const secretariat = await buildOrganisation(t.db, { name: 'Secretariat', kind: 'secretariat' });
  const state = await buildOrganisation(t.db, { name: 'United Kingdom', iso3: 'GBR' });
  admin = await signIn(t.app, (await buildUser(t.db, secretariat.id, 'admin')).email, TEST_PASSWORD);
  coordinator = await signIn(t.app, (await buildUser(t.db, secretariat.id, 'coordinator')).email, TEST_PASSWORD);
  member = await signIn(t.app, (await buildUser(t.db, state.id, 'admin')).email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

const rate = (over: Record<string, unknown> = {}) => ({ currency: 'GBP', baseCurrency: 'USD', rate: '1.2745', validFrom: '2026-01-01', source: 'Central bank', ...over });
const routes = {
  list: { method: 'GET' as const, url: () => '/api/exchange-rates' },
  create: { method: 'POST' as const, url: () => '/api/exchange-rates', payload: () => rate({ validFrom: '2020-01-01' }) },
  import: { method: 'POST' as const, url: () => '/api/exchange-rates/import', payload: () => ({ csv: 'currency,base_currency,rate,valid_from\nEUR,USD,1.1,2020-01-01\n' }) },
  remove: { method: 'DELETE' as const, url: () => '/api/exchange-rates/00000000-0000-4000-8000-000000000000' },
};

/** `amount` minor units of `from` in `to` on `day`, as the database converts them (a decimal string, or null). */
async function convert(amount: number | bigint | string, from: string, to: string, day: string) {
  const { rows } = await sql<{ v: string | null }>`SELECT ${convertMinorUnits(sql`${String(amount)}`, sql`${from}`, sql`${to}`, sql`${day}`)}::text AS v`.execute(t.db);
  return rows[0]!.v;
}

describe('exchange rates without a session', () => {
  itRequiresSignIn(() => t, routes);
});

describe('entering rates', () => {
  it('lets a secretariat admin enter a rate, kept as an exact decimal, audited', async () => {
    const res = await admin.inject({ method: 'POST', url: '/api/exchange-rates', payload: rate() });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ currency: 'GBP', baseCurrency: 'USD', rate: '1.2745', validFrom: '2026-01-01', source: 'Central bank' });
    const events = await t.db.selectFrom('audit_event').select(['action', 'after']).where('entity', '=', 'exchange_rate').where('entity_id', '=', res.json().id).execute();
    expect(events.map((e) => e.action)).toEqual(['exchange_rate.create']);
    // Everyone signed in reads them.
    const list = await member.inject(request(routes.list));
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([expect.objectContaining({ id: res.json().id, rate: '1.2745' })]);
    // The same pair on the same day twice: a conflict naming the day.
    const again = await admin.inject({ method: 'POST', url: '/api/exchange-rates', payload: rate({ rate: '1.3' }) });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].path).toBe('body.validFrom');
  });

  it('refuses anyone but a secretariat admin, changing nothing', async () => {
    await expectForbidden(member, routes.create, t, 'exchange_rate');
    await expectForbidden(coordinator, routes.create, t, 'exchange_rate');
    await expectForbidden(member, routes.import, t, 'exchange_rate');
    const id = (await t.db.selectFrom('exchange_rate').select('id').executeTakeFirstOrThrow()).id;
    await expectForbidden(coordinator, { method: 'DELETE', url: () => `/api/exchange-rates/${id}` }, t, 'exchange_rate');
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const bad = (over: Record<string, unknown>) => ({ ...routes.create, payload: () => rate(over) });
    await expectInvalid(admin, bad({ currency: 'XXX' }), t, 'exchange_rate', 'body.currency');
    await expectInvalid(admin, bad({ baseCurrency: 'GBP' }), t, 'exchange_rate', 'body.baseCurrency');
    await expectInvalid(admin, bad({ rate: '0' }), t, 'exchange_rate', 'body.rate');
    await expectInvalid(admin, bad({ rate: '-1.2' }), t, 'exchange_rate', 'body.rate');
    await expectInvalid(admin, bad({ rate: '1.12345678901' }), t, 'exchange_rate', 'body.rate');
    await expectInvalid(admin, bad({ rate: 1.27 }), t, 'exchange_rate', 'body.rate');
    await expectInvalid(admin, bad({ validFrom: '2026-02-30' }), t, 'exchange_rate', 'body.validFrom');
    await expectInvalid(admin, bad({ source: 'x'.repeat(201) }), t, 'exchange_rate', 'body.source');
  });

  it('deletes a rate, audited; a missing one is a 404', async () => {
    const made = await admin.inject({ method: 'POST', url: '/api/exchange-rates', payload: rate({ currency: 'CHF', validFrom: '2019-05-01' }) });
    const del = await admin.inject({ method: 'DELETE', url: `/api/exchange-rates/${made.json().id}` });
    expect(del.statusCode).toBe(204);
    expect(await t.db.selectFrom('exchange_rate').select('id').where('id', '=', made.json().id).execute()).toEqual([]);
    const events = await t.db.selectFrom('audit_event').select('action').where('entity_id', '=', made.json().id).orderBy('occurred_at').execute();
    expect(events.map((e) => e.action)).toEqual(['exchange_rate.create', 'exchange_rate.delete']);
    expect((await admin.inject({ method: 'DELETE', url: `/api/exchange-rates/${made.json().id}` })).statusCode).toBe(404);
  });
});

describe('importing rates from a CSV file', () => {
  it('imports every row, or none, each problem naming its row and column', async () => {
    const before = await countRows(t.db, 'exchange_rate');
    const auditBefore = await countRows(t.db, 'audit_event');
    const csv = [
      'currency,base_currency,rate,valid_from,source',
      'EUR,USD,1.10,2026-01-01,ECB',
      'JPY,USD,0.0067,2026-01-01,',
      'KWD,USD,abc,2026-01-01,',
      'EUR,USD,1.2,2026-01-01,',
    ].join('\n');
    const res = await admin.inject({ method: 'POST', url: '/api/exchange-rates/import', payload: { csv } });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.csv.4.rate', 'body.csv.5.valid_from']);
    expect(await countRows(t.db, 'exchange_rate')).toBe(before);
    expect(await countRows(t.db, 'audit_event')).toBe(auditBefore);
    // A row the table holds already (GBP→USD on 2026-01-01): refused, the good rows with it.
    const taken = await admin.inject({
      method: 'POST',
      url: '/api/exchange-rates/import',
      payload: { csv: 'currency,base_currency,rate,valid_from\nEUR,USD,1.1,2026-01-01\nGBP,USD,1.3,2026-01-01\n' },
    });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().errors).toEqual([expect.objectContaining({ path: 'body.csv.3.valid_from', rule: 'exists' })]);
    expect(await countRows(t.db, 'exchange_rate')).toBe(before);
    // A header without the rate column.
    const header = await admin.inject({ method: 'POST', url: '/api/exchange-rates/import', payload: { csv: 'currency,base,valid_from\nEUR,USD,2026-01-01\n' } });
    expect(header.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.csv.header.rate']);

    const good = await admin.inject({
      method: 'POST',
      url: '/api/exchange-rates/import',
      payload: { csv: '\ufeffCurrency,Base currency,Rate,Valid from,Source\r\neur,usd,1.10,2026-01-01,ECB\r\nJPY,USD,0.0067,2026-01-01,\r\n' },
    });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json()).toEqual({ created: 2 });
    expect(await countRows(t.db, 'exchange_rate')).toBe(before + 2);
    const event = await t.db.selectFrom('audit_event').select(['action', 'after']).where('action', '=', 'exchange_rate.import').executeTakeFirstOrThrow();
    expect(event.after).toMatchObject({ rows: 2 });
  });
});

describe('converting an amount (the fragment other modules embed)', () => {
  beforeAll(async () => {
    await t.db.deleteFrom('exchange_rate').execute();
    const csv = [
      'currency,base_currency,rate,valid_from',
      'GBP,USD,1.2745,2026-01-01',
      'GBP,USD,1.5,2026-06-01',
      'USD,CHF,0.8,2026-01-01',
      'EUR,USD,1.1,2026-01-01',
      'JPY,USD,0.0067,2026-01-01',
      'USD,KWD,0.3075,2026-01-01',
    ].join('\n');
    const res = await admin.inject({ method: 'POST', url: '/api/exchange-rates/import', payload: { csv } });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('converts exactly to the minor unit, rounding half up once', async () => {
    expect(await convert(10_000, 'GBP', 'USD', '2026-03-01')).toBe('12745'); // £100.00 → $127.45
    expect(await convert(1, 'GBP', 'USD', '2026-03-01')).toBe('1'); // 1.2745 cents
    expect(await convert(2, 'GBP', 'USD', '2026-03-01')).toBe('3'); // 2.549 cents
    // Exactly half a cent rounds up: 1 penny and 3 pence at 1.5.
    expect(await convert(1, 'GBP', 'USD', '2026-06-01')).toBe('2');
    expect(await convert(3, 'GBP', 'USD', '2026-06-01')).toBe('5');
    // Minor units differ: ¥1,000 (no minor unit) → $6.70; $10.00 → KWD 3.075 (three digits).
    expect(await convert(1000, 'JPY', 'USD', '2026-03-01')).toBe('670');
    expect(await convert(1000, 'USD', 'KWD', '2026-03-01')).toBe('3075');
    // The same currency: the amount itself, whatever the rates.
    expect(await convert(123, 'USD', 'USD', '1900-01-01')).toBe('123');
  });

  it('uses a pair either way round, or through a currency both are rated against', async () => {
    // Only USD→CHF 0.8 is held: CHF 100.00 → USD 125.00.
    expect(await convert(10_000, 'CHF', 'USD', '2026-03-01')).toBe('12500');
    // Only KWD from USD: KWD 3.075 → USD 10.00.
    expect(await convert(3075, 'KWD', 'USD', '2026-03-01')).toBe('1000');
    // EUR→USD 1.1 and GBP→USD 1.2745: €100.00 → £86.31 (110 / 1.2745 = 86.3083…).
    expect(await convert(10_000, 'EUR', 'GBP', '2026-03-01')).toBe('8631');
    // Through USD from both sides: ¥1,000 → 6.70 USD → CHF 5.36.
    expect(await convert(1000, 'JPY', 'CHF', '2026-03-01')).toBe('536');
  });

  it('takes the latest rate on or before the day, and none before the first', async () => {
    expect(await convert(10_000, 'GBP', 'USD', '2026-05-31')).toBe('12745');
    expect(await convert(10_000, 'GBP', 'USD', '2026-06-01')).toBe('15000');
    expect(await convert(10_000, 'GBP', 'USD', '2027-01-01')).toBe('15000');
    expect(await convert(10_000, 'GBP', 'USD', '2025-12-31')).toBeNull();
    // No rate at all for the pair: not converted, never 1:1.
    expect(await convert(10_000, 'SEK', 'USD', '2026-03-01')).toBeNull();
  });

  it('agrees with an exact reference at any size (BigInt), for every kind of minor unit', async () => {
    const cases: [string, string, string][] = [
      ['GBP', 'USD', '1.5'],
      ['JPY', 'USD', '0.0067'],
      ['USD', 'KWD', '0.3075'],
    ];
    const amounts = [1n, 5n, 99n, 12_345n, 999_999_999n, 10n ** 15n, 987_654_321_012_345n];
    for (const [from, to, r] of cases)
      for (const amount of amounts) {
        // amount × rate × 10^to / 10^from, half up, in integers.
        const [whole, fraction = ''] = r.split('.');
        const num = amount * BigInt(whole + fraction) * 10n ** BigInt(minorDigits(to));
        const den = 10n ** BigInt(fraction.length + minorDigits(from));
        const expected = (2n * num + den) / (2n * den);
        expect(await convert(amount, from, to, '2026-07-01'), `${amount} ${from}→${to}`).toBe(expected.toString());
      }
  });

  it('knows every currency’s minor unit as common/money.ts does', async () => {
    const { rows } = await sql<{ code: string; f: string }>`
      SELECT c.code, ${minorUnitsPerUnit(sql`c.code::char(3)`)}::text AS f FROM unnest(${[...CURRENCIES]}::text[]) AS c(code)`.execute(t.db);
    expect(Object.fromEntries(rows.map((r) => [r.code, r.f]))).toEqual(Object.fromEntries(CURRENCIES.map((c) => [c, String(10 ** minorDigits(c))])));
    expect(Object.fromEntries(rows.filter((r) => ['JPY', 'KWD', 'USD', 'CLF'].includes(r.code)).map((r) => [r.code, r.f]))).toEqual({
      JPY: '1',
      KWD: '1000',
      USD: '100',
      CLF: '10000',
    });
  });
});
