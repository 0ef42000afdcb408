// Least privilege: migrations run as the database's owner (the embedded server's
// `postgres` superuser, or the DATABASE_URL user); the app itself connects as a separate
// login role that owns no table. It may read and write the tables it serves, but on
// `audit_event` only SELECT and INSERT of an event's content, and on the fund's ledger
// (`fund_transaction`, `fund_entry`) only SELECT and INSERT: the database refuses it
// UPDATE, DELETE and TRUNCATE through its grants, and, not being the owner, it cannot
// switch the append-only triggers off either. Chain columns are filled in through
// `audit_seal_events()` (migration 0007), which runs as the owner.
//
// The role is `entente_app` unless DATABASE_APP_URL names another. Roles are cluster-wide
// while grants are per database, so the grants are reapplied after every migration run
// (tables added later are covered), under an advisory lock in that database; creating the
// role tolerates a concurrent creator. Its password is derived from the owner's
// (HMAC-SHA-256 keyed by the owner's password): every process of an install computes the
// same one without storing another secret, and it reveals nothing of the owner's. It is
// set when the role is created and again only when a login with it fails.
import { createHmac } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrator.ts';
import type { Database } from './database.ts';
import { createKysely } from './kysely.ts';

export const DEFAULT_APP_ROLE = 'entente_app';

/** Content columns of an audit event: all the app may write; the chain columns are the sealer's. */
const AUDIT_CONTENT_COLUMNS = ['occurred_at', 'actor_user_id', 'actor_org_id', 'action', 'entity', 'entity_id', 'before', 'after', 'request_id', 'related'];
/**
 * The fund's ledger (ADR 0015): posted transactions and entries are never changed nor
 * deleted, so the app may only read and insert them; its running balances are added to,
 * never deleted. Their triggers fire whatever `session_replication_role` says (migration
 * 0021), so the parameter the import may set does not switch them off.
 */
const APPEND_ONLY_LEDGER_TABLES = ['fund_transaction', 'fund_entry'];
const LEDGER_BALANCE_TABLES = ['fund_balance'];
/** Tables the app never needs: the migrator's own bookkeeping. */
const OWNER_ONLY_TABLES = ['kysely_migration', 'kysely_migration_lock'];

export class DatabaseRoleError extends Error {}

export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/** The app role's URL, derived from the owner's: same server and database, the derived password. */
export function derivedAppUrl(ownerUrl: string, role = DEFAULT_APP_ROLE): string {
  const u = new URL(ownerUrl);
  const ownerPassword = decodeURIComponent(u.password);
  if (!ownerPassword)
    throw new DatabaseRoleError("DATABASE_URL has no password to derive the app role's from: set DATABASE_APP_URL to the login the app should use (a role that owns no table).");
  u.username = role;
  u.password = createHmac('sha256', ownerPassword).update(`entente app role ${role}`).digest('hex');
  return u.toString();
}

async function canLogIn(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  try {
    await client.connect();
    return true;
  } catch (err) {
    const code = (err as { code?: string }).code;
    // 28P01: wrong password; 28000: no such role / not allowed to log in.
    if (code === '28P01' || code === '28000') return false;
    throw err;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates the derived app role if it is missing, and sets its password if a login with it fails. */
async function ensureDerivedRole(owner: Kysely<Database>, appUrl: string) {
  const role = roleOf(appUrl);
  const password = decodeURIComponent(new URL(appUrl).password);
  // Hex only (derivedAppUrl), so it is safe inside a literal; CREATE ROLE takes no parameters.
  if (!/^[0-9a-f]{64}$/.test(password)) throw new DatabaseRoleError('unexpected app role password');
  const exists = await sql`SELECT 1 FROM pg_roles WHERE rolname = ${role}`.execute(owner);
  if (!exists.rows.length) {
    try {
      await sql`CREATE ROLE ${sql.id(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${sql.lit(password)}`.execute(owner);
    } catch (err) {
      const code = (err as { code?: string }).code;
      // Another process (another database of this cluster) created it meanwhile: fine.
      if (code === '42710' || code === '23505') {
        /* created concurrently */
      } else if (code === '42501') {
        throw new DatabaseRoleError(`The database owner may not create the role ${role}: create it (LOGIN, owning nothing) or set DATABASE_APP_URL to a login that owns no table.`);
      } else throw err;
    }
  }
  for (let attempt = 0; !(await canLogIn(appUrl)); attempt++) {
    if (attempt >= 3)
      throw new DatabaseRoleError(`Cannot log in as ${role} even after setting its password: check pg_hba.conf allows password logins for it, or set DATABASE_APP_URL.`);
    try {
      await sql`ALTER ROLE ${sql.id(role)} LOGIN PASSWORD ${sql.lit(password)}`.execute(owner);
    } catch (err) {
      // Two processes setting the same password at once: "tuple concurrently updated".
      if ((err as { code?: string }).code !== 'XX000') throw err;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
    }
  }
}

/** What the app role may do in this database; reapplied after every migration run. */
export async function grantAppRole(owner: Kysely<Database>, role: string): Promise<void> {
  const { rows } = await sql<{ rolsuper: boolean; rolbypassrls: boolean; owned: string }>`
    SELECT r.rolsuper, r.rolbypassrls,
           (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid AND c.relnamespace = current_schema()::regnamespace) AS owned
      FROM pg_roles r WHERE r.rolname = ${role}`.execute(owner);
  const found = rows[0];
  if (!found)
    throw new DatabaseRoleError(`The app role ${role} does not exist: create it (LOGIN, owning nothing), or unset DATABASE_APP_URL to let Entente create ${DEFAULT_APP_ROLE}.`);
  if (found.rolsuper || found.rolbypassrls || Number(found.owned) > 0)
    throw new DatabaseRoleError(
      `The app role ${role} is a superuser or owns tables, so grants cannot limit it: give DATABASE_APP_URL a login that owns nothing (migrations run as DATABASE_URL's owner).`,
    );
  const r = sql.id(role);
  await owner.transaction().execute(async (trx) => {
    // GRANT and REVOKE of one table from two processes at once fail with "tuple concurrently updated".
    await sql`SELECT pg_advisory_xact_lock(hashtextextended('entente:grant-app-role', 0))`.execute(trx);
    const schema = sql.id(await currentSchema(trx));
    await sql`GRANT USAGE ON SCHEMA ${schema} TO ${r}`.execute(trx);
    // Start from nothing, so that a privilege granted by an earlier version does not linger.
    await sql`REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${r}`.execute(trx);
    await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${r}`.execute(trx);
    await sql`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${r}`.execute(trx);
    await sql`REVOKE ALL ON audit_event FROM ${r}`.execute(trx);
    await sql`GRANT SELECT ON audit_event TO ${r}`.execute(trx);
    await sql`GRANT INSERT (${sql.join(AUDIT_CONTENT_COLUMNS.map((c) => sql.id(c)))}) ON audit_event TO ${r}`.execute(trx);
    for (const table of APPEND_ONLY_LEDGER_TABLES) await sql`REVOKE UPDATE, DELETE, TRUNCATE ON ${sql.id(table)} FROM ${r}`.execute(trx);
    for (const table of LEDGER_BALANCE_TABLES) await sql`REVOKE DELETE, TRUNCATE ON ${sql.id(table)} FROM ${r}`.execute(trx);
    for (const table of OWNER_ONLY_TABLES) await sql`REVOKE ALL ON ${sql.id(table)} FROM ${r}`.execute(trx);
    await sql`GRANT EXECUTE ON FUNCTION audit_seal_events(bigint[], bigint[], text[], text[]) TO ${r}`.execute(trx);
  });
  await grantReplicationRole(owner, role);
}

async function currentSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ s: string }>`SELECT current_schema() AS s`.execute(db);
  return rows[0]!.s;
}

/**
 * The import's fast path sets session_replication_role (server/db/bulk.ts). PostgreSQL 15+
 * can grant that one parameter; the grant is cluster-wide. Where the owner may not grant
 * it (not a superuser), imports take the slower path with every trigger on.
 */
async function grantReplicationRole(owner: Kysely<Database>, role: string) {
  const { rows } = await sql<{ v: number }>`SELECT current_setting('server_version_num')::int AS v`.execute(owner);
  if (rows[0]!.v < 150000) return;
  const has = await sql<{ ok: boolean }>`SELECT has_parameter_privilege(${role}, 'session_replication_role', 'SET') AS ok`.execute(owner);
  if (has.rows[0]?.ok) return;
  try {
    await sql`GRANT SET ON PARAMETER session_replication_role TO ${sql.id(role)}`.execute(owner);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code !== '42501' && code !== 'XX000' && code !== '23505') throw err;
  }
}

export interface PreparedDatabase {
  /** Migrations applied by this run. */
  applied: string[];
  /** Where the app connects: its own role, never the owner. */
  appUrl: string;
}

/** As the owner: migrate, make sure the app role exists and can log in, and grant it its privileges. */
export async function prepareDatabase(ownerUrl: string, appUrl?: string): Promise<PreparedDatabase> {
  const owner = createKysely(ownerUrl, 2);
  try {
    const applied = await migrateToLatest(owner);
    const url = appUrl ?? derivedAppUrl(ownerUrl);
    if (roleOf(url) === roleOf(ownerUrl)) throw new DatabaseRoleError('DATABASE_APP_URL logs in as the owner: give the app its own login, one that owns no table.');
    if (!appUrl) await ensureDerivedRole(owner, url);
    await grantAppRole(owner, roleOf(url));
    return { applied, appUrl: url };
  } finally {
    await owner.destroy();
  }
}
