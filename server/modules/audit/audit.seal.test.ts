// The sealer writes a batch only if the chain's head is still where it read it (audit.seal.ts):
// sealers racing one another, while events are written, must still leave one unbroken chain
// in which every event appears exactly once.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type TestDatabase, freshDatabase } from '../../test/database.ts';
import { sealPendingAuditEvents, sealerCounts } from './audit.seal.ts';
import { recordAudit } from './audit.service.ts';
import { verifyAuditChain } from './audit.verify.ts';

let t: TestDatabase;

beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(async () => t?.drop());

/** Writes `n` events, each in its own transaction, as the app's role does. */
async function writeEvents(writer: number, n: number) {
  for (let i = 0; i < n; i++)
    await t.appDb
      .transaction()
      .execute((trx) => recordAudit(trx, systemCtx, { action: 'test.write', entity: 'test', entityId: `${writer}-${i}`, after: { writer, i, z: [i, { b: 'ب', a: null }] } }));
}

describe('the audit sealer', () => {
  it('keeps one chain, every event once, with sealers racing each other while events are written', async () => {
    const lostBefore = sealerCounts.lost;
    let writing = true;
    const writers = Promise.all([0, 1, 2, 3].map((w) => writeEvents(w, 150))).finally(() => {
      writing = false;
    });
    // Four sealers at once, two giving way to another and two waiting: each reads the head and
    // the events after it, and some find the head moved when they write.
    const sealers = [false, false, true, true].map(async (wait) => {
      let sealed = 0;
      while (writing) sealed += await sealPendingAuditEvents(t.appDb, { wait });
      return sealed;
    });
    await writers;
    const sealedWhileWriting = (await Promise.all(sealers)).reduce((a, b) => a + b, 0);
    const rest = await sealPendingAuditEvents(t.appDb);
    expect(sealedWhileWriting + rest).toBe(600);
    // The races this test is about happened: some batches were hashed, then found sealed by another.
    expect(sealerCounts.lost - lostBefore).toBeGreaterThan(0);

    const { rows } = await sql<{ events: string; sealed: string; distinct_entities: string }>`
      SELECT count(*) AS events, count(seq) AS sealed, count(DISTINCT entity_id) AS distinct_entities FROM audit_event WHERE action = 'test.write'`.execute(t.db);
    expect(rows[0]).toEqual({ events: '600', sealed: '600', distinct_entities: '600' });
    const verified = await verifyAuditChain(t.db);
    expect(verified).toMatchObject({ ok: true, pending: 0 });
    expect(verified.events).toBe(Number((await t.db.selectFrom('audit_chain_head').select('seq').executeTakeFirstOrThrow()).seq));
  });

  it('seals nothing and moves nothing when there is nothing to seal', async () => {
    const before = await t.db.selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow();
    expect(await sealPendingAuditEvents(t.appDb)).toBe(0);
    expect(await sealPendingAuditEvents(t.appDb, { wait: false })).toBe(0);
    expect(await t.db.selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow()).toEqual(before);
  });
});
