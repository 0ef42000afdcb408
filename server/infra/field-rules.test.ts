// A refused field says which rule of the schema it broke (`rule`, with `limit` and `origin`),
// so the web app can word it in its user's language next to the field (issue 9: not
// "body.frameworkNodeId: Invalid input"). The English `message` is unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../test/factories.ts';

let t: TestApp;
let focal: Session;

beforeAll(async () => {
  t = await buildTestApp();
  const org = await buildOrganisation(t.db, { name: 'Norway' });
  focal = await signIn(t.app, (await buildUser(t.db, org.id)).email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

describe('field errors carry the rule they broke', () => {
  it('a missing field, a wrong type, text over its maximum and a query over its bound', async () => {
    const res = await focal.inject({ method: 'POST', url: '/api/contributions', payload: { type: 42, description: 'x'.repeat(5001), startDate: null, locationIds: 'Anbar' } });
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { path: string; message: string; rule?: string; limit?: number | string; origin?: string }[];
    const byPath = new Map(errors.map((e) => [e.path, e]));
    expect(byPath.get('body.frameworkNodeId')).toMatchObject({ rule: 'required', origin: 'string' });
    expect(byPath.get('body.type')).toMatchObject({ rule: 'invalid_value' });
    // Wrong type, but given: not "required".
    expect(byPath.get('body.locationIds'), res.body).toMatchObject({ rule: 'invalid_type', origin: 'array' });
    expect(byPath.get('body.description')).toMatchObject({ rule: 'too_big', limit: 5000, origin: 'string' });
    for (const e of errors) expect(e.message.length).toBeGreaterThan(0);

    const list = await focal.inject({ method: 'GET', url: '/api/contributions?limit=100000' });
    expect(list.statusCode).toBe(400);
    expect(list.json().errors[0]).toMatchObject({ path: 'query.limit', rule: 'too_big', origin: 'number' });
  });

  it('a schema that words its refusal itself gives rule custom: the client shows those words', async () => {
    const res = await focal.inject({ method: 'POST', url: '/api/funds', payload: { name: 'F', baseCurrency: 'usd' } });
    expect(res.statusCode).toBe(400);
    const currency = (res.json().errors as { path: string; rule?: string; message: string }[]).find((e) => e.path === 'body.baseCurrency');
    expect(currency, res.body).toBeDefined();
    expect(currency?.rule).toBe('custom');
  });

  it('a refusal of the service (not the schema) has no rule: the client shows its message', async () => {
    const res = await focal.inject({ method: 'GET', url: '/api/contributions?cursor=forged' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].rule).toBeUndefined();
  });
});
