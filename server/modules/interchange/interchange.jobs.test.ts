// The import as a job kind: its rows commit in the same transaction as the job's success,
// so an import whose job was taken over by another process (a lost lease) writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { loadReferenceLocations } from '../locations/locations.service.ts';
import { multipartFile } from '../../test/upload.ts';

let t: TestApp;
let focal: Session;

beforeAll(async () => {
  t = await buildTestApp();
  await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
    await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'humanitarian', name: 'Humanitarian', description: '', position: 0 });
  });
  const org = await buildOrganisation(t.db, { name: 'Japan', iso3: 'JPN' });
  focal = await signIn(t.app, (await buildUser(t.db, org.id)).email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

const upload = (file: string) => multipartFile('c.csv', file);
const ROWS = 20_000;
const FILE = `#org,#sector,#adm1,#activity,#activity+type,#value+usd,#date+start,#status,#meta+id\n${Array.from(
  { length: ROWS },
  (_, i) => `Japan,humanitarian,IQ-AN,Water trucks ${i},humanitarian_aid,1000,2015-04-01,committed,JP-${i}`,
).join('\n')}\n`;

const jobRow = (id: string) => t.db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('an import job', () => {
  it('commits nothing when its lease was taken over before the import committed', async () => {
    const started = await focal.inject({ method: 'POST', url: '/api/imports/contributions?dryRun=false', ...upload(FILE) });
    expect(started.statusCode, started.body).toBe(202);
    const id = started.json().id as string;
    for (let i = 0; i < 500 && (await jobRow(id)).status !== 'running'; i++) await new Promise((r) => setTimeout(r, 10));
    // Another process took the job over (its attempt 2) while this one was still importing.
    await t.db.updateTable('job').set({ attempts: 2, lease_owner: 'elsewhere' }).where('id', '=', id).where('status', '=', 'running').execute();
    // This process's import ends: rolled back, since it no longer holds the job.
    for (let i = 0; i < 600 && t.app.jobs.runningCount > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(t.app.jobs.runningCount).toBe(0);
    expect(await jobRow(id)).toMatchObject({ status: 'running', attempts: 2, lease_owner: 'elsewhere', result: null });
    expect(await countRows(t.db, 'contribution')).toBe(0);
    // The other process is imaginary: the job ends here, before its lease would pass.
    await t.db.updateTable('job').set({ status: 'failed', error: 'test', lease_until: null }).where('id', '=', id).execute();
  });

  it('commits its rows and its success together when it holds its job', async () => {
    const started = await focal.inject({ method: 'POST', url: '/api/imports/contributions?dryRun=false', ...upload(FILE) });
    const id = started.json().id as string;
    for (let i = 0; i < 600 && (await jobRow(id)).status !== 'succeeded'; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await jobRow(id)).toMatchObject({ status: 'succeeded', attempts: 1, result: { committed: true, created: ROWS } });
    expect(await countRows(t.db, 'contribution')).toBe(ROWS);
  });
});
