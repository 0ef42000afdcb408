// The visibility matrix for the audit log: five markings × the readers of
// server/test/visibility.ts, each made an admin (the log is for admins only), on documents,
// contributions and needs. An event's content is shown only to those who may read its row
// now; the others get who, when and what kind of change; and asking about a row one cannot
// read answers exactly as asking about a row that does not exist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKINGS, type Marking } from '../../../common/sharing.ts';
import { systemCtx } from '../../infra/actor.ts';
import { type TestApp, buildTestApp } from '../../test/app.ts';
import { EXPECTED, type MatrixCast, READERS, type Reader } from '../../test/visibility.ts';
import { castReaders } from '../../test/visibility.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';

type Entity = 'document' | 'contribution' | 'need';
type SignedInReader = Exclude<Reader, 'anonymous'>;
const ENTITIES: Entity[] = ['document', 'contribution', 'need'];
const SIGNED_IN = READERS.filter((r): r is SignedInReader => r !== 'anonymous');

let t: TestApp;
let cast: MatrixCast;
const ids = {} as Record<Entity, Record<Marking, string>>;
let deletedDocumentId = '';
// Every row's text carries this word and its marking, so a leak shows in any answer's JSON.
const secret = (entity: Entity, marking: Marking) => `quokka-${entity}-${marking}`;

interface AuditItem {
  id: string;
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  hash: string | null;
  contentWithheld: boolean;
}

beforeAll(async () => {
  t = await buildTestApp();
  cast = await castReaders(t);
  const lineId = (
    await t.db.transaction().execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'line', name: 'Line', description: '', position: 0 }))
  ).id;
  const author = cast.sessions.author;
  for (const entity of ENTITIES) ids[entity] = {} as Record<Marking, string>;
  for (const marking of MARKINGS) {
    const doc = await author.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { title: secret('document', marking), kind: 'report', documentDate: '2015-01-22', body: 'body', sharing: cast.sharing(marking) },
    });
    expect(doc.statusCode, doc.body).toBe(201);
    ids.document[marking] = doc.json().id;
    const edit = await author.inject({ method: 'PATCH', url: `/api/documents/${ids.document[marking]}`, payload: { title: `${secret('document', marking)} v2` } });
    expect(edit.statusCode, edit.body).toBe(200);
    const contribution = await author.inject({
      method: 'POST',
      url: '/api/contributions',
      payload: {
        frameworkNodeId: lineId,
        type: 'funding',
        description: secret('contribution', marking),
        money: { amountMinor: 100, currency: 'USD' },
        status: 'committed',
        sharing: cast.sharing(marking),
      },
    });
    expect(contribution.statusCode, contribution.body).toBe(201);
    ids.contribution[marking] = contribution.json().id;
    const need = await author.inject({
      method: 'POST',
      url: '/api/needs',
      payload: { frameworkNodeId: lineId, type: 'funding', quantity: { value: 1, unit: 'x' }, description: secret('need', marking), sharing: cast.sharing(marking) },
    });
    expect(need.statusCode, need.body).toBe(201);
    ids.need[marking] = need.json().id;
  }
  const doomed = await author.inject({
    method: 'POST',
    url: '/api/documents',
    payload: { title: 'quokka-deleted', kind: 'report', documentDate: '2015-01-22', body: 'gone', sharing: { marking: 'GREEN' } },
  });
  deletedDocumentId = doomed.json().id;
  expect((await author.inject({ method: 'DELETE', url: `/api/documents/${deletedDocumentId}` })).statusCode).toBe(204);
});
afterAll(async () => t?.close());

const auditOf = async (reader: SignedInReader, query: string) => {
  const res = await cast.sessions[reader].inject({ method: 'GET', url: `/api/audit?limit=200&${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res;
};
const eventIdsOf = async (entity: string, rowId: string) =>
  (await t.db.selectFrom('audit_event').select('id').where('entity', '=', entity).where('entity_id', '=', rowId).execute()).map((e) => String(e.id));

describe('audit log visibility matrix', () => {
  it('is closed to every reader who is not an admin, whatever the marking', async () => {
    for (const reader of SIGNED_IN) {
      if (cast.users[reader].role === 'admin') continue;
      for (const marking of MARKINGS) {
        const res = await cast.sessions[reader].inject({ method: 'GET', url: `/api/audit?entity=document&entityId=${ids.document[marking]}` });
        expect(res.statusCode, `${reader} ${marking}`).toBe(403);
      }
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
    // From here on every reader is an admin in the same place: same organisation, same audience, same RED naming.
    await t.db
      .updateTable('app_user')
      .set({ role: 'admin' })
      .where(
        'id',
        'in',
        Object.values(cast.users).map((u) => u.id),
      )
      .execute();
  });

  for (const reader of SIGNED_IN)
    for (const entity of ENTITIES)
      it(`${reader} × ${entity}: content of exactly the markings they may read, who/when/what of the others`, async () => {
        const res = await auditOf(reader, `entity=${entity}`);
        const items = res.json().items as AuditItem[];
        for (const marking of MARKINGS) {
          const expected = await eventIdsOf(entity, ids[entity][marking]);
          expect(expected.length).toBeGreaterThan(0);
          const events = items.filter((i) => expected.includes(i.id));
          expect(events.map((e) => e.id).sort(), `${reader} ${entity} ${marking}`).toEqual([...expected].sort());
          for (const e of events) {
            expect(e.actorUserId).toBe(cast.users.author.id);
            expect(e.action).toMatch(new RegExp(`^${entity}\\.`));
            if (EXPECTED[reader].includes(marking)) {
              expect(e, `${reader} ${entity} ${marking}`).toMatchObject({ contentWithheld: false, entityId: ids[entity][marking] });
              expect(e.hash === null && e.requestId === null).toBe(false);
            } else {
              expect(e, `${reader} ${entity} ${marking}`).toMatchObject({ contentWithheld: true, entityId: null, before: null, after: null, requestId: null, hash: null });
            }
          }
          const leaked = res.body.includes(secret(entity, marking));
          expect(leaked, `${reader} ${entity} ${marking}`).toBe(EXPECTED[reader].includes(marking));
        }
      });

  for (const reader of SIGNED_IN)
    it(`${reader}: asking about a row they cannot read answers as asking about a missing one`, async () => {
      const missing = await auditOf(reader, 'entity=document&entityId=00000000-0000-4000-8000-000000000000');
      expect(missing.json().items).toEqual([]);
      for (const entity of ENTITIES)
        for (const marking of MARKINGS) {
          const res = await auditOf(reader, `entity=${entity}&entityId=${ids[entity][marking]}`);
          if (EXPECTED[reader].includes(marking)) {
            expect(res.json().items.length, `${reader} ${entity} ${marking}`).toBeGreaterThan(0);
            expect(res.json().items.every((i: AuditItem) => !i.contentWithheld && i.entityId === ids[entity][marking])).toBe(true);
          } else {
            expect(res.body, `${reader} ${entity} ${marking}`).toBe(missing.body.replace('00000000-0000-4000-8000-000000000000', ids[entity][marking]));
          }
        }
      // The same without naming the entity.
      const res = await auditOf(reader, `entityId=${ids.document.RED}`);
      if (!EXPECTED[reader].includes('RED')) expect(res.json()).toEqual({ items: [], nextCursor: null });
    });

  it('withholds the content of a deleted row from every reader, its author and the secretariat included', async () => {
    const expected = await eventIdsOf('document', deletedDocumentId);
    expect(expected).toHaveLength(2);
    for (const reader of SIGNED_IN) {
      const res = await auditOf(reader, 'entity=document');
      const events = (res.json().items as AuditItem[]).filter((i) => expected.includes(i.id));
      expect(events.map((e) => e.action).sort()).toEqual(['document.create', 'document.delete']);
      expect(events.every((e) => e.contentWithheld && e.after === null && e.before === null)).toBe(true);
      expect(res.body).not.toContain('quokka-deleted');
      expect((await auditOf(reader, `entityId=${deletedDocumentId}`)).json().items).toEqual([]);
    }
  });

  it("shows the content of events about the platform's own records (accounts, framework) to admins", async () => {
    const res = await auditOf('secretariat', 'entity=app_user');
    const signIn = (res.json().items as AuditItem[]).find((i) => i.action === 'auth.sign_in' && i.entityId === cast.users.author.id);
    expect(signIn).toMatchObject({ contentWithheld: false });
  });
});
