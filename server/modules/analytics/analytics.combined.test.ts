// The coverage answer is read in two statements, each reducing the visible contributions
// once (coverageByLine, coverageByPlace). Here it must equal, for readers of different
// organisations and the secretariat, the answer built from the five separate statements
// (one scan each, as before), over random contributions: organisations, lines, types,
// statuses (cancelled included), places, periods, currencies and markings (GREEN, AMBER
// shared with one organisation, RED) — so what one reader may not see changes neither.
// It also checks freshness: a new contribution is in the very next answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx, UserActor } from '../../infra/actor.ts';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import * as q from './analytics.queries.ts';
import { answerFrom, coverage } from './analytics.service.ts';

let t: TestApp;
const orgs: { id: string; session: Session; ctx: Ctx }[] = [];
let secretariat: Ctx;
const lineIds: string[] = [];
const placeIds: string[] = [];

// A small deterministic generator, so a failure can be reproduced.
let seed = 20261201;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;

beforeAll(async () => {
  t = await buildTestApp();
  for (let i = 0; i < 3; i++) {
    lineIds.push(
      (
        await t.db
          .transaction()
          .execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: `line${i}`, name: `Line ${i}`, description: '', position: i }))
      ).id,
    );
  }
  const country = (await t.db.insertInto('location').values({ parent_id: null, level: 'country', code: 'XK', name: 'Combiland' }).returning('id').executeTakeFirstOrThrow()).id;
  placeIds.push(country);
  for (let i = 0; i < 3; i++) {
    placeIds.push(
      (
        await t.db
          .insertInto('location')
          .values({ parent_id: country, level: 'adm1', code: `XK-${i}`, name: `Province ${i}` })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  }
  for (let i = 0; i < 3; i++) {
    const org = await buildOrganisation(t.db, { name: `Combining State ${i}` });
    const user = await buildUser(t.db, org.id);
    const actor: UserActor = { kind: 'user', userId: user.id, orgId: org.id, orgKind: 'state', role: 'focal_point', email: user.email };
    orgs.push({ id: org.id, session: await signIn(t.app, user.email, TEST_PASSWORD), ctx: { actor } });
  }
  const sec = await buildOrganisation(t.db, { name: 'Combining Secretariat', kind: 'secretariat' });
  const admin = await buildUser(t.db, sec.id, 'admin');
  secretariat = { actor: { kind: 'user', userId: admin.id, orgId: sec.id, orgKind: 'secretariat', role: 'admin', email: admin.email } };

  for (let i = 0; i < 60; i++) {
    const owner = pick(orgs);
    const other = pick(orgs.filter((o) => o !== owner));
    const marking = pick(['GREEN', 'GREEN', 'AMBER', 'RED']);
    const start = `2026-0${1 + Math.floor(rnd() * 6)}-01`;
    const res = await owner.session.inject({
      method: 'POST',
      url: '/api/contributions',
      payload: {
        frameworkNodeId: pick(lineIds),
        type: pick(['funding', 'training', 'equipment']),
        money: rnd() < 0.7 ? { amountMinor: 1 + Math.floor(rnd() * 100000), currency: pick(['USD', 'EUR']) } : undefined,
        locationIds: rnd() < 0.8 ? [pick(placeIds)] : [placeIds[1], placeIds[2]],
        status: pick(['pledged', 'committed', 'delivered', 'committed'] as const),
        startDate: rnd() < 0.8 ? start : undefined,
        endDate: rnd() < 0.7 ? `2026-${String(7 + Math.floor(rnd() * 6)).padStart(2, '0')}-28` : undefined,
        sharing: { marking, audienceOrgIds: marking === 'AMBER' ? [other.id] : [] },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    if (res.json().status !== 'delivered' && rnd() < 0.2) {
      const id = res.json().id as string;
      const cancel = await owner.session.inject({ method: 'POST', url: `/api/contributions/${id}/status`, payload: { status: 'cancelled' } });
      expect(cancel.statusCode, cancel.body).toBe(200);
    }
  }
});
afterAll(async () => t?.close());

async function fromFiveStatements(ctx: Ctx, filter: object = {}) {
  const [cells, thinLines, thinPlaces, duplicates, places, lines] = await Promise.all([
    q.coverageMatrix(t.db, ctx.actor, filter),
    q.contributorsPerLine(t.db, ctx.actor, filter),
    q.thinLocations(t.db, ctx.actor, filter),
    q.likelyDuplicates(t.db, ctx.actor, filter),
    q.placesOnMap(t.db, ctx.actor, filter),
    q.linesInOrder(t.db),
  ]);
  return answerFrom({ cells, thinLines, thinPlaces, duplicates, places, lines });
}

describe('the coverage answer in two statements', () => {
  it('equals the five separate statements for every reader and some filters', async () => {
    for (const ctx of [...orgs.map((o) => o.ctx), secretariat]) {
      for (const filter of [{}, { type: 'funding' as const }, { lineId: lineIds[0] }, { locationId: placeIds[1] }, { status: 'committed' as const }]) {
        const answer = await coverage(t.db, ctx, filter);
        expect(answer).toEqual(await fromFiveStatements(ctx, filter));
      }
    }
    // The data are varied enough to exercise every part.
    const all = await coverage(t.db, secretariat, {});
    expect(all.matrix.cells.length).toBeGreaterThan(5);
    expect(all.likelyDuplicates.length).toBeGreaterThan(0);
    expect(all.places.length).toBeGreaterThan(1);
    const mine = await coverage(t.db, orgs[0]!.ctx, {});
    expect(mine.matrix.cells.reduce((n, c) => n + c.count, 0)).toBeLessThan(all.matrix.cells.reduce((n, c) => n + c.count, 0));
  });

  it('counts a new contribution in the very next answer', async () => {
    const owner = orgs[1]!;
    const before = await coverage(t.db, owner.ctx, {});
    const res = await owner.session.inject({
      method: 'POST',
      url: '/api/contributions',
      payload: { frameworkNodeId: lineIds[2], type: 'funding', locationIds: [placeIds[3]], status: 'committed', sharing: { marking: 'RED' } },
    });
    expect(res.statusCode, res.body).toBe(201);
    const after = await coverage(t.db, owner.ctx, {});
    const count = (a: typeof before) => a.matrix.cells.reduce((n, c) => n + c.count, 0);
    expect(count(after)).toBe(count(before) + 1);
    expect(after.places.find((p) => p.id === placeIds[3])?.contributions).toBe((before.places.find((p) => p.id === placeIds[3])?.contributions ?? 0) + 1);
  });
});
