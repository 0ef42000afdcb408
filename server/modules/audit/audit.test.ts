import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { runCli } from '../../test/cli.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { sealPendingAuditEvents } from './audit.seal.ts';
import { verifyAuditChain } from './audit.verify.ts';

let t: TestApp;
let admin: Session;
let focal: Session;

beforeAll(async () => {
  t = await buildTestApp();
  const sec = await buildOrganisation(t.db, { kind: 'secretariat' });
  const org = await buildOrganisation(t.db);
  admin = await signIn(t.app, (await buildUser(t.db, sec.id, 'admin')).email, TEST_PASSWORD);
  focal = await signIn(t.app, (await buildUser(t.db, org.id)).email, TEST_PASSWORD);
  for (let i = 0; i < 5; i++)
    await focal.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { title: `Doc ${i}`, kind: 'report', documentDate: '2015-01-22', sharing: { marking: 'GREEN' } },
    });
});
afterAll(async () => t?.close());

/** Tampering needs the superuser's replica mode, which turns the append-only triggers off. */
async function tamper(statement: ReturnType<typeof sql>) {
  await t.db.connection().execute(async (c) => {
    await sql`SET session_replication_role = replica`.execute(c);
    await statement.execute(c);
    await sql`SET session_replication_role = DEFAULT`.execute(c);
  });
}

describe('audit log', () => {
  it('records every write with who, what and the change, chained', async () => {
    await sealPendingAuditEvents(t.db);
    const events = await t.db.selectFrom('audit_event').selectAll().orderBy('seq').execute();
    expect(events.map((e) => e.action)).toEqual(['auth.sign_in', 'auth.sign_in', ...Array(5).fill('document.create')]);
    expect(events[2]!.after).toMatchObject({ title: 'Doc 0' });
    expect(events[2]!.actor_user_id).toBeTruthy();
    for (let i = 1; i < events.length; i++) expect(events[i]!.prev_hash).toBe(events[i - 1]!.hash);
    expect(events.map((e) => e.seq)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    const head = await t.db.selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow();
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, events: 7, pending: 0, head: { seq: '7', hash: head.hash }, anchors: 0 });
  });

  it('is append-only for the application', async () => {
    await expect(sql`UPDATE audit_event SET action = 'x' WHERE seq = 1`.execute(t.db)).rejects.toThrow(/append-only/);
    // Not even the chain columns of a sealed event can be rewritten.
    await expect(sql`UPDATE audit_event SET hash = repeat('f', 64) WHERE seq = 1`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_event WHERE seq = 1`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_event`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('is readable and verifiable by admins only', async () => {
    expect((await focal.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
    const list = await admin.inject({ method: 'GET', url: '/api/audit?limit=2' });
    expect(list.json().items).toHaveLength(2);
    expect(list.json().items[0].action).toBe('document.create');
    const bad = await admin.inject({ method: 'GET', url: '/api/audit?limit=0' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query.limit');
    const verify = await admin.inject({ method: 'GET', url: '/api/audit/verify' });
    expect(verify.json()).toMatchObject({ ok: true });
  });

  it('`entente audit verify` passes on an intact chain', async () => {
    const res = await runCli(['audit', 'verify'], { DATABASE_URL: t.url });
    expect(res.stdout).toMatch(/verified: \d+ events/);
    // The head, to keep somewhere the database cannot reach and pass back with --expect.
    const head = await t.db.selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow();
    expect(res.stdout).toContain(`Head: ${head.seq}:${head.hash}`);
    expect(res.code).toBe(0);
  });

  it('names the end of the chain when its last event was deleted', async () => {
    const original = await t.db.selectFrom('audit_event').selectAll().where('seq', '=', '7').executeTakeFirstOrThrow();
    await tamper(sql`DELETE FROM audit_event WHERE seq = 7`);
    const result = await verifyAuditChain(t.db);
    expect(result).toMatchObject({ ok: false, brokenSeq: '7' });
    await tamper(sql`INSERT INTO audit_event OVERRIDING SYSTEM VALUE
      SELECT * FROM json_populate_record(null::audit_event, ${JSON.stringify({ ...original, occurred_at: original.occurred_at.toISOString() })}::json)`);
  });

  it('names the event whose content was changed', async () => {
    await tamper(sql`UPDATE audit_event SET after = '{"title":"Forged"}' WHERE seq = 4`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenSeq: '4' });
    const res = await runCli(['audit', 'verify'], { DATABASE_URL: t.url });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('BROKEN at event 4');
  });

  it('names the event after one that was deleted', async () => {
    await tamper(sql`DELETE FROM audit_event WHERE seq = 2`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenSeq: '3' });
    const res = await runCli(['audit', 'verify'], { DATABASE_URL: t.url });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('BROKEN at event 3');
  });
});
