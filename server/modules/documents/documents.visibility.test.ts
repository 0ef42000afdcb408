// The visibility matrix: five markings × six kinds of reader, on lists, single reads
// and search. Every cell is asserted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKINGS, type Marking } from '../../../common/sharing.ts';
import { type Session, type TestApp, buildTestApp } from '../../test/app.ts';
import { EXPECTED, READERS, type Reader, castReaders } from '../../test/visibility.ts';

let t: TestApp;
const sessions = {} as Record<Exclude<Reader, 'anonymous'>, Session>;
const docIds = {} as Record<Marking, string>;

beforeAll(async () => {
  t = await buildTestApp();
  const cast = await castReaders(t);
  Object.assign(sessions, cast.sessions);
  for (const marking of MARKINGS) {
    const res = await sessions.author.inject({
      method: 'POST',
      url: '/api/documents',
      payload: {
        title: `Matrix ${marking} zebracorn`,
        kind: 'report',
        documentDate: '2015-01-22',
        body: `The zebracorn report marked ${marking}.`,
        sharing: cast.sharing(marking),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    docIds[marking] = res.json().id;
  }
});

afterAll(async () => t?.close());

async function get(reader: Reader, url: string) {
  if (reader === 'anonymous') return await t.app.inject({ method: 'GET', url: url.replace('/api/', '/api/public/') });
  return await sessions[reader].inject({ method: 'GET', url });
}

describe('documents visibility matrix', () => {
  for (const reader of READERS) {
    describe(reader, () => {
      it('lists exactly the documents the rule allows', async () => {
        const res = await get(reader, '/api/documents?limit=200');
        expect(res.statusCode).toBe(200);
        const seen = res
          .json()
          .items.map((d: { sharing: { marking: Marking } }) => d.sharing.marking)
          .sort();
        expect(seen).toEqual([...EXPECTED[reader]].sort());
      });

      it('finds exactly the documents the rule allows', async () => {
        const res = await get(reader, '/api/documents?q=zebracorn');
        expect(res.statusCode).toBe(200);
        const seen = res
          .json()
          .items.map((d: { sharing: { marking: Marking } }) => d.sharing.marking)
          .sort();
        expect(seen).toEqual([...EXPECTED[reader]].sort());
      });

      for (const marking of MARKINGS) {
        const allowed = EXPECTED[reader].includes(marking);
        it(`${allowed ? 'reads' : 'cannot read'} the ${marking} document`, async () => {
          const res = await get(reader, `/api/documents/${docIds[marking]}`);
          expect(res.statusCode).toBe(allowed ? 200 : 404);
          if (allowed) expect(res.json().sharing.marking).toBe(marking);
        });
      }
    });
  }

  it('lets only the owner organisation edit, and hides nothing by the failed attempt', async () => {
    const res = await sessions.secretariat.inject({
      method: 'PATCH',
      url: `/api/documents/${docIds.AMBER}`,
      payload: { title: 'Changed by someone else' },
    });
    expect(res.statusCode).toBe(403);
    const colleague = await sessions.ownerColleague.inject({
      method: 'PATCH',
      url: `/api/documents/${docIds.GREEN}`,
      payload: { sharing: { marking: 'CLEAR' } },
    });
    expect(colleague.statusCode).toBe(200);
    expect(colleague.json().sharing.marking).toBe('CLEAR');
    const publicRead = await t.app.inject({ method: 'GET', url: `/api/public/documents/${docIds.GREEN}` });
    expect(publicRead.statusCode).toBe(200);
  });
});
