// Attack review of issue 9's export and import languages (ADR 0037, 0038): a hostile `lang`
// or Accept-Language is a 400 naming the field or English, never a 500; names written by the
// server into label columns are neutralised as formulas like every other cell of a CSV, and
// XLSX label cells are text, never formulas.
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { multipartFile, waitForJob } from '../../test/upload.ts';
import { loadReferenceLocations } from '../locations/locations.service.ts';

let t: TestApp;
let evil: Session;
const FORMULAS = ['=HYPERLINK("http://evil.invalid","x")', '+SUM(1,1)', '-2+3', '@SUM(A1)', '\t=1+1'];

beforeAll(async () => {
  t = await buildTestApp();
  await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
  });
  // Names in other languages that a spreadsheet would run: a line's French and Arabic names, an organisation's aliases.
  await sql`INSERT INTO framework_node (kind, code, name, name_fr, name_ar) VALUES ('line', 'humanitarian', ${FORMULAS[3]}, ${FORMULAS[1]}, ${FORMULAS[2]})`.execute(t.db);
  const org = await buildOrganisation(t.db, { name: 'Evil', iso3: 'EVL' });
  await sql`INSERT INTO organisation_alias (org_id, name, lang) VALUES (${org.id}, ${FORMULAS[0]}, 'fr'), (${org.id}, ${FORMULAS[4]}, 'ar')`.execute(t.db);
  evil = await signIn(t.app, (await buildUser(t.db, org.id)).email, TEST_PASSWORD);
  const file = '#org,#sector,#adm1+code,#activity,#activity+type,#value+usd,#status,#meta+id\nEvil,humanitarian,IQ-AN,Water,humanitarian_aid,1000,committed,E-1\n';
  const imported = await evil.inject({ method: 'POST', url: '/api/imports/contributions?dryRun=false', ...multipartFile('c.csv', file) });
  expect((await waitForJob(evil, imported.json().id)).result).toMatchObject({ committed: true, created: 1 });
});
afterAll(async () => t?.close());

describe('export languages under hostile input', () => {
  it('refuses a lang it does not have, however written, with a 400 naming query.lang', async () => {
    for (const lang of ['../../x', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(10_000), 'fr%00', 'FR', 'fr-CA', '', "fr'--"]) {
      for (const url of ['/api/contributions/export.csv', '/api/needs/export.xlsx', '/api/indicator-values/export.json']) {
        const res = await evil.inject({ method: 'GET', url: `${url}?lang=${lang}` });
        expect(res.statusCode, `${url} lang=${lang.slice(0, 20)}: ${res.body.slice(0, 200)}`).toBe(400);
        expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('query.lang');
      }
    }
    // Twice: one language or the other, never an array reaching SQL.
    const twice = await evil.inject({ method: 'GET', url: '/api/contributions/export.csv?lang=fr&lang=ar' });
    expect(twice.statusCode, twice.body.slice(0, 200)).toBeLessThan(500);
  });

  it('reads a hostile Accept-Language as English (or the language it names), never a 500', async () => {
    for (const header of ['x'.repeat(8000), ';q=;q=;q=', 'fr;q=abc,ar;q=NaN', 'ar;q=-1,fr;q=1e999', `${'fr;q=0.1,'.repeat(500)}ar`, '\u00e9\u00e9;q=1', '*']) {
      const res = await evil.inject({ method: 'GET', url: '/api/contributions/export.csv', headers: { 'accept-language': header } });
      expect(res.statusCode, `${header.slice(0, 30)}: ${res.body.slice(0, 200)}`).toBe(200);
    }
  });

  it('refuses a hostile lang on an import upload with a 400 naming it, nothing started', async () => {
    const file = '#org,#sector,#activity,#activity+type,#status\nEvil,humanitarian,Water,humanitarian_aid,committed\n';
    for (const lang of ['../../x', 'x'.repeat(10_000), 'de']) {
      const res = await evil.inject({ method: 'POST', url: `/api/imports/contributions?lang=${lang}`, ...multipartFile('c.csv', file) });
      expect(res.statusCode, `lang=${lang.slice(0, 20)}: ${res.body.slice(0, 200)}`).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('query.lang');
    }
  });
});

describe('names the server writes into label columns', () => {
  it('neutralises a label that a spreadsheet would run as a formula, in every language, as it does every other cell', async () => {
    for (const lang of ['en', 'fr', 'ar']) {
      const res = await evil.inject({ method: 'GET', url: `/api/contributions/export.csv?lang=${lang}` });
      expect(res.statusCode, res.body).toBe(200);
      const [, tags, ...rows] = Papa.parse<string[]>(res.body.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      expect(rows.length).toBe(1);
      for (const [i, cell] of rows[0]!.entries()) expect(cell, `${lang} ${tags![i]}`).not.toMatch(/^[=+\-@\t\r]/);
      const labels = Object.fromEntries(tags!.map((tag, i) => [tag, rows[0]![i]]));
      const expected = { en: [FORMULAS[3], 'Evil'], fr: [FORMULAS[1], FORMULAS[0]], ar: [FORMULAS[2], FORMULAS[4]] }[lang]!;
      // Written with the ' a spreadsheet reads as "text", which the import takes off again.
      expect(labels['#sector+name+label']).toBe(`'${expected[0]}`);
      expect(labels['#org+name+label']).toBe(expected[1] === 'Evil' ? 'Evil' : `'${expected[1]}`);
    }
  });

  it('writes such labels in an XLSX as text, never as formulas', async () => {
    const res = await evil.inject({ method: 'GET', url: '/api/contributions/export.xlsx?lang=fr' });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as never);
    const sheet = book.worksheets[0]!;
    const formulas: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.type === ExcelJS.ValueType.SharedString) formulas.push(String(cell.address));
      }),
    );
    expect(formulas).toEqual([]);
    const texts = sheet.getRow(3).values as unknown[];
    expect(texts).toEqual(expect.arrayContaining([FORMULAS[0], FORMULAS[1]]));
  });
});
