// A cursor carries the last row's sort key, so a long name makes a long cursor: two
// organisations named with 200 Arabic letters each (as UTF-8, then base64url, about 600
// characters) must still page one by one. Found by the attack review of stop 20.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';

let t: TestApp;
let focal: Session;

beforeAll(async () => {
  t = await buildTestApp();
  const org = await buildOrganisation(t.db, { name: 'Aaa first' });
  await buildOrganisation(t.db, { name: 'ب'.repeat(200) });
  await buildOrganisation(t.db, { name: `${'ب'.repeat(199)}ت` });
  focal = await signIn(t.app, (await buildUser(t.db, org.id)).email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

it('pages past organisations with 200-letter Arabic names', async () => {
  const names: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 10; page++) {
    const res = await focal.inject({ method: 'GET', url: `/api/organisations?limit=1${cursor ? `&cursor=${cursor}` : ''}` });
    expect(res.statusCode, res.body).toBe(200);
    names.push(...res.json().items.map((o: { name: string }) => o.name));
    cursor = res.json().nextCursor;
    if (!cursor) break;
  }
  expect(cursor).toBeNull();
  expect(names.filter((n) => n.length === 200)).toHaveLength(2);
});
