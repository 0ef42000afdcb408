// Statements marked `/* prepared */` are prepared once per connection (ADR 0027); the others
// are not. The ledger's and the key's hot statements are among the marked ones.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { lockAndFindKey } from '../modules/idempotency/idempotency.queries.ts';
import { type TestDatabase, freshDatabase } from '../test/database.ts';
import { buildOrganisation, buildUser } from '../test/factories.ts';
import { PREPARED } from './kysely.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database?.drop();
});

/** The statements prepared on this connection (the protocol's named statements), by their text. */
const preparedHere = async (conn: TestDatabase['appDb']) =>
  (await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements WHERE from_sql = false`.execute(conn)).rows.map((r) => r.statement);

it('prepares a marked statement once per connection and runs it again from there; leaves an unmarked one alone', async () => {
  await database.appDb.connection().execute(async (conn) => {
    const marked = (n: number) => sql<{ n: number }>`${sql.raw(PREPARED)} SELECT ${n}::int + 1 AS n`.execute(conn);
    expect((await marked(1)).rows[0]!.n).toBe(2);
    expect((await marked(41)).rows[0]!.n).toBe(42);
    await sql`SELECT ${1}::int AS unmarked`.execute(conn);
    const texts = await preparedHere(conn);
    expect(texts.filter((t) => t.includes('::int + 1 AS n'))).toHaveLength(1);
    expect(texts.some((t) => t.includes('unmarked'))).toBe(false);
  });
});

it("prepares the Idempotency-Key's look-up, which takes the key's lock and reads no answer for an unused key", async () => {
  const org = await buildOrganisation(database.db);
  const user = await buildUser(database.db, org.id);
  await database.appDb.transaction().execute(async (trx) => {
    const first = await lockAndFindKey(trx, user.id, randomUUID(), 24);
    expect(first).toEqual({ locked: true, stored: undefined });
    expect((await preparedHere(trx)).some((t) => t.includes('pg_try_advisory_xact_lock'))).toBe(true);
  });
});
