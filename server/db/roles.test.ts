// The app's role: made and granted by the owner, refused when grants could not limit it.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../test/database.ts';
import { DatabaseRoleError, derivedAppUrl, grantAppRole, prepareDatabase, roleOf } from './roles.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.drop());

describe("the app's role", () => {
  it('is prepared by several processes at once without an error, and the same for each', async () => {
    const prepared = await Promise.all([prepareDatabase(t.url), prepareDatabase(t.url), prepareDatabase(t.url)]);
    expect(new Set(prepared.map((p) => p.appUrl)).size).toBe(1);
    expect(roleOf(prepared[0]!.appUrl)).toBe('entente_app');
    expect(prepared[0]!.appUrl).toBe(t.appUrl);
  });

  it('is granted on tables a later migration adds', async () => {
    await sql`CREATE TABLE later_table (id int)`.execute(t.db);
    await expect(sql`SELECT * FROM later_table`.execute(t.appDb)).rejects.toThrow(/permission denied/);
    await prepareDatabase(t.url);
    await sql`INSERT INTO later_table VALUES (1)`.execute(t.appDb);
    expect((await sql`SELECT * FROM later_table`.execute(t.appDb)).rows).toEqual([{ id: 1 }]);
  });

  it('has no privilege on the migrator’s own tables', async () => {
    await expect(sql`SELECT * FROM kysely_migration`.execute(t.appDb)).rejects.toThrow(/permission denied/);
  });

  it('is refused when it is a superuser or the owner: grants could not limit it', async () => {
    await expect(grantAppRole(t.db, 'postgres')).rejects.toThrow(DatabaseRoleError);
    await expect(prepareDatabase(t.url, t.url)).rejects.toThrow(/DATABASE_APP_URL logs in as the owner/);
  });

  it('needs DATABASE_APP_URL when the owner URL has no password to derive its own from', () => {
    expect(() => derivedAppUrl('postgres://owner@db.example/entente')).toThrow(/set DATABASE_APP_URL/);
  });
});
