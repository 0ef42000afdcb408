// Opens and migrates the configured database for a command, and always closes it.
import type { Kysely } from 'kysely';
import { type Config, loadConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/database.ts';
import type { UserActor } from '../../server/infra/actor.ts';
import { type OpenDatabase, openDatabase } from '../../server/db/connect.ts';
import { migrateToLatest } from '../../server/db/migrator.ts';
import { sealPendingAuditEvents } from '../../server/modules/audit/audit.seal.ts';

export async function withDatabase<T>(work: (database: OpenDatabase, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db);
    const result = await work(database, config);
    // What the command wrote is chained before it exits.
    await sealPendingAuditEvents(database.db);
    return result;
  } finally {
    await database.close();
  }
}

/** The command acts as this user (`--as EMAIL`): what they may do and see, nothing more. */
export async function actorFor(db: Kysely<Database>, email: string): Promise<UserActor> {
  const user = await db
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.org_id')
    .select(['u.id', 'u.org_id', 'u.role', 'u.email', 'u.disabled', 'o.kind'])
    .where((eb) => eb(eb.fn('lower', ['u.email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  if (!user || user.disabled) throw new Error(`No active user ${email}`);
  return { kind: 'user', userId: user.id, orgId: user.org_id, orgKind: user.kind, role: user.role, email: user.email };
}
