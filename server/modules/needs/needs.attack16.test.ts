// An attacker's pass over needs (session 16): a RED need of another organisation answers
// exactly as a missing one on its read, its contributions, a link to it and its removal; a
// search with LIKE wildcards and backslashes finds them as words; 201 characters are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { loadReferenceLocations } from '../locations/locations.service.ts';

let t: TestApp;
let uk: Session;
let us: Session;
let lineId = '';
let ninawaId = '';
const NONE = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await buildTestApp();
  await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
    lineId = (await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'humanitarian', name: 'Humanitarian relief', description: '', position: 0 })).id;
  });
  ninawaId = (await t.db.selectFrom('location').select('id').where('code', '=', 'IQ-NI').executeTakeFirstOrThrow()).id;
  uk = await signIn(t.app, (await buildUser(t.db, (await buildOrganisation(t.db, { name: 'United Kingdom', iso3: 'GBR' })).id)).email, TEST_PASSWORD);
  us = await signIn(t.app, (await buildUser(t.db, (await buildOrganisation(t.db, { name: 'United States', iso3: 'USA' })).id)).email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

const need = (description: string, marking: string) => ({
  frameworkNodeId: lineId,
  locationId: ninawaId,
  type: 'humanitarian_aid',
  description,
  quantity: { value: 100, unit: 'kits' },
  priority: 'high',
  sharing: { marking },
});
const strip = (body: Record<string, unknown>) => {
  const { instance: _i, requestId: _r, ...rest } = body;
  return JSON.stringify(rest).replaceAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID');
};

describe('a RED need of another organisation', () => {
  it('answers as a missing need on every path', async () => {
    const red = await uk.inject({ method: 'POST', url: '/api/needs', payload: need('Confidential red need', 'RED') });
    expect(red.statusCode, red.body).toBe(201);
    const redId = red.json().id as string;
    const mine = await us.inject({
      method: 'POST',
      url: '/api/contributions',
      payload: {
        frameworkNodeId: lineId,
        type: 'humanitarian_aid',
        description: 'Kits',
        quantity: { value: 5, unit: 'kits' },
        locationIds: [ninawaId],
        sharing: { marking: 'GREEN' },
      },
    });
    expect(mine.statusCode, mine.body).toBe(201);
    const cId = mine.json().id as string;
    for (const [method, url, payload] of [
      ['GET', (id: string) => `/api/needs/${id}`],
      ['GET', (id: string) => `/api/needs/${id}/contributions`],
      ['POST', () => `/api/contributions/${cId}/needs`, (id: string) => ({ needId: id, quantity: 1 })],
      ['DELETE', (id: string) => `/api/contributions/${cId}/needs/${id}`],
    ] as const) {
      const hidden = await us.inject({ method, url: url(redId), payload: payload?.(redId) as never });
      const missing = await us.inject({ method, url: url(NONE), payload: payload?.(NONE) as never });
      expect(hidden.statusCode, `${method} ${url('…')}`).toBe(missing.statusCode);
      expect(hidden.statusCode).toBeGreaterThanOrEqual(400);
      expect(strip(hidden.json()), `${method} ${url('…')}`).toBe(strip(missing.json()));
    }
    const listed = await us.inject({ method: 'GET', url: `/api/needs?q=${encodeURIComponent('Confidential')}` });
    expect(listed.json().items).toEqual([]);
  });
});

describe('search words', () => {
  it('takes %, _ and \\ as characters and refuses 201 characters naming query.q', async () => {
    const made = await uk.inject({ method: 'POST', url: '/api/needs', payload: need('Fuel 50% off_grid C:\\depot', 'GREEN') });
    expect(made.statusCode, made.body).toBe(201);
    const found = async (q: string) => ((await us.inject({ method: 'GET', url: `/api/needs?q=${encodeURIComponent(q)}` })).json().items as { id: string }[]).map((n) => n.id);
    for (const q of ['50%', 'off_grid', 'C:\\depot', '\\']) expect(await found(q), q).toContain(made.json().id);
    for (const q of ['5_%', '%_', 'Fuel%depot', '\\\\', '%\\']) expect(await found(q), q).toEqual([]);
    const long = await us.inject({ method: 'GET', url: `/api/needs?q=${'x'.repeat(201)}` });
    expect(long.statusCode).toBe(400);
    expect(long.json().errors[0].path).toMatch(/q$/);
  });
});
