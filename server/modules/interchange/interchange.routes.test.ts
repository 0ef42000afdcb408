import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { itRequiresSignIn, request } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { loadReferenceLocations } from '../locations/locations.service.ts';
import { interchangeSpecs } from './interchange.registry.ts';
import { multipartFile, waitForJob } from '../../test/upload.ts';

let t: TestApp;
let focal: Session;
let other: Session;
let viewer: Session;

beforeAll(async () => {
  t = await buildTestApp();
  await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
    await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'humanitarian', name: 'Humanitarian', description: '', position: 0 });
  });
  const org = await buildOrganisation(t.db, { name: 'Japan', iso3: 'JPN' });
  const otherOrg = await buildOrganisation(t.db, { name: 'Korea', iso3: 'KOR' });
  focal = await signIn(t.app, (await buildUser(t.db, org.id)).email, TEST_PASSWORD);
  viewer = await signIn(t.app, (await buildUser(t.db, org.id, 'viewer')).email, TEST_PASSWORD);
  other = await signIn(t.app, (await buildUser(t.db, otherOrg.id)).email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

const upload = (file: string | Buffer, name = 'c.csv') => multipartFile(name, file);
const waitFor = waitForJob;
const FILE = `#org,#sector,#adm1,#activity,#activity+type,#value+usd,#date+start,#status,#meta+id
Japan,humanitarian,IQ-AN,Water trucks,humanitarian_aid,"1,000,000.00",2015-04-01,committed,JP-1
Japan,humanitarian,IQ-SD,Clinics,in_kind,250000,2015-05-01,pledged,JP-2
`;

const routes = {
  importables: { method: 'GET' as const, url: () => '/api/imports' },
  import: { method: 'POST' as const, url: () => '/api/imports/contributions' },
  commit: { method: 'POST' as const, url: () => '/api/imports/00000000-0000-4000-8000-000000000000/commit' },
  job: { method: 'GET' as const, url: () => '/api/jobs/00000000-0000-4000-8000-000000000000' },
  export: { method: 'GET' as const, url: () => '/api/contributions/export.csv' },
  exportXlsx: { method: 'GET' as const, url: () => '/api/contributions/export.xlsx' },
  importNeeds: { method: 'POST' as const, url: () => '/api/imports/needs' },
  exportNeeds: { method: 'GET' as const, url: () => '/api/needs/export.csv' },
  exportNeedsXlsx: { method: 'GET' as const, url: () => '/api/needs/export.xlsx' },
  template: { method: 'GET' as const, url: () => '/api/contributions/template.csv' },
  templateXlsx: { method: 'GET' as const, url: () => '/api/needs/template.xlsx' },
};

const NEEDS = `Stated by,Line,Place,What,Type,Quantity,Unit,Amount,Currency,Priority,Id
#org,#sector,#adm1+code,#activity+description,#activity+type,#output+num,#output+unit,#value,#currency,#priority,#meta+id
Japan,humanitarian,IQ-AN,Winter kits,humanitarian_aid,5000,kits,,,haute,N-1
Japan,humanitarian,IQ-SD,Clinic running costs,funding,,,"750,000",USD,critical,N-2
`;

describe('HXL over HTTP', () => {
  itRequiresSignIn(() => t, routes);

  it('an audience group that does not exist is a 400 naming it at upload, with no job started', async () => {
    const before = await countRows(t.db, 'job');
    const res = await focal.inject({
      method: 'POST',
      url: '/api/imports/contributions?marking=AMBER&audienceGroupIds=00000000-0000-4000-8000-000000000000',
      ...upload(FILE),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['query.audienceGroupIds.0']);
    expect(await countRows(t.db, 'job')).toBe(before);
  });

  it('runs a dry run as a job, then commits the same file', async () => {
    const started = await focal.inject({ ...request(routes.import), ...upload(FILE) });
    expect(started.statusCode, started.body).toBe(202);
    const dry = await waitFor(focal, started.json().id);
    expect(dry).toMatchObject({ status: 'succeeded', result: { dryRun: true, created: 2, problems: [] } });
    expect(dry.progress.total).toBeGreaterThan(0);
    expect(await countRows(t.db, 'contribution')).toBe(0);
    // Someone else cannot see or commit your job.
    expect((await other.inject({ method: 'GET', url: `/api/jobs/${dry.id}` })).statusCode).toBe(404);
    const commit = await focal.inject({ method: 'POST', url: `/api/imports/${dry.id}/commit` });
    expect(commit.statusCode).toBe(202);
    const done = await waitFor(focal, commit.json().id);
    expect(done).toMatchObject({ status: 'succeeded', result: { committed: true, created: 2 } });
    expect(await countRows(t.db, 'contribution')).toBe(2);
    // A committed job cannot be committed again, nor can its dry run be committed twice;
    // the file is not kept once committed.
    expect((await focal.inject({ method: 'POST', url: `/api/imports/${commit.json().id}/commit` })).statusCode).toBe(409);
    expect((await focal.inject({ method: 'POST', url: `/api/imports/${dry.id}/commit` })).statusCode).toBe(409);
    expect(readdirSync(join(t.config.dataDir, 'imports'))).toEqual([]);
  });

  it('refuses viewers, bad parameters and a missing file', async () => {
    expect((await viewer.inject({ ...request(routes.import), ...upload(FILE) })).statusCode).toBe(403);
    expect((await viewer.inject({ ...request(routes.importNeeds), ...upload(NEEDS) })).statusCode).toBe(403);
    for (const url of ['/api/contributions/export.xlsx?lineId=nope', '/api/needs/export.csv?type=parachutes']) {
      const res = await focal.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toMatch(/^query\.(lineId|type)$/);
    }
    const bad = await focal.inject({ method: 'POST', url: '/api/imports/contributions?marking=PINK', ...upload(FILE) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query.marking');
    const noFile = await focal.inject({ method: 'POST', url: '/api/imports/contributions', payload: { a: 1 } });
    expect(noFile.statusCode).toBe(415);
  });

  it('takes import files larger than attachments, up to MAX_IMPORT_MB, and refuses bigger ones with a 413', async () => {
    const small = await buildTestApp({ MAX_UPLOAD_MB: '1', MAX_IMPORT_MB: '2' });
    try {
      const org = await buildOrganisation(small.db, { name: 'Japan', iso3: 'JPN' });
      const session = await signIn(small.app, (await buildUser(small.db, org.id)).email, TEST_PASSWORD);
      const padded = (mb: number) => `${FILE}${'#'.repeat(mb * 2 ** 20)}\n`;
      const ok = await session.inject({ ...request(routes.import), ...upload(padded(1.5)) });
      expect(ok.statusCode, ok.body).toBe(202);
      const big = await session.inject({ ...request(routes.import), ...upload(padded(2.5)) });
      expect(big.statusCode).toBe(413);
      expect(big.json().errors[0].path).toBe('file');
      await waitFor(session, ok.json().id);
    } finally {
      await small.close();
    }
  });

  it('reports a file without hashtags as a failed job that wrote nothing', async () => {
    const started = await focal.inject({ ...request(routes.import), ...upload('a,b\n1,2\n') });
    const job = await waitFor(focal, started.json().id);
    expect(job.status).toBe('failed');
    expect(job.error).toContain('no row of HXL hashtags');
  });

  it('exports HXL CSV that imports back unchanged', async () => {
    // A contribution made by hand, without an external id, travels by its own id.
    const line = await t.db.selectFrom('framework_node').select('id').executeTakeFirstOrThrow();
    await focal.inject({
      method: 'POST',
      url: '/api/contributions',
      payload: { frameworkNodeId: line.id, type: 'training', description: 'Police training', sharing: { marking: 'GREEN' } },
    });
    const res = await focal.inject(request(routes.export));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.trim().split('\n');
    expect(lines[1]).toBe(
      '#org,#org+name+label,#sector+code,#sector+name+label,#loc+code,#loc+name+label,#activity+description,#activity+type,#output+num,#output+unit,#value,#currency,#date+start,#date+end,#status,#meta+id,#meta+marking',
    );
    expect(lines).toHaveLength(5);
    expect(res.body).toContain('1000000.00,USD');
    const before = await countRows(t.db, 'contribution');
    const again = await focal.inject({ ...request(routes.import), ...upload(res.body) });
    const job = await waitFor(focal, again.json().id);
    expect(job.result).toMatchObject({ created: 0, updated: 0, unchanged: 3, problems: [] });
    expect(await countRows(t.db, 'contribution')).toBe(before);
  });

  it('exports what the list shows: words, place subtree and period filters apply', async () => {
    const iraq = await t.db.selectFrom('location').select('id').where('code', '=', 'IRQ').executeTakeFirstOrThrow();
    const dataRows = async (query: string) => {
      const res = await focal.inject({ method: 'GET', url: `/api/contributions/export.csv?${query}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.body.trim().split('\n').slice(2);
    };
    expect(await dataRows('q=clinic')).toEqual([expect.stringContaining('Clinics')]);
    expect((await dataRows(`locationId=${iraq.id}`)).length).toBe(2);
    // Up to 15 April: the water trucks (from 1 April) and the undated training, not the clinics (from 1 May).
    const early = await dataRows('to=2015-04-15');
    expect(early).toEqual(expect.arrayContaining([expect.stringContaining('Water trucks'), expect.stringContaining('Police training')]));
    expect(early.some((row) => row.includes('Clinics'))).toBe(false);
  });

  it('exports XLSX that imports back unchanged', async () => {
    const res = await focal.inject(request(routes.exportXlsx));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const before = await countRows(t.db, 'contribution');
    const again = await focal.inject({ ...request(routes.import), ...upload(res.rawPayload, 'contributions.hxl.xlsx') });
    const job = await waitFor(focal, again.json().id);
    expect(job.result).toMatchObject({ hashtagRow: 2, unchanged: before, created: 0, updated: 0, problems: [] });
  });

  it('imports needs from CSV, exports them as CSV and XLSX, and both read back unchanged', async () => {
    const started = await focal.inject({ method: 'POST', url: '/api/imports/needs?dryRun=false', ...upload(NEEDS) });
    expect(started.statusCode, started.body).toBe(202);
    const job = await waitFor(focal, started.json().id);
    expect(job).toMatchObject({ status: 'succeeded', result: { committed: true, created: 2, problems: [] } });
    const needs = await t.db.selectFrom('need').select(['external_id', 'priority', 'quantity', 'amount_minor']).orderBy('external_id').execute();
    expect(needs).toEqual([
      { external_id: 'N-1', priority: 'high', quantity: '5000.0000', amount_minor: null },
      { external_id: 'N-2', priority: 'critical', quantity: null, amount_minor: '75000000' },
    ]);
    for (const [route, name] of [
      [routes.exportNeeds, 'needs.csv'],
      [routes.exportNeedsXlsx, 'needs.xlsx'],
    ] as const) {
      const exported = await focal.inject(request(route));
      expect(exported.statusCode).toBe(200);
      const back = await focal.inject({ ...request(routes.importNeeds), ...upload(exported.rawPayload, name) });
      expect((await waitFor(focal, back.json().id)).result).toMatchObject({ created: 0, updated: 0, unchanged: 2, problems: [] });
    }
  });

  it('checks what only a need must have: one place, a size above zero', async () => {
    const bad = `#org,#sector,#adm1+code,#activity+type,#output+num,#output+unit,#value,#currency,#priority
Japan,humanitarian,IQ-AN|IQ-SD,training,10,teams,,,high
Japan,humanitarian,IQ-AN,training,,,,,high
Japan,humanitarian,IQ-AN,training,0,teams,,,high
Japan,humanitarian,IQ-AN,training,5,teams,,,someday
`;
    const before = await countRows(t.db, 'need');
    const started = await focal.inject({ method: 'POST', url: '/api/imports/needs?dryRun=false', ...upload(bad) });
    const job = await waitFor(focal, started.json().id);
    const byColumn = Object.fromEntries((job.result.problems as { column: string; message: string; rows: number[] }[]).map((p) => [`${p.column} ${p.message}`, p.rows]));
    expect(byColumn).toEqual({
      '#adm1+code a need is for one place: give one per row': [2],
      '#output+num a need needs a quantity, an amount of money, or both': [3],
      '#output+num a need’s quantity is more than 0': [4],
      '#priority unknown priority (low, medium, high, critical)': [5],
    });
    expect(await countRows(t.db, 'need')).toBe(before);
  });

  it('keeps other organisations’ AMBER+STRICT rows out of exports', async () => {
    const line = await t.db.selectFrom('framework_node').select('id').executeTakeFirstOrThrow();
    const org = await t.db.selectFrom('organisation').select('id').where('name', '=', 'Korea').executeTakeFirstOrThrow();
    await other.inject({
      method: 'POST',
      url: '/api/contributions',
      payload: {
        frameworkNodeId: line.id,
        type: 'funding',
        description: 'Strict one',
        sharing: { marking: 'AMBER+STRICT', audienceOrgIds: [(await t.db.selectFrom('organisation').select('id').where('name', '=', 'Japan').executeTakeFirstOrThrow()).id] },
      },
    });
    const visible = await focal.inject({ method: 'GET', url: `/api/contributions?orgId=${org.id}` });
    expect(visible.json().items).toHaveLength(1);
    const exported = await focal.inject(request(routes.export));
    expect(exported.body).not.toContain('Strict one');
    const own = await other.inject(request(routes.export));
    expect(own.body).toContain('Strict one');
  });

  it('lists each importable with the formats its upload reads and its exports, which download as listed and read back unchanged', async () => {
    const res = await focal.inject(request(routes.importables));
    expect(res.statusCode).toBe(200);
    const items: { name: string; reads: string[]; exports: { format: string; url: string; type: string }[] }[] = res.json().items;
    // What the registry holds, whatever other modules register besides the two this file has rows of.
    expect(items.map((i) => i.name)).toEqual(interchangeSpecs().map((s) => s.name));
    expect(items.map((i) => i.name)).toEqual(expect.arrayContaining(['contributions', 'needs']));
    for (const item of items) {
      expect(item.reads).toEqual(['csv', 'xlsx', 'json']);
      expect(item.exports).toEqual(
        ['csv', 'xlsx', 'json'].map((format) => ({
          format,
          url: `/api/${item.name}/export.${format}`,
          type: expect.stringContaining(format === 'xlsx' ? 'spreadsheetml' : format),
        })),
      );
      if (item.name !== 'contributions' && item.name !== 'needs') continue;
      const unchanged: number[] = [];
      for (const download of item.exports) {
        const file = await focal.inject({ method: 'GET', url: download.url });
        expect(file.statusCode, file.body).toBe(200);
        expect(file.headers['content-type']).toBe(download.type);
        // Uploaded back under the name the download gave it, it is read as the format it was written in.
        const name = /filename="([^"]+)"/.exec(String(file.headers['content-disposition']))?.[1] ?? '';
        expect(name.endsWith(`.${download.format}`) && item.reads.includes(download.format)).toBe(true);
        const back = await focal.inject({ method: 'POST', url: `/api/imports/${item.name}`, ...upload(file.rawPayload, name) });
        expect(back.statusCode, back.body).toBe(202);
        const report = (await waitFor(focal, back.json().id)).result;
        expect(report, download.format).toMatchObject({ created: 0, updated: 0, problems: [] });
        unchanged.push(report.unchanged);
      }
      // Every format held the same rows, all of them read back.
      expect(unchanged[0]).toBeGreaterThan(0);
      expect(new Set(unchanged).size).toBe(1);
    }
  });

  it('offers a blank template per entity: its column names and hashtag row, which the import reads as a file of no rows', async () => {
    const items: { name: string; hashtags: string[]; templates: { format: string; url: string; type: string }[] }[] = (await focal.inject(request(routes.importables))).json()
      .items;
    for (const item of items) {
      expect(item.templates.map((x) => x.format)).toEqual(['csv', 'xlsx']);
      for (const template of item.templates) {
        expect(template.url).toBe(`/api/${item.name}/template.${template.format}`);
        const file = await viewer.inject({ method: 'GET', url: template.url });
        expect(file.statusCode, file.body).toBe(200);
        expect(file.headers['content-type']).toBe(template.type);
        expect(file.headers['content-disposition']).toBe(`attachment; filename="${item.name}-template.hxl.${template.format}"`);
        if (template.format !== 'csv') continue;
        const lines = file.body.trim().split('\n');
        expect(lines).toHaveLength(2); // the names people read, the hashtags the import reads; no data
        for (const tag of lines[1]!.split(',')) expect(item.hashtags.some((h) => tag.startsWith(h) || h.startsWith(tag.split('+')[0]!))).toBe(true);
      }
    }
    // Filled in with nothing, it imports as nothing: a dry run that reads no row and finds no problem.
    const blank = await focal.inject({ method: 'GET', url: '/api/contributions/template.xlsx' });
    const back = await focal.inject({ method: 'POST', url: '/api/imports/contributions', ...upload(blank.rawPayload, 'contributions-template.hxl.xlsx') });
    expect(back.statusCode, back.body).toBe(202);
    const job = await waitFor(focal, back.json().id);
    expect(job.status).toBe('succeeded');
    expect(job.result).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
  });
});
