// The needs list's filters of issue 9 item 3: by organisation, marking and period (a need whose
// period overlaps the one asked for, open ends included), each with the others and under the
// sharing rule (a RED need of another organisation is in no answer).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';

let t: TestApp;
let uk: Session;
let fr: Session;
let ukOrgId = '';
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  const lineId = (
    await t.db.transaction().execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'relief', name: 'Relief', description: '', position: 0 }))
  ).id;
  const ukOrg = await buildOrganisation(t.db, { name: 'United Kingdom', iso3: 'GBR' });
  const frOrg = await buildOrganisation(t.db, { name: 'France', iso3: 'FRA' });
  ukOrgId = ukOrg.id;
  uk = await signIn(t.app, (await buildUser(t.db, ukOrg.id)).email, TEST_PASSWORD);
  fr = await signIn(t.app, (await buildUser(t.db, frOrg.id)).email, TEST_PASSWORD);
  const make = async (s: Session, name: string, marking: string, periodStart: string | null, periodEnd: string | null) => {
    const res = await s.inject({
      method: 'POST',
      url: '/api/needs',
      payload: { frameworkNodeId: lineId, type: 'funding', description: name, money: { amountMinor: 1000, currency: 'USD' }, periodStart, periodEnd, sharing: { marking } },
    });
    expect(res.statusCode, res.body).toBe(201);
    ids[name] = res.json().id;
  };
  await make(uk, 'uk-2015', 'GREEN', '2015-01-01', '2015-12-31');
  await make(uk, 'uk-open', 'AMBER', null, null);
  await make(uk, 'uk-2017', 'GREEN', '2017-01-01', '2017-06-30');
  await make(fr, 'fr-2015', 'GREEN', '2015-03-01', null);
  await make(fr, 'fr-red', 'RED', '2015-03-01', '2015-04-01');
});
afterAll(async () => t?.close());

const names = async (s: Session, query: string) => {
  const res = await s.inject({ method: 'GET', url: `/api/needs?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  const byId = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  return (res.json().items as { id: string }[]).map((n) => byId.get(n.id)).sort();
};

describe('needs list filters', () => {
  it('by organisation', async () => {
    expect(await names(uk, `orgId=${ukOrgId}`)).toEqual(['uk-2015', 'uk-2017', 'uk-open']);
  });
  it('by marking', async () => {
    expect(await names(uk, 'marking=GREEN')).toEqual(['fr-2015', 'uk-2015', 'uk-2017']);
    expect(await names(uk, 'marking=RED')).toEqual([]);
  });
  it('by period, open ends included, with the other filters', async () => {
    expect(await names(uk, 'from=2015-06-01&to=2015-06-30')).toEqual(['fr-2015', 'uk-2015', 'uk-open']);
    expect(await names(uk, 'from=2016-01-01')).toEqual(['fr-2015', 'uk-2017', 'uk-open']);
    expect(await names(uk, `from=2016-01-01&orgId=${ukOrgId}&marking=GREEN`)).toEqual(['uk-2017']);
    expect(await names(fr, 'from=2015-03-15&to=2015-03-20&marking=RED')).toEqual(['fr-red']);
  });
  it('refuses a bad marking or date naming the field', async () => {
    for (const [query, path] of [
      ['marking=PURPLE', 'query.marking'],
      ['from=2015-02-30', 'query.from'],
      ['orgId=x', 'query.orgId'],
    ]) {
      const res = await uk.inject({ method: 'GET', url: `/api/needs?${query}` });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });
});
