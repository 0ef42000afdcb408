// The visibility matrix for the fund's reports: five markings of the fund × the readers on
// the funding status (every grouping, a period, as of a day) and a donor's statement (JSON,
// and CSV under the export rule), a hidden fund answering as a missing one; and five
// markings of a project in a CLEAR fund × the readers, each reader's totals and groups
// holding exactly the projects they may see.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKINGS, type Marking } from '../../../common/sharing.ts';
import { type Session, type TestApp, buildTestApp } from '../../test/app.ts';
import { EXPECTED, READERS, type Reader, castReaders, exportableFor } from '../../test/visibility.ts';

let t: TestApp;
const sessions = {} as Record<Exclude<Reader, 'anonymous'>, Session>;
const fundIds = {} as Record<Marking, string>;
const projectIds = {} as Record<Marking, string>;
let clearFundId = '';
let donorOrgId = ''; // the secretariat's organisation gives to every fund
const STATUS_PATHS = ['/status', '/status?by=window', '/status?by=donor', '/status?by=partner', '/status?by=project', '/status?by=period&period=month', '/status?asOf=2016-06-30'];
/** Each project's allocation: a different power of two, so a total says which projects it holds. */
const ALLOCATION: Record<Marking, number> = { CLEAR: 100, GREEN: 200, AMBER: 400, 'AMBER+STRICT': 800, RED: 1600 };

beforeAll(async () => {
  t = await buildTestApp();
  const cast = await castReaders(t);
  Object.assign(sessions, cast.sessions);
  donorOrgId = cast.orgs.secretariat.id;
  const author = sessions.author;
  const post = async (fundId: string, payload: Record<string, unknown>) => {
    const res = await author.inject({ method: 'POST', url: `/api/funds/${fundId}/transactions`, headers: { 'idempotency-key': randomUUID() }, payload });
    expect(res.statusCode, res.body).toBe(201);
  };
  const newFund = async (marking: Marking) => {
    const res = await author.inject({
      method: 'POST',
      url: '/api/funds',
      payload: { name: `Fund ${marking}`, baseCurrency: 'USD', administrativeAgentOrgId: cast.orgs.owner.id, aaFeeBp: 0, sharing: cast.sharing(marking) },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    await post(id, { kind: 'deposit', valueDate: '2016-01-01', donorOrgId, windowId: null, amount: { amountMinor: 1_000_000, currency: 'USD' } });
    return id;
  };
  for (const marking of MARKINGS) fundIds[marking] = await newFund(marking);

  clearFundId = await newFund('CLEAR');
  for (const marking of MARKINGS) {
    const project = await author.inject({
      method: 'POST',
      url: `/api/funds/${clearFundId}/projects`,
      payload: { windowId: null, partnerOrgId: cast.orgs.owner.id, title: `Project ${marking}`, budget: { amountMinor: 10_000, currency: 'USD' } },
    });
    expect(project.statusCode, project.body).toBe(201);
    projectIds[marking] = project.json().id;
    const details = await author.inject({
      method: 'PUT',
      url: `/api/funds/${clearFundId}/projects/${projectIds[marking]}/details`,
      payload: { iatiIdentifier: `XM-1-${marking.replace('+', '-')}`, sector: '15132', status: 2, plannedStart: '2016-01-01', plannedEnd: '2016-12-31', marking },
    });
    expect(details.statusCode, details.body).toBe(200);
    await post(clearFundId, { kind: 'allocation', valueDate: '2016-03-01', projectId: projectIds[marking], amount: { amountMinor: ALLOCATION[marking], currency: 'USD' } });
  }
});
afterAll(async () => t?.close());

const readers = READERS.filter((r): r is Exclude<Reader, 'anonymous'> => r !== 'anonymous');
/** Who may read a donor's statement of a fund they see: the administrative agent's users, the donor (the secretariat here), the secretariat. */
const STATEMENT_READERS: Reader[] = ['author', 'ownerColleague', 'secretariat'];

describe('fund reports visibility matrix', () => {
  for (const reader of readers) {
    describe(reader, () => {
      for (const marking of MARKINGS) {
        const allowed = EXPECTED[reader].includes(marking);
        it(`${allowed ? 'reads' : 'cannot read'} the ${marking} fund's status by every group; its statement as the rule says`, async () => {
          const session = sessions[reader];
          for (const path of STATUS_PATHS) {
            const res = await session.inject({ method: 'GET', url: `/api/funds/${fundIds[marking]}${path}` });
            expect(res.statusCode, path).toBe(allowed ? 200 : 404);
            if (allowed) expect(res.json().total.contributions, path).toBe('1000000');
            else {
              const missing = await session.inject({ method: 'GET', url: `/api/funds/${randomUUID()}${path}` });
              expect(res.json().detail, path).toBe(missing.json().detail);
            }
          }
          const statement = await session.inject({ method: 'GET', url: `/api/funds/${fundIds[marking]}/donors/${donorOrgId}/statement` });
          const csv = await session.inject({ method: 'GET', url: `/api/funds/${fundIds[marking]}/donors/${donorOrgId}/statement.csv` });
          if (!allowed) {
            const missing = await session.inject({ method: 'GET', url: `/api/funds/${randomUUID()}/donors/${donorOrgId}/statement` });
            expect([statement.statusCode, csv.statusCode]).toEqual([404, 404]);
            expect(statement.json().detail).toBe(missing.json().detail);
          } else if (!STATEMENT_READERS.includes(reader)) {
            expect([statement.statusCode, csv.statusCode]).toEqual([403, 403]);
          } else {
            expect(statement.statusCode).toBe(200);
            expect(statement.json().closing.contributions).toBe('1000000');
            // A file leaves the platform: a RED fund, or another organisation's AMBER+STRICT one, is not downloaded.
            expect(csv.statusCode).toBe(exportableFor(reader).includes(marking) ? 200 : 404);
          }
        });
      }

      it('counts exactly the projects it may see, in the totals and the groups', async () => {
        const visible = MARKINGS.filter((m) => EXPECTED[reader].includes(m));
        const expected = String(visible.reduce((s, m) => s + ALLOCATION[m], 0));
        const total = await sessions[reader].inject({ method: 'GET', url: `/api/funds/${clearFundId}/status` });
        expect(total.json().total.allocations).toBe(expected);
        for (const by of ['project', 'partner', 'window', 'period'] as const) {
          const res = await sessions[reader].inject({ method: 'GET', url: `/api/funds/${clearFundId}/status?by=${by}` });
          expect(res.json().total.allocations, by).toBe(expected);
          const sum = res.json().groups.reduce((s: number, g: { figures: { allocations: string } }) => s + Number(g.figures.allocations), 0);
          expect(String(sum), by).toBe(expected);
        }
        const byProject = (await sessions[reader].inject({ method: 'GET', url: `/api/funds/${clearFundId}/status?by=project` })).json();
        expect(
          byProject.groups
            .map((g: { key: string | null }) => g.key)
            .filter(Boolean)
            .sort(),
        ).toEqual(visible.map((m) => projectIds[m]).sort());
      });
    });
  }
});
