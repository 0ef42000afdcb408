// Imports in the visibility matrix: a dry run and a commit by a user who cannot read a row
// (a colleague not named on the author's RED row; the secretariat importing on the owner's
// behalf) neither report on it nor change it. Its id is refused as taken, with no status,
// values or counts; a row the importer can read is matched and updated as before.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ctx, systemCtx } from '../../infra/actor.ts';
import { type TestApp, buildTestApp } from '../../test/app.ts';
import { type MatrixCast, actorOf, castReaders } from '../../test/visibility.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { importContributions } from '../contributions/contributions.interchange.ts';
import { TAKEN_ID } from './interchange.import.ts';
import { problemMessage } from './interchange.problems.ts';
import { importNeeds } from '../needs/needs.interchange.ts';

let t: TestApp;
let cast: MatrixCast;
let importers: { name: string; ctx: Ctx }[] = [];
/** The author's rows: RED ones (hidden from both importers) and GREEN ones (visible). */
const rows = { redContribution: '', redContributionNoExternalId: '', greenContribution: '', redNeed: '', greenNeed: '' };

beforeAll(async () => {
  t = await buildTestApp();
  cast = await castReaders(t);
  const lineId = (
    await t.db.transaction().execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'relief', name: 'Relief', description: '', position: 0 }))
  ).id;
  const author = cast.sessions.author;
  const contribution = async (externalId: string | null, marking: 'RED' | 'GREEN') => {
    const res = await author.inject({
      method: 'POST',
      url: '/api/contributions',
      payload: {
        frameworkNodeId: lineId,
        type: 'funding',
        description: 'Secret delivery',
        money: { amountMinor: 16, currency: 'USD' },
        status: 'delivered',
        externalId,
        sharing: cast.sharing(marking),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const need = async (externalId: string, marking: 'RED' | 'GREEN') => {
    const res = await author.inject({
      method: 'POST',
      url: '/api/needs',
      payload: {
        frameworkNodeId: lineId,
        type: 'funding',
        description: 'Secret need',
        money: { amountMinor: 16, currency: 'USD' },
        priority: 'high',
        externalId,
        sharing: cast.sharing(marking),
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  rows.redContribution = await contribution('RED-C', 'RED');
  rows.redContributionNoExternalId = await contribution(null, 'RED');
  rows.greenContribution = await contribution('GREEN-C', 'GREEN');
  rows.redNeed = await need('RED-N', 'RED');
  rows.greenNeed = await need('GREEN-N', 'GREEN');
  importers = [
    { name: 'a colleague of the author, not named on the RED rows', ctx: { actor: actorOf(cast.users.ownerColleague, 'state') } },
    { name: 'the secretariat, importing on the owner organisation’s behalf', ctx: { actor: actorOf(cast.users.secretariat, 'secretariat') } },
  ];
});
afterAll(async () => t?.close());

const sharing = { marking: 'GREEN' as const, audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] };
const owner = () => cast.orgs.owner.name;

/** One contribution row; the right guess of the hidden row's values unless told otherwise. */
const contributionsCsv = (id: string, over: { description?: string; status?: string } = {}) =>
  `#org,#sector,#activity+type,#activity+description,#value,#currency,#status,#meta+id\n` +
  `${owner()},relief,funding,${over.description ?? 'Secret delivery'},0.16,USD,${over.status ?? 'delivered'},${id}\n`;
const needsCsv = (id: string, over: { description?: string } = {}) =>
  `#org,#sector,#activity+type,#activity+description,#value,#currency,#priority,#meta+id\n` +
  `${owner()},relief,funding,${over.description ?? 'Secret need'},0.16,USD,high,${id}\n`;

const importOf = (kind: 'contributions' | 'needs', ctx: Ctx, csv: string, dryRun: boolean) =>
  (kind === 'contributions' ? importContributions : importNeeds)(t.db, ctx, Readable.from([Buffer.from(csv)]), { dryRun, fileName: 'file.csv', sharing });

const snapshot = async () => ({
  contributions: await t.db.selectFrom('contribution').selectAll().orderBy('id').execute(),
  needs: await t.db.selectFrom('need').selectAll().orderBy('id').execute(),
  history: await t.db.selectFrom('contribution_status_change').selectAll().orderBy('id').execute(),
});

describe('imports by id under the sharing rule', () => {
  const cases = [
    { kind: 'contributions' as const, what: 'a RED contribution by its external id, values guessed right', csv: () => contributionsCsv('RED-C') },
    {
      kind: 'contributions' as const,
      what: 'a RED contribution by its external id, with a status going backwards',
      csv: () => contributionsCsv('RED-C', { description: 'Overwritten', status: 'pledged' }),
    },
    { kind: 'contributions' as const, what: 'a RED contribution by its own id', csv: () => contributionsCsv(rows.redContributionNoExternalId, { description: 'Overwritten' }) },
    { kind: 'needs' as const, what: 'a RED need by its external id, values guessed right', csv: () => needsCsv('RED-N') },
    { kind: 'needs' as const, what: 'a RED need by its external id, values changed', csv: () => needsCsv('RED-N', { description: 'Overwritten' }) },
  ];
  for (const importer of [0, 1]) {
    for (const c of cases) {
      it(`${['a colleague', 'the secretariat'][importer]}: ${c.what} is refused as a taken id, in the dry run and the commit, and stays as it was`, async () => {
        const { ctx } = importers[importer]!;
        const before = await snapshot();
        for (const dryRun of [true, false]) {
          const report = await importOf(c.kind, ctx, c.csv(), dryRun);
          const id = c.csv().trim().split(',').at(-1)!;
          expect(report.problems).toEqual([{ column: '#meta+id', ...TAKEN_ID, message: problemMessage(TAKEN_ID), rows: [2], count: 1, values: [{ value: id, suggestions: [] }] }]);
          expect(report).toMatchObject({ committed: false, rows: 1, created: 0, updated: 0, unchanged: 0 });
          // Nothing of the hidden row: not its status, not its values.
          expect(JSON.stringify(report)).not.toMatch(/delivered|Secret|high/);
        }
        expect(await snapshot()).toEqual(before);
      });
    }

    it(`${['a colleague', 'the secretariat'][importer]}: rows it can read are still matched, compared and updated`, async () => {
      const { ctx } = importers[importer]!;
      const same = await importOf('contributions', ctx, contributionsCsv('GREEN-C'), true);
      expect(same).toMatchObject({ problems: [], created: 0, updated: 0, unchanged: 1 });
      const changed = await importOf('needs', ctx, needsCsv('GREEN-N', { description: `Changed by importer ${importer}` }), false);
      expect(changed).toMatchObject({ problems: [], committed: true, created: 0, updated: 1, unchanged: 0 });
      const need = await t.db.selectFrom('need').select('description').where('id', '=', rows.greenNeed).executeTakeFirstOrThrow();
      expect(need.description).toBe(`Changed by importer ${importer}`);
    });
  }

  it('over HTTP: the dry run job reports only the taken id, and it cannot be committed', async () => {
    for (const reader of ['ownerColleague', 'secretariat'] as const) {
      const session = cast.sessions[reader];
      const boundary = 'hxl-visibility';
      const started = await session.inject({
        method: 'POST',
        url: '/api/imports/contributions?dryRun=true&marking=GREEN',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="c.csv"\r\nContent-Type: text/csv\r\n\r\n${contributionsCsv('RED-C', { status: 'pledged' })}\r\n--${boundary}--\r\n`,
      });
      expect(started.statusCode, started.body).toBe(202);
      let job = started.json();
      for (let i = 0; i < 200 && job.status !== 'succeeded' && job.status !== 'failed'; i++) {
        await new Promise((r) => setTimeout(r, 50));
        job = (await session.inject({ method: 'GET', url: `/api/jobs/${job.id}` })).json();
      }
      expect(job.status, JSON.stringify(job)).toBe('succeeded');
      expect(job.result.problems).toEqual([
        { column: '#meta+id', ...TAKEN_ID, message: problemMessage(TAKEN_ID), rows: [2], count: 1, values: [{ value: 'RED-C', suggestions: [] }] },
      ]);
      expect(job.result).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
      expect(JSON.stringify(job)).not.toMatch(/delivered|Secret/);
      const commit = await session.inject({ method: 'POST', url: `/api/imports/${job.id}/commit` });
      expect(commit.statusCode).toBe(409);
    }
  });

  it('the author, who reads the RED rows, still updates them by import', async () => {
    const ctx = { actor: actorOf(cast.users.author, 'state') };
    const report = await importOf('contributions', ctx, contributionsCsv('RED-C'), true);
    expect(report).toMatchObject({ problems: [], unchanged: 1 });
    const byOwnId = await importOf('contributions', ctx, contributionsCsv(rows.redContributionNoExternalId), true);
    expect(byOwnId).toMatchObject({ problems: [], unchanged: 1 });
  });
});
