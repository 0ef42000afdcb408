// Least privilege and the anchored chain: the app's role cannot rewrite the log, and a
// rewrite by the owner (who can) is caught by a head saved earlier outside the database.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { runCli } from '../../test/cli.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { AuditCheckpoints, type ChainHead, sealPendingAuditEvents } from './audit.seal.ts';
import { chainHash } from './audit.service.ts';
import { chainedFields } from './audit.seal.ts';
import { verifyAuditChain } from './audit.verify.ts';

let t: TestApp;
let focal: Session;
let dataDir: string;
const heads: ChainHead[] = [];

async function createDocuments(n: number) {
  for (let i = 0; i < n; i++)
    await focal.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { title: `Doc ${i}`, kind: 'report', documentDate: '2015-01-22', sharing: { marking: 'GREEN' } },
    });
  await sealPendingAuditEvents(t.appDb);
  // What the server does every few seconds: append the head to DATA_DIR/audit-checkpoints.
  heads.push(await new AuditCheckpoints(t.appDb, { dataDir, databaseUrl: t.url }).write());
}

beforeAll(async () => {
  t = await buildTestApp();
  dataDir = mkdtempSync(join(tmpdir(), 'entente-anchor-'));
  const org = await buildOrganisation(t.db);
  focal = await signIn(t.app, (await buildUser(t.db, org.id)).email, TEST_PASSWORD);
  await createDocuments(3); // events 1 (sign-in) to 4
  await createDocuments(3); // events 5 to 7
});
afterAll(async () => {
  await t?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** As the app's role, on one connection (so that SET applies to the statement after it). */
async function asApp(statement: ReturnType<typeof sql>, setup?: ReturnType<typeof sql>) {
  return await t.appDb.connection().execute(async (c) => {
    if (setup) await setup.execute(c);
    return await statement.execute(c);
  });
}

describe("the app's role", () => {
  it('is not the owner and owns nothing', async () => {
    const { rows } = await sql<{ user: string; owned: string; superuser: boolean }>`
      SELECT current_user AS user, current_setting('is_superuser') = 'on' AS superuser,
             (SELECT count(*) FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)) AS owned`.execute(t.appDb);
    expect(rows[0]).toEqual({ user: 'entente_app', superuser: false, owned: '0' });
  });

  it('may not update, delete or truncate audit events: the grants refuse it, not only the trigger', async () => {
    await expect(asApp(sql`UPDATE audit_event SET action = 'x' WHERE seq = 1`)).rejects.toThrow(/permission denied for table audit_event/);
    await expect(asApp(sql`UPDATE audit_event SET hash = repeat('f', 64) WHERE seq = 1`)).rejects.toThrow(/permission denied/);
    await expect(asApp(sql`DELETE FROM audit_event WHERE seq = 1`)).rejects.toThrow(/permission denied for table audit_event/);
    await expect(asApp(sql`TRUNCATE audit_event`)).rejects.toThrow(/permission denied for table audit_event/);
    // With the triggers off (it may set that for the import's fast path), the grants still hold.
    await expect(asApp(sql`UPDATE audit_event SET action = 'x' WHERE seq = 1`, sql`SET session_replication_role = replica`)).rejects.toThrow(
      /permission denied for table audit_event/,
    );
    await expect(asApp(sql`DELETE FROM audit_event WHERE seq = 1`, sql`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
  });

  it('may not disable the append-only trigger', async () => {
    await expect(asApp(sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`)).rejects.toThrow(/must be owner of table audit_event/);
    await expect(asApp(sql`ALTER TABLE audit_event DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
  });

  it('may not write an event that claims a place in the chain, nor re-seal a sealed one', async () => {
    await expect(
      asApp(sql`INSERT INTO audit_event (occurred_at, action, entity, seq, prev_hash, hash) VALUES (now(), 'x', 'x', 99, repeat('a', 64), repeat('b', 64))`),
    ).rejects.toThrow(/permission denied/);
    await expect(asApp(sql`SELECT audit_seal_events(ARRAY[1]::bigint[], ARRAY[99]::bigint[], ARRAY[repeat('a', 64)], ARRAY[repeat('b', 64)])`)).rejects.toThrow(
      /were not waiting to be sealed/,
    );
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, events: 7 });
  });

  it('may take the import fast path (session_replication_role), granted alone', async () => {
    const { rows } = await sql<{ ok: boolean }>`SELECT has_parameter_privilege('session_replication_role', 'SET') AS ok`.execute(t.appDb);
    expect(rows[0]!.ok).toBe(true);
  });
});

/** As the owner: switch the trigger off, change one event, and recompute every hash after it. */
async function rewriteConsistently(seq: number) {
  await t.db.connection().execute(async (c) => {
    await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`.execute(c);
    await sql`UPDATE audit_event SET after = '{"title":"Forged"}' WHERE seq = ${seq}`.execute(c);
    let prev = (
      await c
        .selectFrom('audit_event')
        .select('hash')
        .where('seq', '=', String(seq - 1))
        .executeTakeFirstOrThrow()
    ).hash!;
    const rows = await c.selectFrom('audit_event').selectAll().where('seq', '>=', String(seq)).orderBy('seq').execute();
    for (const row of rows) {
      const hash = chainHash(prev, chainedFields({ ...row, seq: row.seq! }));
      await c.updateTable('audit_event').set({ prev_hash: prev, hash }).where('id', '=', row.id).execute();
      prev = hash;
    }
    await c.updateTable('audit_chain_head').set({ hash: prev }).execute();
    await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update`.execute(c);
  });
}

describe('the chain anchored outside the database', () => {
  it('keeps the heads in DATA_DIR/audit-checkpoints', () => {
    const lines = readFileSync(join(dataDir, 'audit-checkpoints'), 'utf8').trim().split('\n');
    expect(lines.map((l) => l.split(' ')[0])).toEqual(heads.map((h) => `${h.seq}:${h.hash}`));
    expect(heads.map((h) => h.seq)).toEqual(['4', '7']);
  });

  it('verifies through the saved heads while the chain is intact', async () => {
    const res = await runCli(['audit', 'verify', '--expect', `${heads[1]!.seq}:${heads[1]!.hash}`], { DATABASE_URL: t.url, DATA_DIR: dataDir });
    expect(res.stderr).toBe('');
    expect(res.stdout).toContain('7 events, no break, through 3 saved heads');
    expect(res.code).toBe(0);
  }, 60_000);

  it('refuses a malformed --expect, naming it', async () => {
    const res = await runCli(['audit', 'verify', '--expect', '7:nothex'], { DATABASE_URL: t.url, DATA_DIR: dataDir });
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain('--expect');
  }, 60_000);

  it('catches a chain the owner rewrote consistently, and names where', async () => {
    await rewriteConsistently(6);
    // The recomputation alone cannot tell: every hash holds.
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, events: 7 });

    // The checkpoint file, read by default.
    const res = await runCli(['audit', 'verify'], { DATABASE_URL: t.url, DATA_DIR: dataDir });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('BROKEN at event 7');
    expect(res.stderr).toContain('rewritten from event 5 to event 7');
    expect(res.stderr).toContain('at event 4 still holds');

    // A head kept elsewhere, given on the command line.
    const expect7 = await runCli(['audit', 'verify', '--expect', `${heads[1]!.seq}:${heads[1]!.hash}`], {
      DATABASE_URL: t.url,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'entente-anchor-empty-')),
    });
    expect(expect7.stderr).toContain('BROKEN');
    expect(expect7.code).toBe(1);
    expect(expect7.stderr).toMatch(/BROKEN at event 7: the chain no longer passes through the head saved in --expect \(7:/);
    // The head from before the rewritten events still holds.
    const expect4 = await runCli(['audit', 'verify', '--expect', `${heads[0]!.seq}:${heads[0]!.hash}`], {
      DATABASE_URL: t.url,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'entente-anchor-empty-')),
    });
    expect(expect4.stderr).toBe('');
    expect(expect4.code).toBe(0);
  }, 120_000);

  it('catches events removed from the end past a saved head', async () => {
    await t.db.connection().execute(async (c) => {
      await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`.execute(c);
      await sql`DELETE FROM audit_event WHERE seq > 4`.execute(c);
      await sql`UPDATE audit_chain_head SET seq = 4, hash = ${heads[0]!.hash}`.execute(c);
      await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update`.execute(c);
    });
    const result = await verifyAuditChain(t.db, undefined, [{ ...heads[1]!, source: 'a test' }]);
    expect(result).toMatchObject({ ok: false, brokenSeq: '5' });
    expect(result.ok || result.reason).toContain('reached event 7');
  });
});
