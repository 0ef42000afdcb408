// An attacker's pass over the prepared session lookup (session 16, ADR 0027): a schema change
// while the pool's connections hold the statement prepared (a column added to and dropped from
// the tables it reads, a type changed) must not break a request; and the statement stays one
// per connection however many users, sessions and tokens it serves.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';

let t: TestApp;
const sessions: Session[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  const org = await buildOrganisation(t.db, { name: 'Denmark', iso3: 'DNK' });
  for (const role of ['viewer', 'coordinator', 'admin'] as const) sessions.push(await signIn(t.app, (await buildUser(t.db, org.id, role)).email, TEST_PASSWORD));
});
afterAll(async () => t?.close());

const allOk = async () => {
  const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => sessions[i % sessions.length]!.inject({ method: 'GET', url: '/api/auth/session' })));
  expect(
    answers.map((a) => a.statusCode),
    answers.find((a) => a.statusCode !== 200)?.body,
  ).toEqual(answers.map(() => 200));
  const anonymous = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: 'entente_session=forged-token' } });
  expect(anonymous.statusCode).toBeLessThan(500);
};

describe('the prepared session lookup', () => {
  it('is one prepared statement per connection, whoever asks', async () => {
    await allOk();
    const { rows } = await sql<{ n: string }>`SELECT count(*)::text AS n FROM pg_prepared_statements WHERE statement LIKE '%FROM session s%'`.execute(t.appDb);
    expect(Number(rows[0]!.n)).toBeLessThanOrEqual(1);
  });
  it('answers through schema changes on the tables it reads', async () => {
    await allOk();
    await sql`ALTER TABLE app_user ADD COLUMN attack16 text`.execute(t.db);
    await sql`ALTER TABLE session ADD COLUMN attack16 int`.execute(t.db);
    await allOk();
    await sql`ALTER TABLE session DROP COLUMN attack16`.execute(t.db);
    await sql`ALTER TABLE app_user DROP COLUMN attack16`.execute(t.db);
    await sql`ALTER TABLE app_user ALTER COLUMN display_name TYPE varchar(400)`.execute(t.db);
    await allOk();
  });
});
