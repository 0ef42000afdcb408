// The visibility matrix for the fund: five markings × the readers, on the list of funds, one
// fund, its transactions and its funding status (every report groups by the same rule). A fund
// the reader may not see is a 404 on every route, like a missing one; the public has no fund
// routes (401).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKINGS, type Marking } from '../../../common/sharing.ts';
import { type Session, type TestApp, buildTestApp } from '../../test/app.ts';
import { EXPECTED, READERS, type Reader, castReaders } from '../../test/visibility.ts';

let t: TestApp;
const sessions = {} as Record<Exclude<Reader, 'anonymous'>, Session>;
const fundIds = {} as Record<Marking, string>;

beforeAll(async () => {
  t = await buildTestApp();
  const cast = await castReaders(t);
  Object.assign(sessions, cast.sessions);
  const author = sessions.author;
  for (const marking of MARKINGS) {
    const fund = await author.inject({
      method: 'POST',
      url: '/api/funds',
      payload: { name: `Fund ${marking}`, baseCurrency: 'USD', administrativeAgentOrgId: cast.orgs.owner.id, aaFeeBp: 100, sharing: cast.sharing(marking) },
    });
    expect(fund.statusCode, fund.body).toBe(201);
    const id = fund.json().id as string;
    fundIds[marking] = id;
    const deposit = await author.inject({
      method: 'POST',
      url: `/api/funds/${id}/transactions`,
      headers: { 'idempotency-key': randomUUID() },
      payload: { kind: 'deposit', valueDate: '2016-01-01', donorOrgId: cast.orgs.secretariat.id, windowId: null, amount: { amountMinor: 1_000_00, currency: 'USD' } },
    });
    expect(deposit.statusCode, deposit.body).toBe(201);
  }
});
afterAll(async () => t?.close());

const markingOf = (id: string) => (Object.entries(fundIds) as [Marking, string][]).find(([, v]) => v === id)?.[0];

describe('fund visibility matrix', () => {
  for (const reader of READERS.filter((r): r is Exclude<Reader, 'anonymous'> => r !== 'anonymous')) {
    describe(reader, () => {
      it('lists exactly the funds the rule allows', async () => {
        const res = await sessions[reader].inject({ method: 'GET', url: '/api/funds?limit=200' });
        expect(res.statusCode).toBe(200);
        const seen = res
          .json()
          .items.map((f: { id: string }) => markingOf(f.id))
          .filter(Boolean)
          .sort();
        expect(seen).toEqual([...EXPECTED[reader]].sort());
      });

      for (const marking of MARKINGS) {
        const allowed = EXPECTED[reader].includes(marking);
        it(`${allowed ? 'reads' : 'cannot read'} the ${marking} fund, its transactions and its status`, async () => {
          for (const path of ['', '/transactions', '/status', '/status?by=donor']) {
            const res = await sessions[reader].inject({ method: 'GET', url: `/api/funds/${fundIds[marking]}${path}` });
            expect(res.statusCode, path).toBe(allowed ? 200 : 404);
            if (!allowed) {
              const missing = await sessions[reader].inject({ method: 'GET', url: `/api/funds/${randomUUID()}${path}` });
              expect(res.json().detail).toBe(missing.json().detail);
            }
          }
          if (allowed) {
            const status = await sessions[reader].inject({ method: 'GET', url: `/api/funds/${fundIds[marking]}/status` });
            expect(status.json().total.contributions).toBe('100000');
          }
        });
      }
    });
  }

  it('gives the public nothing: every fund route asks for a session', async () => {
    for (const path of ['', `/${fundIds.CLEAR}`, `/${fundIds.CLEAR}/transactions`, `/${fundIds.CLEAR}/status`]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/funds${path}` });
      expect(res.statusCode, path).toBe(401);
    }
  });
});
