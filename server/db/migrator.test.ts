// A migration that lands after a higher-numbered one has run on a database (numbers are
// reserved by changes made side by side: 0028 landed after 0030) still runs on that database
// at its next start, instead of the server refusing to start.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, freshDatabase } from '../test/database.ts';
import * as homeVisits from './migrations/0034_home_visits.ts';
import { migrateToLatest } from './migrator.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(async () => t?.drop());

describe('the migrator', () => {
  it('runs a migration that landed after a higher-numbered one already ran', async () => {
    const tableExists = async () => (await sql<{ r: string | null }>`SELECT to_regclass('public.home_visit')::text AS r`.execute(t.db)).rows[0]!.r !== null;
    // A database as it was before 0034 landed, with 0035 already run.
    await homeVisits.down(t.db as never);
    await sql`DELETE FROM kysely_migration WHERE name = '0034_home_visits'`.execute(t.db);
    expect(await tableExists()).toBe(false);
    const applied = await migrateToLatest(t.db);
    expect(applied).toEqual(['0034_home_visits']);
    expect(await tableExists()).toBe(true);
    expect(await migrateToLatest(t.db)).toEqual([]);
  });
});
