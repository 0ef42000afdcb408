// A fresh database for one test file, copied from the migrated template.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { createKysely } from '../db/connect.ts';
import type { Database } from '../db/database.ts';
import { derivedAppUrl } from '../db/roles.ts';

export interface TestDatabase {
  /** The owner's connection: for setting up and for tampering, not what the app uses. */
  db: Kysely<Database>;
  url: string;
  /** The app role's connection (owns nothing; no UPDATE or DELETE on audit_event), as the server has. */
  appDb: Kysely<Database>;
  appUrl: string;
  name: string;
  drop: () => Promise<void>;
}

async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('adminUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function freshDatabase(): Promise<TestDatabase> {
  const template = inject('templateName');
  const pid = template.split('_').pop();
  const name = `entente_t_${pid}_${randomBytes(6).toString('hex')}`;
  // CREATE DATABASE … TEMPLATE fails if another session is copying the template at the same moment.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
      break;
    } catch (err) {
      if (attempt > 20 || !/being accessed by other users/.test((err as Error).message)) throw err;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  const u = new URL(inject('adminUrl'));
  u.pathname = `/${name}`;
  const url = u.toString();
  const db = createKysely(url, 10);
  const appUrl = derivedAppUrl(url);
  const appDb = createKysely(appUrl, 10);
  return {
    db,
    url,
    appDb,
    appUrl,
    name,
    drop: async () => {
      await appDb.destroy();
      await db.destroy();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
