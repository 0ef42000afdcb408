// The meetings' PDFs as jobs (issue 10: "its long work registered with the jobs module"): a
// briefing pack and a decision register printed by a job, run as their starter, downloaded by
// that starter only; a meeting the starter may not see is refused exactly as a missing one, and
// bad input is a 400 naming the field. Printing needs Chromium: skipped without it on a
// developer's machine, a failure on CI (as meetings.brief.test.ts).
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildGroup, buildOrganisation, buildUser } from '../../test/factories.ts';

const hasChromium = existsSync('/usr/bin/chromium');
const onCi = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());

let t: TestApp;
let owner: Session;
let outsider: Session;
let seriesId = '';
let visible = '';
let hidden = '';
const YEAR = new Date().getUTCFullYear() + 1;

async function ok(session: Session, method: 'GET' | 'POST', url: string, payload?: unknown, status = 200) {
  const res = await session.inject({ method, url, payload: payload as never });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.json();
}

/** Polls a job until it ends (printing launches Chromium the first time: a minute at most). */
async function finished(session: Session, jobId: string) {
  for (let i = 0; i < 600; i++) {
    const job = (await session.inject({ method: 'GET', url: `/api/jobs/${jobId}` })).json();
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${jobId} did not finish`);
}

beforeAll(async () => {
  t = await buildTestApp();
  const ownerOrg = (await buildOrganisation(t.db, { name: 'Owner ministry' })).id;
  const memberOrg = (await buildOrganisation(t.db)).id;
  const group = (await buildGroup(t.db, [memberOrg], 'Working group on training')).id;
  owner = await signIn(t.app, (await buildUser(t.db, ownerOrg, 'coordinator')).email, TEST_PASSWORD);
  outsider = await signIn(t.app, (await buildUser(t.db, (await buildOrganisation(t.db)).id)).email, TEST_PASSWORD);
  seriesId = (await ok(owner, 'POST', '/api/meeting-series', { name: 'Small group', code: 'SG' }, 201)).id;
  const meeting = async (title: string, day: string, sharing: Record<string, unknown>) =>
    (
      await ok(
        owner,
        'POST',
        '/api/meetings',
        { seriesId, title, kind: 'small_group', timeZone: 'Europe/Brussels', start: `${day}T10:00`, end: `${day}T12:00`, venue: 'Egmont Palace', sharing },
        201,
      )
    ).id as string;
  visible = await meeting('Small group, Brussels', `${YEAR}-02-12`, { marking: 'GREEN' });
  await ok(owner, 'POST', `/api/meetings/${visible}/agenda`, { title: 'Training from spring' });
  hidden = await meeting('Training group retreat', `${YEAR}-03-05`, { marking: 'AMBER', audienceGroupIds: [group] });
}, 120_000);
afterAll(async () => t?.close());

describe("the meetings' PDF jobs: who may start them, and what they refuse", () => {
  it('asks for a session (401)', async () => {
    for (const url of [`/api/meetings/${visible}/brief.pdf/jobs`, `/api/meeting-series/${seriesId}/decisions.pdf/jobs`]) {
      const res = await t.app.inject({ method: 'POST', url });
      expect(res.statusCode, url).toBe(401);
    }
  });

  it('names the field of a bad id, language or year (400), and queues nothing', async () => {
    const before = await t.db
      .selectFrom('job')
      .select((e) => e.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const cases: [string, string][] = [
      ['/api/meetings/not-an-id/brief.pdf/jobs', 'params.id'],
      [`/api/meetings/${visible}/brief.pdf/jobs?lang=de`, 'query.lang'],
      [`/api/meeting-series/${seriesId}/decisions.pdf/jobs?year=15`, 'query.year'],
      [`/api/meeting-series/${seriesId}/decisions.pdf/jobs?colour=red`, 'query.colour'],
    ];
    for (const [url, field] of cases) {
      const res = await owner.inject({ method: 'POST', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.body, url).toContain(field);
    }
    const after = await t.db
      .selectFrom('job')
      .select((e) => e.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('answers a meeting the starter may not see exactly as a missing one (404), and queues nothing', async () => {
    const before = await t.db
      .selectFrom('job')
      .select((e) => e.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const unseen = await outsider.inject({ method: 'POST', url: `/api/meetings/${hidden}/brief.pdf/jobs` });
    const missing = await outsider.inject({ method: 'POST', url: `/api/meetings/${randomUUID()}/brief.pdf/jobs` });
    expect(unseen.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    const shape = (body: string) => {
      const { requestId: _r, instance: _i, ...rest } = JSON.parse(body);
      return rest;
    };
    expect(shape(unseen.body)).toEqual(shape(missing.body));
    expect((await outsider.inject({ method: 'POST', url: `/api/meeting-series/${randomUUID()}/decisions.pdf/jobs` })).statusCode).toBe(404);
    const after = await t.db
      .selectFrom('job')
      .select((e) => e.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});

describe.skipIf(!hasChromium && !onCi)("the meetings' PDFs printed by jobs", () => {
  it('prints the briefing pack as its starter, in the language asked, with its marking; only the starter downloads it', async () => {
    const started = await owner.inject({ method: 'POST', url: `/api/meetings/${visible}/brief.pdf/jobs?lang=ar` });
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json().kind).toBe('meetings.brief-pdf');
    const job = await finished(owner, started.json().id);
    expect(job.status, job.error).toBe('succeeded');
    expect(job.result).toMatchObject({ marking: 'GREEN' });
    expect(job.progress).toMatchObject({ done: 1, total: 1 });
    const file = await owner.inject({ method: 'GET', url: job.file.url });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('application/pdf');
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(job.file.name).toMatch(/\.pdf$/);
    // Another user, even one who may see the meeting, gets nothing of someone else's job.
    expect((await outsider.inject({ method: 'GET', url: job.file.url })).statusCode).toBe(404);
    expect((await outsider.inject({ method: 'GET', url: `/api/jobs/${job.id}` })).statusCode).toBe(404);
  }, 120_000);

  it("prints a series' decision register for a year", async () => {
    const started = await owner.inject({ method: 'POST', url: `/api/meeting-series/${seriesId}/decisions.pdf/jobs?year=${YEAR}&lang=en` });
    expect(started.statusCode, started.body).toBe(202);
    const job = await finished(owner, started.json().id);
    expect(job.status, job.error).toBe('succeeded');
    const file = await owner.inject({ method: 'GET', url: job.file.url });
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);
});
