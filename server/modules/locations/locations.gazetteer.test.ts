// The gazetteer (ADR 0030): a COD-AB table loaded by the secretariat, all or nothing, as a job;
// then an HDX-style 3W file naming places by P-code and OCHA spelling and organisations by their
// Arabic and French names imports without editing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import { multipartFile, waitForJob } from '../../test/upload.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { loadReferenceLocations } from './locations.service.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../test/fixtures', name), 'utf8');
const COD = fixture('iraq-cod-ab-sample.csv');
const THREE_W = fixture('hdx-3w-iraq-sample.csv');

let t: TestApp;
let admin: Session;
let coordinator: Session;
let ircsId = '';
let nrcId = '';

beforeAll(async () => {
  t = await buildTestApp();
  await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
    const line = await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'humanitarian', name: 'Humanitarian relief', description: '', position: 0 });
    await createFrameworkNodeIn(trx, systemCtx, { parentId: line.id, kind: 'objective', code: 'humanitarian.shelter', name: 'Shelter', description: '', position: 0 });
    await createFrameworkNodeIn(trx, systemCtx, { parentId: line.id, kind: 'objective', code: 'humanitarian.wash', name: 'WASH', description: '', position: 1 });
  });
  const secretariat = await buildOrganisation(t.db, { name: 'Coalition secretariat', kind: 'secretariat' });
  admin = await signIn(t.app, (await buildUser(t.db, secretariat.id, 'admin')).email, TEST_PASSWORD);
  coordinator = await signIn(t.app, (await buildUser(t.db, secretariat.id, 'coordinator')).email, TEST_PASSWORD);
  ircsId = (await buildOrganisation(t.db, { name: 'Iraqi Red Crescent Society', kind: 'organisation' })).id;
  nrcId = (await buildOrganisation(t.db, { name: 'Norwegian Refugee Council', kind: 'organisation' })).id;
});
afterAll(async () => t?.close());

const loadGazetteer = (session: Session, csv: string, query = '') => session.inject({ method: 'POST', url: `/api/locations/gazetteer${query}`, ...multipartFile('cod.csv', csv) });
const place = (code: string) =>
  t.db
    .selectFrom('location')
    .selectAll()
    .where((eb) => eb.or([eb('code', '=', code), eb('pcode', '=', code)]))
    .executeTakeFirstOrThrow();
const aliasesOf = async (id: string) => (await t.db.selectFrom('location_alias').select('name').where('location_id', '=', id).orderBy('name').execute()).map((a) => a.name);
const importContributions = async (csv: string, dryRun: boolean) => {
  const res = await admin.inject({ method: 'POST', url: `/api/imports/contributions?dryRun=${dryRun}`, ...multipartFile('3w.csv', csv) });
  expect(res.statusCode, res.body).toBe(202);
  const job = await waitForJob(admin, res.json().id);
  expect(job.status, job.error).toBe('succeeded');
  return job.result as { problems: { column: string; message: string; rows: number[]; values?: { value: string; suggestions: string[] }[] }[]; created: number };
};

describe('the gazetteer', () => {
  it('is loaded by admins only: a coordinator is refused before the file is read', async () => {
    const before = await countRows(t.db, 'location');
    const res = await loadGazetteer(coordinator, COD);
    expect(res.statusCode, res.body).toBe(403);
    expect(await countRows(t.db, 'location')).toBe(before);
    expect(await countRows(t.db, 'job')).toBe(0);
  });

  it('refuses a bad file with the row and column of each problem, and changes nothing', async () => {
    const before = await countRows(t.db, 'location');
    const audit = await countRows(t.db, 'audit_event');
    const lines = COD.trimEnd().split('\n');
    // Row 4 loses its district P-code; row 6 gives Al-Anbar Ninewa's P-code, which row 8 names Ninewa.
    lines[3] = lines[3]!.replace(',IQD0101,', ',,');
    lines[5] = lines[5]!.replace(',IQG01,', ',IQG15,');
    const res = await loadGazetteer(admin, `${lines.join('\n')}\n`);
    expect(res.statusCode, res.body).toBe(400);
    const messages = res.json().errors.map((e: { path: string; message: string }) => `${e.path} ${e.message}`);
    expect(messages).toContain('file row 4, column admin2Pcode: missing: a place needs its P-code');
    expect(messages).toContain('file row 8, column admin1Name_en: IQG15 has another name here than on row 6');
    // Each problem has its code and parameters, its row and column among them, for the web app to word (ADR 0037).
    expect(res.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'file', rule: 'gazetteer_pcode_missing', params: { row: 4, column: 'admin2Pcode' } }),
        expect.objectContaining({ path: 'file', rule: 'gazetteer_name_differs', params: { row: 8, column: 'admin1Name_en', pcode: 'IQG15', otherRow: 6 } }),
      ]),
    );
    const noPcodes = await loadGazetteer(admin, 'admin1Name_en,admin1Name_ar\nNinewa,نينوى\n');
    expect(noPcodes.statusCode).toBe(400);
    expect(noPcodes.json().errors[0]).toMatchObject({
      message: expect.stringContaining('admin1Pcode is missing'),
      rule: 'gazetteer_level_pcode_missing',
      params: { row: 1, level: 1 },
    });
    expect(await countRows(t.db, 'location')).toBe(before);
    expect(await countRows(t.db, 'audit_event')).toBe(audit);
    expect(await countRows(t.db, 'job')).toBe(0);
  });

  it('loads a COD-AB table: the ISO governorates get their P-codes and the OCHA spellings, the districts and sub-districts are added', async () => {
    const before = await countRows(t.db, 'location');
    const res = await loadGazetteer(admin, COD);
    expect(res.statusCode, res.body).toBe(202);
    const job = await waitForJob(admin, res.json().id);
    expect(job.status, job.error).toBe('succeeded');
    expect(job.result).toEqual({ country: 'IRQ', places: 23, added: 20, updated: 3, unchanged: 0, aliases: 8 });
    expect(await countRows(t.db, 'location')).toBe(before + 20);
    const ninewa = await place('IQ-NI');
    expect(ninewa).toMatchObject({ pcode: 'IQG15', name: 'Ninawa' });
    expect(await aliasesOf(ninewa.id)).toEqual(['Ninewa']);
    expect((await place('IQ-AN')).pcode).toBe('IQG01');
    const mosul = await place('IQD1501');
    expect(mosul).toMatchObject({ parent_id: ninewa.id, level: 'adm2', name: 'Al-Mosul', name_ar: 'الموصل', pcode: 'IQD1501' });
    const hamam = await place('IQS150102');
    expect(hamam).toMatchObject({ parent_id: mosul.id, level: 'adm3' });
    expect(await aliasesOf(hamam.id)).toEqual(['Hammam al-Alil']);
    const audit = await t.db.selectFrom('audit_event').selectAll().where('action', '=', 'location.load_gazetteer').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: 'location', entity_id: ninewa.parent_id, after: expect.objectContaining({ fileName: 'cod.csv', added: 20, updated: 3 }) });
    // The list finds a place by its P-code and by its spelling.
    const byPcode = await coordinator.inject({ method: 'GET', url: '/api/locations?q=IQG15' });
    expect(byPcode.json().items.map((l: { code: string; pcode: string }) => [l.code, l.pcode])).toEqual([['IQ-NI', 'IQG15']]);
    const bySpelling = await coordinator.inject({ method: 'GET', url: '/api/locations?q=Ninewa' });
    expect(bySpelling.json().items.map((l: { code: string }) => l.code)).toEqual(['IQ-NI']);
  });

  it('loads the same file again without adding or changing a place', async () => {
    const before = await countRows(t.db, 'location');
    const job = await waitForJob(admin, (await loadGazetteer(admin, COD, '?country=IRQ')).json().id);
    expect(job.result).toEqual({ country: 'IRQ', places: 23, added: 0, updated: 0, unchanged: 23, aliases: 0 });
    expect(await countRows(t.db, 'location')).toBe(before);
  });

  it('refuses a country other than the file’s', async () => {
    const res = await loadGazetteer(admin, COD, '?country=SYR');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('query.country');
  });
});

describe('an HDX 3W file after the gazetteer and the aliases', () => {
  it('does not know the Arabic and French names of organisations before they are given', async () => {
    const report = await importContributions(THREE_W, true);
    const unknown = report.problems.find((p) => p.column === '#org+name');
    expect(unknown?.message).toBe('unknown organisation');
    expect(unknown?.rows).toEqual([4, 5, 6, 7, 8]);
  });

  it('takes organisation aliases from admins, one organisation per name', async () => {
    const patch = (session: Session, id: string, aliases: unknown) => session.inject({ method: 'PATCH', url: `/api/organisations/${id}`, payload: { aliases } });
    expect((await patch(coordinator, ircsId, [{ name: 'IRCS' }])).statusCode).toBe(403);
    const ircs = await patch(admin, ircsId, [
      { name: 'جمعية الهلال الأحمر العراقي', lang: 'ar' },
      { name: 'Société du Croissant-Rouge irakien', lang: 'fr' },
      { name: 'IRCS', lang: null },
    ]);
    expect(ircs.statusCode, ircs.body).toBe(200);
    expect(ircs.json().aliases).toHaveLength(3);
    const clash = await patch(admin, nrcId, [{ name: 'ircs' }]);
    expect(clash.statusCode).toBe(400);
    expect(clash.json().errors[0]).toMatchObject({
      path: 'body.aliases.0.name',
      message: 'Iraqi Red Crescent Society goes by this name already',
      rule: 'alias_taken',
      params: { organisation: 'Iraqi Red Crescent Society' },
    });
    const twice = await patch(admin, nrcId, [{ name: 'NRC' }, { name: 'nrc' }]);
    expect(twice.json().errors[0]).toMatchObject({ path: 'body.aliases.1.name', rule: 'alias_twice' });
    const nrc = await patch(admin, nrcId, [
      { name: 'المجلس النرويجي للاجئين', lang: 'ar' },
      { name: 'Conseil norvégien pour les réfugiés', lang: 'fr' },
      { name: 'NRC', lang: null },
    ]);
    expect(nrc.statusCode, nrc.body).toBe(200);
    const detail = await coordinator.inject({ method: 'GET', url: `/api/organisations/${nrcId}` });
    expect(detail.json().aliases).toHaveLength(3);
    expect(detail.json().aliases).toEqual(
      expect.arrayContaining([
        { name: 'المجلس النرويجي للاجئين', lang: 'ar' },
        { name: 'NRC', lang: null },
      ]),
    );
    const audit = await t.db.selectFrom('audit_event').select('after').where('action', '=', 'organisation.update').where('entity_id', '=', nrcId).execute();
    expect(audit).toHaveLength(1);
  });

  it('imports without editing: P-codes, OCHA spellings in any case, Arabic and French organisation names', async () => {
    const report = await importContributions(THREE_W, false);
    expect(report.problems).toEqual([]);
    expect(report.created).toBe(5);
    const rows = await t.db.selectFrom('contribution').select(['id', 'external_id', 'owner_org_id', 'status']).orderBy('external_id').execute();
    expect(rows.map((r) => [r.external_id, r.owner_org_id === ircsId ? 'IRCS' : r.owner_org_id === nrcId ? 'NRC' : '?', r.status])).toEqual([
      ['3W-0001', 'IRCS', 'delivered'],
      ['3W-0002', 'IRCS', 'committed'],
      ['3W-0003', 'NRC', 'committed'],
      ['3W-0004', 'NRC', 'pledged'],
      ['3W-0005', 'NRC', 'delivered'],
    ]);
    const places = await t.db
      .selectFrom('contribution_location as cl')
      .innerJoin('contribution as c', 'c.id', 'cl.contribution_id')
      .innerJoin('location as l', 'l.id', 'cl.location_id')
      .select(['c.external_id', 'l.code'])
      .orderBy('c.external_id')
      .orderBy('l.code')
      .execute();
    const by = (id: string) => places.filter((p) => p.external_id === id).map((p) => p.code);
    expect(by('3W-0001')).toEqual(['IQ-NI', 'IQD1501']);
    expect(by('3W-0002')).toEqual(['IQ-NI', 'IQD1502']);
    expect(by('3W-0004')).toEqual(['IQ-AN', 'IQD0103']);
    expect(by('3W-0005')).toEqual(['IQD1504']);
  });

  it('reports a name several places go by with its candidates, unless the row names the place above one of them', async () => {
    for (const district of ['IQD1502', 'IQD1503'])
      await t.db
        .insertInto('location')
        .values({ parent_id: (await place(district)).id, level: 'community', code: `${district}-QAH`, name: 'Al-Qahtaniya' })
        .execute();
    const file = `#org,#sector,#activity+type,#adm2+name,#loc+name,#meta+id
IRCS,Shelter,humanitarian aid,,Al Qahtaniya,AMB-1
IRCS,Shelter,humanitarian aid,Sinjar,Al Qahtaniya,AMB-2
`;
    const report = await importContributions(file, true);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ column: '#loc+name', rows: [2] });
    expect(report.problems[0]!.message).toMatch(/^ambiguous place/);
    expect(report.problems[0]!.values![0]!.suggestions.sort()).toEqual(['Al-Qahtaniya (IQD1502-QAH, Telafar)', 'Al-Qahtaniya (IQD1503-QAH, Sinjar)']);
  });
});
