// Exports put names beside codes (ADR 0038): each column of codes has a label column
// (`+label`) holding the names in the reader's language, which the import never reads — so
// that a file round-trips unchanged, and a label column alone is no place.
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import { multipartFile, waitForJob } from '../../test/upload.ts';
import { loadReferenceLocations } from '../locations/locations.service.ts';
import { langOfAcceptLanguage, readerLang } from './interchange.routes.ts';
import { interchangeSpecs } from './interchange.registry.ts';
import { mapColumns } from './interchange.tags.ts';
import { COALITION_COLUMNS } from './interchange.fields.ts';

let t: TestApp;
let japan: Session;
let korea: Session;

const LABELS = ['#org+name+label', '#sector+name+label', '#loc+name+label'];
const FILE = `#org,#sector,#adm1+code,#activity,#activity+type,#value+usd,#status,#meta+id
Japan,humanitarian,IQ-AN|IQ-BG,Water trucks,humanitarian_aid,1000,committed,JP-1
`;

beforeAll(async () => {
  t = await buildTestApp();
  await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
  });
  await sql`INSERT INTO framework_node (kind, code, name, name_fr, name_ar) VALUES ('line', 'humanitarian', 'Humanitarian', 'Humanitaire', 'إنساني')`.execute(t.db);
  const jp = await buildOrganisation(t.db, { name: 'Japan', iso3: 'JPN' });
  const kr = await buildOrganisation(t.db, { name: 'Korea', iso3: 'KOR' });
  await sql`INSERT INTO organisation_alias (org_id, name, lang) VALUES (${jp.id}, 'Japon', 'fr'), (${jp.id}, 'اليابان', 'ar'), (${kr.id}, 'Corée', 'fr')`.execute(t.db);
  japan = await signIn(t.app, (await buildUser(t.db, jp.id)).email, TEST_PASSWORD);
  korea = await signIn(t.app, (await buildUser(t.db, kr.id)).email, TEST_PASSWORD);
  const imported = await japan.inject({ method: 'POST', url: '/api/imports/contributions?dryRun=false', ...multipartFile('c.csv', FILE) });
  expect((await waitForJob(japan, imported.json().id)).result).toMatchObject({ committed: true, created: 1, problems: [] });
  // Korea's row, which Japan may read but not pass on: none of its names may leave in Japan's export.
  const line = await t.db.selectFrom('framework_node').select('id').executeTakeFirstOrThrow();
  const strict = await korea.inject({
    method: 'POST',
    url: '/api/contributions',
    payload: { frameworkNodeId: line.id, type: 'funding', description: 'Strict one', sharing: { marking: 'AMBER+STRICT', audienceOrgIds: [jp.id] } },
  });
  expect(strict.statusCode, strict.body).toBe(201);
});
afterAll(async () => t?.close());

/** The CSV's hashtag row and its data rows, each as an object by hashtag. */
async function csvExport(session: Session, query: string, headers: Record<string, string> = {}) {
  const res = await session.inject({ method: 'GET', url: `/api/contributions/export.csv${query}`, headers });
  expect(res.statusCode, res.body).toBe(200);
  const [, tags, ...rows] = res.body.trim().split('\n');
  const hashtags = tags!.split(',');
  return { body: res.body, hashtags, rows: rows.map((r) => Object.fromEntries(r.split(',').map((cell, i) => [hashtags[i], cell]))) };
}

describe('names beside codes', () => {
  it('writes each code column’s names beside it, in the language asked for, where a translation exists', async () => {
    const en = await csvExport(japan, '');
    expect(en.hashtags.slice(0, 6)).toEqual(['#org', '#org+name+label', '#sector+code', '#sector+name+label', '#loc+code', '#loc+name+label']);
    expect(en.rows).toEqual([expect.objectContaining({ '#org': 'Japan', '#org+name+label': 'Japan', '#sector+code': 'humanitarian', '#sector+name+label': 'Humanitarian' })]);
    // Names in the codes' order, cell for cell.
    expect(en.rows[0]).toMatchObject({ '#loc+code': 'IQ-AN|IQ-BG', '#loc+name+label': 'Al Anbar|Baghdad' });

    const fr = await csvExport(japan, '?lang=fr');
    expect(fr.hashtags).toEqual(en.hashtags); // one shape in every language
    expect(fr.rows[0]).toMatchObject({
      '#org': 'Japan',
      '#org+name+label': 'Japon',
      '#sector+code': 'humanitarian',
      '#sector+name+label': 'Humanitaire',
      '#loc+code': 'IQ-AN|IQ-BG',
      '#loc+name+label': 'Al-Anbar|Bagdad',
    });
    // Without `lang`, the Accept-Language header says it.
    const ar = await csvExport(japan, '', { 'accept-language': 'ar-IQ,ar;q=0.9,en;q=0.5' });
    expect(ar.rows[0]).toMatchObject({ '#org+name+label': 'اليابان', '#sector+name+label': 'إنساني', '#loc+name+label': 'الأنبار|بغداد' });
    // `lang` wins over the header.
    expect((await csvExport(japan, '?lang=en', { 'accept-language': 'fr' })).rows[0]).toMatchObject({ '#loc+name+label': 'Al Anbar|Baghdad' });
  });

  it('refuses a language it does not have with a 400 naming query.lang', async () => {
    const res = await japan.inject({ method: 'GET', url: '/api/contributions/export.csv?lang=de' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('query.lang');
    expect(langOfAcceptLanguage('de-DE,fr;q=0.4,ar;q=0.7')).toBe('ar');
    expect(langOfAcceptLanguage('de, en;q=0')).toBe('en');
    expect(langOfAcceptLanguage(undefined)).toBe('en');
    // The whole primary tag: Mapudungun (arn) is not Arabic.
    expect(langOfAcceptLanguage('arn-CL, fr;q=0.5')).toBe('fr');
    // Checked again where it is read, whatever a route's schema says: anything else is the header's language.
    expect(readerLang({ query: { lang: '__proto__' }, headers: { 'accept-language': 'fr' } })).toBe('fr');
    expect(readerLang({ query: { lang: ['ar'] }, headers: {} })).toBe('en');
    expect(readerLang({ query: undefined, headers: {} })).toBe('en');
  });

  it('names only what the rows the reader may pass on name', async () => {
    const japanFr = await csvExport(japan, '?lang=fr');
    expect(japanFr.body).not.toContain('Strict one');
    expect(japanFr.body).not.toContain('Corée');
    expect(japanFr.body).not.toContain('Korea');
    // The same export, for the row's own organisation, names it.
    const koreaFr = await csvExport(korea, '?lang=fr');
    expect(koreaFr.rows).toEqual(expect.arrayContaining([expect.objectContaining({ '#org': 'Korea', '#org+name+label': 'Corée', '#activity+description': 'Strict one' })]));
  });

  it('reads a French CSV export back unchanged, reporting its label columns as such and not as unknown', async () => {
    const fr = await csvExport(japan, '?lang=fr');
    const back = await japan.inject({ method: 'POST', url: '/api/imports/contributions', ...multipartFile('contributions.hxl.csv', fr.body) });
    const report = (await waitForJob(japan, back.json().id)).result;
    // The marking is the export's own column, ignored as before (the import's marking is a choice of the upload).
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 1, problems: [], ignoredColumns: ['#meta+marking'], labelColumns: LABELS });
  });

  it('types an XLSX export’s cells as before, its names as text, and reads it back unchanged', async () => {
    const res = await japan.inject({ method: 'GET', url: '/api/contributions/export.xlsx?lang=fr' });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as never);
    const sheet = book.worksheets[0]!;
    const hashtags = (sheet.getRow(2).values as unknown[]).slice(1);
    const cell = (tag: string) => sheet.getRow(3).getCell(hashtags.indexOf(tag) + 1).value;
    expect(cell('#sector+name+label')).toBe('Humanitaire');
    expect(cell('#loc+name+label')).toBe('Al-Anbar|Bagdad');
    expect(cell('#org+name+label')).toBe('Japon');
    expect(cell('#value')).toBe(1000); // a number still
    const back = await japan.inject({ method: 'POST', url: '/api/imports/contributions', ...multipartFile('contributions.hxl.xlsx', res.rawPayload) });
    expect((await waitForJob(japan, back.json().id)).result).toMatchObject({ created: 0, updated: 0, unchanged: 1, problems: [], labelColumns: LABELS });
  });

  it('reads no place from a label column alone, and names without codes as before', async () => {
    const labelOnly = `#org,#sector,#loc+name+label,#activity,#activity+type,#meta+id
Japan,humanitarian,Baghdad,Label only,training,JP-LABEL
`;
    const started = await japan.inject({ method: 'POST', url: '/api/imports/contributions?dryRun=false', ...multipartFile('c.csv', labelOnly) });
    const report = (await waitForJob(japan, started.json().id)).result;
    expect(report).toMatchObject({ committed: true, created: 1, problems: [], ignoredColumns: [], labelColumns: ['#loc+name+label'] });
    const places = await sql<{ n: number }>`
      SELECT count(cl.*)::int AS n FROM contribution c LEFT JOIN contribution_location cl ON cl.contribution_id = c.id WHERE c.external_id = 'JP-LABEL'`.execute(t.db);
    expect(places.rows[0]!.n).toBe(0);

    const names = `#org,#sector,#loc+name,#activity,#activity+type,#meta+id
Japan,humanitarian,Bagdad,Names only,training,JP-NAMES
`;
    const before = await countRows(t.db, 'contribution_location');
    const named = await japan.inject({ method: 'POST', url: '/api/imports/contributions?dryRun=false', ...multipartFile('c.csv', names) });
    expect((await waitForJob(japan, named.json().id)).result).toMatchObject({ committed: true, created: 1, problems: [], labelColumns: [] });
    expect(await countRows(t.db, 'contribution_location')).toBe(before + 1);
  });

  it('maps any +label column to no field, whatever its tag', () => {
    const columns = mapColumns(['#loc+code', '#loc+name+label', '#adm1+label', '#sector+name+label', '#org+label'], undefined, COALITION_COLUMNS);
    expect(columns.map((c) => [c.field, c.label ?? false])).toEqual([
      ['location', false],
      [null, true],
      [null, true],
      [null, true],
      [null, true],
    ]);
  });

  it('gives a blank template no label column (nothing to name), and a file-wide value no label hashtag', async () => {
    const template = await japan.inject({ method: 'GET', url: '/api/contributions/template.csv' });
    expect(template.body.split('\n')[1]).not.toContain('+label');
    const res = await japan.inject({
      method: 'POST',
      url: `/api/imports/contributions?values=${encodeURIComponent(JSON.stringify({ '#loc+name+label': 'Baghdad' }))}`,
      ...multipartFile('c.csv', FILE),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('query.values.#loc+name+label');
  });

  it('writes the header row people read in the reader’s language, for every entity’s export and template; the hashtag row is one in every language', async () => {
    const specs = interchangeSpecs();
    expect(specs.map((spec) => spec.name)).toEqual(expect.arrayContaining(['contributions', 'needs', 'indicator-values', 'fund-transactions']));
    for (const spec of specs) {
      // Every column of every entity has its header in French and in Arabic.
      for (const column of spec.export.columns) expect(column[2], `${spec.name} ${column[1]}`).toMatchObject({ fr: expect.any(String), ar: expect.any(String) });
      const rows = async (url: string, headers: Record<string, string> = {}) => {
        const res = await japan.inject({ method: 'GET', url, headers });
        expect(res.statusCode, `${url} ${res.body}`).toBe(200);
        return res.body.split('\n').slice(0, 2);
      };
      const [enHeader, enTags] = await rows(`/api/${spec.name}/template.csv`);
      const [frHeader, frTags] = await rows(`/api/${spec.name}/template.csv?lang=fr`);
      const [arHeader, arTags] = await rows(`/api/${spec.name}/template.csv`, { 'accept-language': 'ar' });
      expect([frTags, arTags]).toEqual([enTags, enTags]);
      expect(frHeader).not.toEqual(enHeader);
      expect(arHeader).toMatch(/[\u0600-\u06ff]/);
      expect((await rows(`/api/${spec.name}/export.csv?lang=fr`))[0]).toContain(frHeader!.split(',')[0]);
    }
    const fr = await japan.inject({ method: 'GET', url: '/api/contributions/export.csv?lang=fr' });
    expect(fr.body.split('\n')[0]).toMatch(/^Organisation,Nom de l'organisation,Axe ou objectif,/);
    const ar = await japan.inject({ method: 'GET', url: '/api/contributions/export.xlsx?lang=ar' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(ar.rawPayload as never);
    expect((book.worksheets[0]!.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['المنظمة', 'اسم المنظمة']);
    // A template refuses a language it does not have, as the export does.
    const de = await japan.inject({ method: 'GET', url: '/api/contributions/template.csv?lang=de' });
    expect(de.statusCode).toBe(400);
    expect(de.json().errors[0].path).toBe('query.lang');
  });
});
