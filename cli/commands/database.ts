import type { Kysely } from 'kysely';
import { type Config, loadConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/database.ts';
import type { UserActor } from '../../server/infra/actor.ts';
import { type OpenDatabase, openDatabase } from '../../server/db/connect.ts';
import { AuditCheckpoints, sealPendingAuditEvents } from '../../server/modules/audit/audit.seal.ts';

/**
 * Opens the database (migrated as its owner, then connected as the app's role) for a
 * command. What the command wrote is chained before it exits, and the chain's new head
 * appended to the checkpoint file (not by `audit verify`, which must not anchor a chain
 * it found broken).
 */
export async function withDatabase<T>(work: (database: OpenDatabase, config: Config) => Promise<T>, { checkpoint = true }: { checkpoint?: boolean } = {}): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const result = await work(database, config);
    await sealPendingAuditEvents(database.db);
    if (checkpoint) await new AuditCheckpoints(database.db, config).write();
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
