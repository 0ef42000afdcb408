// An audit event about two shared rows (a contribution linked to a need) shows its content
// only to a reader who may read BOTH rows now: the link's content names the need and the
// amount, which must not reach an admin who cannot read the need (a RED need, or a need
// that moved out of their sight after being linked). The hash chain covers the related rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { chainedFields } from './audit.seal.ts';
import { chainHash } from './audit.service.ts';

let t: TestApp;
let focal: Session;
let admin: Session;
let focalId = '';
let lineId = '';

interface AuditItem {
  id: string;
  action: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  related: { entity: string; id: string }[] | null;
  contentWithheld: boolean;
}

beforeAll(async () => {
  t = await buildTestApp();
  const uk = await buildOrganisation(t.db);
  const secretariat = await buildOrganisation(t.db, { kind: 'secretariat' });
  const focalUser = await buildUser(t.db, uk.id);
  focalId = focalUser.id;
  const adminUser = await buildUser(t.db, secretariat.id, 'admin');
  focal = await signIn(t.app, focalUser.email, TEST_PASSWORD);
  admin = await signIn(t.app, adminUser.email, TEST_PASSWORD);
  lineId = (
    await t.db.transaction().execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'line', name: 'Line', description: '', position: 0 }))
  ).id;
});
afterAll(async () => t?.close());

async function contribution(marking: string) {
  const res = await focal.inject({
    method: 'POST',
    url: '/api/contributions',
    payload: { frameworkNodeId: lineId, type: 'funding', description: 'c', money: { amountMinor: 100, currency: 'USD' }, status: 'committed', sharing: { marking } },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function need(marking: string, recipientUserIds: string[] = []) {
  const res = await focal.inject({
    method: 'POST',
    url: '/api/needs',
    payload: { frameworkNodeId: lineId, type: 'funding', money: { amountMinor: 1000, currency: 'USD' }, description: 'n', sharing: { marking, recipientUserIds } },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function link(contributionId: string, needId: string) {
  const res = await focal.inject({ method: 'POST', url: `/api/contributions/${contributionId}/needs`, payload: { needId, amountMinor: 1 } });
  expect(res.statusCode, res.body).toBe(200);
}

async function auditAs(session: Session, query: string) {
  const res = await session.inject({ method: 'GET', url: `/api/audit?limit=200&${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return { body: res.body, items: res.json().items as AuditItem[] };
}

const linkEventIds = async (contributionId: string) =>
  (await t.db.selectFrom('audit_event').select('id').where('entity_id', '=', contributionId).where('action', 'like', 'contribution.%link_need').execute()).map((e) => String(e.id));

describe('audit events about more than one shared row', () => {
  it('withholds a link to a RED need from an admin who cannot read the need', async () => {
    const c = await contribution('GREEN');
    const n = await need('RED', [focalId]);
    await link(c, n);
    expect((await admin.inject({ method: 'GET', url: `/api/needs/${n}` })).statusCode).toBe(404);
    expect((await admin.inject({ method: 'GET', url: `/api/contributions/${c}` })).statusCode).toBe(200);

    const [linkEvent] = await linkEventIds(c);
    expect(linkEvent).toBeDefined();
    // Asked about the contribution, the admin sees its creation, not the link (as if it did not exist).
    const byRow = await auditAs(admin, `entity=contribution&entityId=${c}`);
    expect(byRow.items.map((i) => i.action)).toEqual(['contribution.create']);
    expect(byRow.body).not.toContain(n);
    // In the whole list the link shows who, when and what kind of change only.
    const all = await auditAs(admin, 'entity=contribution');
    expect(all.items.find((i) => i.id === linkEvent)).toMatchObject({ action: 'contribution.link_need', contentWithheld: true, entityId: null, after: null, related: null });
    expect(all.body).not.toContain(n);

    // The unlink names the need too.
    expect((await focal.inject({ method: 'DELETE', url: `/api/contributions/${c}/needs/${n}` })).statusCode).toBe(204);
    const afterUnlink = await auditAs(admin, 'entity=contribution');
    const unlinkEvent = afterUnlink.items.find((i) => i.action === 'contribution.unlink_need' && (i.entityId === c || i.entityId === null));
    expect(unlinkEvent).toMatchObject({ contentWithheld: true, before: null });
    expect(afterUnlink.body).not.toContain(n);
  });

  it('shows the link to a reader of both rows, and withholds it once the need moves out of their sight', async () => {
    const c = await contribution('GREEN');
    const n = await need('GREEN');
    await link(c, n);
    const before = await auditAs(admin, `entity=contribution&entityId=${c}`);
    const shown = before.items.find((i) => i.action === 'contribution.link_need');
    expect(shown).toMatchObject({ contentWithheld: false, entityId: c, after: { needId: n, amountMinor: 1 }, related: [{ entity: 'need', id: n }] });

    const redden = await focal.inject({ method: 'PATCH', url: `/api/needs/${n}`, payload: { sharing: { marking: 'RED', recipientUserIds: [focalId] } } });
    expect(redden.statusCode, redden.body).toBe(200);
    expect((await admin.inject({ method: 'GET', url: `/api/needs/${n}` })).statusCode).toBe(404);
    const after = await auditAs(admin, `entity=contribution&entityId=${c}`);
    expect(after.items.map((i) => i.action)).toEqual(['contribution.create']);
    expect(after.body).not.toContain(n);

    // The focal point, made an admin, reads both rows: the content is theirs to see.
    await t.db.updateTable('app_user').set({ role: 'admin' }).where('id', '=', focalId).execute();
    const own = await auditAs(
      await signIn(t.app, (await t.db.selectFrom('app_user').select('email').where('id', '=', focalId).executeTakeFirstOrThrow()).email, TEST_PASSWORD),
      `entity=contribution&entityId=${c}`,
    );
    expect(own.items.find((i) => i.action === 'contribution.link_need')).toMatchObject({ contentWithheld: false, after: { needId: n, amountMinor: 1 } });
  });

  it('chains the related rows: the hash covers them, and the chain verifies', async () => {
    const verify = await admin.inject({ method: 'GET', url: '/api/audit/verify' });
    expect(verify.statusCode, verify.body).toBe(200);
    expect(verify.json()).toMatchObject({ ok: true });
    const linked = await t.db.selectFrom('audit_event').selectAll().where('action', '=', 'contribution.link_need').orderBy('seq').executeTakeFirstOrThrow();
    expect(linked.related).toHaveLength(1);
    const fields = chainedFields({ ...linked, seq: linked.seq! });
    expect(chainHash(linked.prev_hash!, fields)).toBe(linked.hash);
    // Without its related rows the event would hash differently: they are part of what is sealed.
    expect(chainHash(linked.prev_hash!, { ...fields, related: undefined })).not.toBe(linked.hash);
    // An event that names none hashes as before the column existed (no `related` key at all).
    const created = await t.db.selectFrom('audit_event').selectAll().where('action', '=', 'contribution.create').executeTakeFirstOrThrow();
    expect('related' in chainedFields({ ...created, seq: created.seq! })).toBe(false);
  });
});
