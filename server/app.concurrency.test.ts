// 100 concurrent writes through a listening server: each succeeds or fails cleanly,
// and the audit chain holds afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealPendingAuditEvents } from './modules/audit/audit.seal.ts';
import { verifyAuditChain } from './modules/audit/audit.verify.ts';
import { type Session, type TestApp, buildTestApp, signIn } from './test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from './test/factories.ts';

let t: TestApp;
let base = '';
const sessions: Session[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const addr = t.app.server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  for (let i = 0; i < 4; i++) {
    const org = await buildOrganisation(t.db);
    sessions.push(await signIn(t.app, (await buildUser(t.db, org.id)).email, TEST_PASSWORD));
  }
});
afterAll(async () => t?.close());

describe('concurrent writes', () => {
  it('all 100 succeed or fail cleanly, and the chain verifies', async () => {
    const documentsBefore = await countRows(t.db, 'document');
    const results = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => {
        const s = sessions[i % sessions.length]!;
        // Every tenth write is invalid on purpose: it must fail alone and write nothing.
        const body =
          i % 10 === 9
            ? { title: '', kind: 'report', documentDate: '2015-01-22', sharing: { marking: 'GREEN' } }
            : { title: `Concurrent ${i}`, kind: 'report', documentDate: '2015-01-22', sharing: { marking: 'AMBER' } };
        const res = await fetch(`${base}/api/documents`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrfToken },
          body: JSON.stringify(body),
        });
        return res.status;
      }),
    );
    expect(results.filter((s) => s === 201)).toHaveLength(90);
    expect(results.filter((s) => s === 400)).toHaveLength(10);
    expect(await countRows(t.db, 'document')).toBe(documentsBefore + 90);
    await sealPendingAuditEvents(t.db);
    const verified = await verifyAuditChain(t.db);
    expect(verified).toMatchObject({ ok: true, pending: 0 });
    const creates = await t.db.selectFrom('audit_event').select('seq').where('action', '=', 'document.create').execute();
    expect(creates).toHaveLength(90);
  });
});
