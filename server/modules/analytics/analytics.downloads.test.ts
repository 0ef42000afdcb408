// The visibility matrix of every file the coverage page offers (/api/coverage/<file>.csv
// and .xlsx): for each reader, each file holds the page's aggregate over what that reader
// may pass on (exportableFor: no RED row, no other organisation's AMBER+STRICT row), and
// cells that look like formulas are neutralised by the one writer. The web app itself
// builds no file.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromMinorUnits } from '../../../common/money.ts';
import { MARKINGS, type Marking } from '../../../common/sharing.ts';
import { systemCtx } from '../../infra/actor.ts';
import type { TestApp } from '../../test/app.ts';
import { buildTestApp } from '../../test/app.ts';
import { EXPECTED, type MatrixCast, READERS, type Reader, castReaders, exportableFor } from '../../test/visibility.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { COVERAGE_FILES } from './analytics.downloads.ts';

let t: TestApp;
let cast: MatrixCast;
// Each marking's contribution carries a distinct power of two, so a sum names the rows in it.
const WEIGHT: Record<Marking, number> = { CLEAR: 1, GREEN: 2, AMBER: 4, 'AMBER+STRICT': 8, RED: 16 };
// Names a spreadsheet would run as formulas if a writer let them through.
const ORG_NAME = '=HYPERLINK("http://evil.example","click")';
const LINE_NAME = '-2+3';
const PLACE_NAME = '+Testland';
const OPEN_NEED = '@SUM(1+1)';
const STRICT_LINE = 'Strict line';
let outsiderName = '';

beforeAll(async () => {
  t = await buildTestApp();
  cast = await castReaders(t);
  await t.db.updateTable('organisation').set({ name: ORG_NAME }).where('id', '=', cast.orgs.owner.id).execute();
  outsiderName = (await t.db.selectFrom('organisation').select('name').where('id', '=', cast.users.nonAudienceMember.org_id).executeTakeFirstOrThrow()).name;
  const [lineId, strictLineId] = await t.db
    .transaction()
    .execute(async (trx) => [
      (await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'line', name: LINE_NAME, description: '', position: 0 })).id,
      (await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'strict', name: STRICT_LINE, description: '', position: 1 })).id,
    ]);
  const place = async (code: string, name: string) =>
    (await t.db.insertInto('location').values({ parent_id: null, level: 'country', code, name }).returning('id').executeTakeFirstOrThrow()).id;
  const placeId = await place('XT', PLACE_NAME);
  const strictPlaceId = await place('XQ', 'Strictland');

  const post = async (session: MatrixCast['sessions']['author'], url: string, payload: object) => {
    const res = await session.inject({ method: 'POST', url, payload });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json().id as string;
  };
  const author = cast.sessions.author;
  const openNeedId = await post(author, '/api/needs', {
    frameworkNodeId: lineId,
    locationId: placeId,
    type: 'funding',
    description: OPEN_NEED,
    money: { amountMinor: 100, currency: 'USD' },
    sharing: { marking: 'GREEN' },
  });
  for (const marking of MARKINGS) {
    const id = await post(author, '/api/contributions', {
      frameworkNodeId: lineId,
      type: 'funding',
      description: `Contribution ${marking}`,
      money: { amountMinor: WEIGHT[marking], currency: 'USD' },
      locationIds: [placeId],
      status: 'committed',
      sharing: cast.sharing(marking),
    });
    await post(author, `/api/contributions/${id}/needs`, { needId: openNeedId, amountMinor: WEIGHT[marking] });
    await post(author, '/api/needs', {
      frameworkNodeId: lineId,
      locationId: placeId,
      type: 'funding',
      description: `Need ${marking}`,
      quantity: { value: 1, unit: 'x' },
      sharing: cast.sharing(marking),
    });
  }
  // Another organisation at the same place: the place has two contributors, and the two overlap.
  await post(cast.sessions.nonAudienceMember, '/api/contributions', {
    frameworkNodeId: lineId,
    type: 'funding',
    money: { amountMinor: 1000, currency: 'EUR' },
    locationIds: [placeId],
    status: 'committed',
    sharing: { marking: 'GREEN' },
  });
  // A line and a place covered by one AMBER+STRICT contribution only.
  await post(author, '/api/contributions', {
    frameworkNodeId: strictLineId,
    type: 'training',
    locationIds: [strictPlaceId],
    status: 'committed',
    quantity: { value: 1, unit: 'course' },
    sharing: cast.sharing('AMBER+STRICT'),
  });
});
afterAll(async () => t?.close());

const get = (reader: Reader, url: string) => (reader === 'anonymous' ? t.app.inject({ method: 'GET', url }) : cast.sessions[reader].inject({ method: 'GET', url }));

/** A CSV cell as the writer must put it: a formula-looking text behind a leading '. */
const csvCell = (text: string) => (/^[=+\-@]/.test(text) ? `'${text}` : text);

/** The CSV's rows and the XLSX's rows, checked to agree; data rows only. */
async function download(reader: Reader, file: string, query = '', name = `coverage-${file}`): Promise<string[][]> {
  const csv = await get(reader, `/api/coverage/${file}.csv${query}`);
  expect(csv.statusCode, csv.body).toBe(200);
  expect(csv.headers['content-type']).toContain('text/csv');
  expect(csv.headers['content-disposition']).toBe(`attachment; filename="${name}.csv"`);
  const csvRows = Papa.parse<string[]>(csv.body.trim(), { skipEmptyLines: true }).data;

  const xlsx = await get(reader, `/api/coverage/${file}.xlsx${query}`);
  expect(xlsx.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.rawPayload as never);
  const xlsxRows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      // Text, numbers (counts and amounts, for SUM and pivots) or dates: never a formula.
      const types = [ExcelJS.ValueType.String, ExcelJS.ValueType.Null, ExcelJS.ValueType.Number, ExcelJS.ValueType.Date];
      expect(types.includes(cell.type), `${cell.address} ${String(cell.value)}`).toBe(true);
      cells.push(cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : String(cell.value ?? ''));
    });
    xlsxRows.push(cells);
  });
  // Same rows in both formats; the CSV alone needs the leading ' (a workbook's text cell is never run).
  // A number cell holds the CSV's decimal as a number (1.50 → 1.5).
  const asWritten = (c: string) => (/^-?\d+\.\d+$/.test(c) ? String(Number(c)) : c);
  expect(csvRows.map((r) => r.map((c) => asWritten(c.replace(/^'(?=[=+\-@])/, ''))).join('|'))).toEqual(
    xlsxRows.map((r) => [...r, ...Array(csvRows[0]!.length - r.length).fill('')].join('|')),
  );
  return csvRows.slice(2);
}

const total = (markings: Marking[]) => markings.reduce((a, m) => a + WEIGHT[m], 0);

describe('coverage downloads visibility matrix', () => {
  it('asks for signing in first, for every file in both formats', async () => {
    for (const file of [...COVERAGE_FILES, 'pivot']) for (const format of ['csv', 'xlsx']) expect((await get('anonymous', `/api/coverage/${file}.${format}`)).statusCode).toBe(401);
  });

  for (const reader of READERS.filter((r) => r !== 'anonymous')) {
    describe(reader, () => {
      const exportable = exportableFor(reader);
      const own = reader === 'author' || reader === 'ownerColleague';

      it('gets the matrix of what it may pass on, formulas neutralised', async () => {
        const rows = (await download(reader, 'matrix')).filter((r) => r[1] === csvCell(LINE_NAME));
        expect(rows).toEqual(
          [
            [csvCell(ORG_NAME), csvCell(LINE_NAME), 'USD', String(exportable.length), fromMinorUnits(total(exportable), 'USD')],
            [outsiderName, csvCell(LINE_NAME), 'EUR', '1', '10.00'],
          ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
        );
      });

      it('gets the places, open needs included, of what it may pass on', async () => {
        const rows = (await download(reader, 'places')).filter((r) => r[1] === 'XT');
        // Each exportable need is open, and so is the money need (at most 31 of its 100 met).
        expect(rows).toEqual([[csvCell(PLACE_NAME), 'XT', 'country', 'XT', '', '', String(exportable.length + 1), '2', String(exportable.length + 1)]]);
      });

      it('gets the gaps of the needs it may pass on, met by what it may pass on', async () => {
        const rows = await download(reader, 'gaps');
        const markingColumn = rows.map((r) => r.at(-2)!);
        expect(markingColumn.sort()).toEqual([...exportable, 'GREEN'].sort());
        const open = rows.find((r) => r[0] === csvCell(OPEN_NEED))!;
        expect(open.slice(5, 11)).toEqual(['USD', '1.00', fromMinorUnits(total(exportable), 'USD'), '0.00', fromMinorUnits(100 - total(exportable), 'USD'), '0.00']);
      });

      it('gets thin lines and places without what it may not pass on', async () => {
        expect((await download(reader, 'thin-lines')).find((r) => r[0] === STRICT_LINE)).toEqual(own ? [STRICT_LINE, '1', csvCell(ORG_NAME)] : [STRICT_LINE, '0', '']);
        expect((await download(reader, 'thin-places')).find((r) => r[1] === 'XQ')).toEqual(own ? ['Strictland', 'XQ', '1', csvCell(ORG_NAME)] : undefined);
        if (EXPECTED[reader].includes('AMBER+STRICT') && !own) {
          // The page still shows this reader what it may see.
          const page = (await get(reader, '/api/coverage')).json();
          expect(page.linesWithFewContributors.find((l: { name: string }) => l.name === STRICT_LINE).contributors).toBe(1);
        }
      });

      it('gets the pivot over contributions of what it may pass on, one row per cell, though the page shows what it may see', async () => {
        // The file's cells are in the order of their keys (ids): compared by name.
        const rows = (await download(reader, 'pivot', '?rows=organisation&columns=line', 'coverage-pivot-organisation-line'))
          .filter((r) => r[1] === csvCell(LINE_NAME))
          .sort((a, b) => a[0]!.localeCompare(b[0]!));
        expect(rows).toEqual(
          [
            ...(exportable.length ? [[csvCell(ORG_NAME), csvCell(LINE_NAME), 'USD', String(exportable.length), fromMinorUnits(total(exportable), 'USD')]] : []),
            [outsiderName, csvCell(LINE_NAME), 'EUR', '1', '10.00'],
          ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
        );
        const page = (await get(reader, '/api/coverage/pivot?rows=organisation&columns=line')).json();
        const lineKey = page.columnHeaders.find((h: { label: string }) => h.label === LINE_NAME).key;
        const ownerCell = page.cells.find((c: { row: string; column: string }) => c.row === cast.orgs.owner.id && c.column === lineKey);
        expect(ownerCell?.count ?? 0).toBeGreaterThanOrEqual(exportable.length);
        // By place: counts only, no money columns.
        const byPlace = await download(reader, 'pivot', '?rows=place&columns=status', 'coverage-pivot-place-status');
        expect(byPlace.find((r) => r[0] === csvCell(PLACE_NAME))).toEqual([csvCell(PLACE_NAME), 'committed', String(exportable.length + 1)]);
      });

      it('gets likely duplication counted over what it may pass on', async () => {
        const rows = await download(reader, 'duplicates');
        expect(rows).toEqual([[csvCell(PLACE_NAME), 'funding', csvCell([ORG_NAME, outsiderName].sort().join(' / ')), String(exportable.length + 1)]]);
      });
    });
  }
});

describe('coverage downloads in the reader’s language', () => {
  it('writes every file’s header row in the language asked for (lang, else Accept-Language), its hashtag row and data as in English', async () => {
    const urls = [...COVERAGE_FILES.map((file) => `/api/coverage/${file}.csv`), '/api/coverage/pivot.csv?rows=organisation&columns=line&currency=USD'];
    for (const url of urls) {
      const withLang = (lang: string) => `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`;
      const rowsOf = async (u: string, headers: Record<string, string> = {}) => {
        const res = await cast.sessions.author.inject({ method: 'GET', url: u, headers });
        expect(res.statusCode, `${u} ${res.body}`).toBe(200);
        return Papa.parse<string[]>(res.body.trim(), { skipEmptyLines: true }).data;
      };
      const [en, fr, ar] = [await rowsOf(url), await rowsOf(withLang('fr')), await rowsOf(url, { 'accept-language': 'ar-IQ' })];
      expect(fr[0], url).not.toEqual(en[0]);
      expect(
        ar[0]!.every((header) => /[\u0600-\u06ff]/.test(header)),
        `${url} ${ar[0]}`,
      ).toBe(true);
      expect(fr.slice(1), url).toEqual(en.slice(1));
      expect(ar.slice(1), url).toEqual(en.slice(1));
    }
    const matrix = Papa.parse<string[]>((await cast.sessions.author.inject({ method: 'GET', url: '/api/coverage/matrix.csv?lang=fr' })).body.trim()).data;
    expect(matrix[0]).toEqual(['Organisation', "Axe d'effort", 'Devise', 'Contributions', 'Montant']);
    const bad = await cast.sessions.author.inject({ method: 'GET', url: '/api/coverage/pivot.xlsx?rows=organisation&columns=line&lang=de' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query.lang');
  });
});

describe('coverage downloads name things in the reader’s language', () => {
  it('writes the names of organisations, lines and places in French or Arabic where they have one, and every other cell as in English', async () => {
    const names = {
      fr: { org: 'Organisation auteure', line: 'Axe de test', place: 'Terre de test' },
      ar: { org: 'المنظمة الكاتبة', line: 'خط الاختبار', place: 'أرض الاختبار' },
    };
    const english = { org: ORG_NAME, line: LINE_NAME, place: PLACE_NAME };
    try {
      await t.db.updateTable('location').set({ name_fr: names.fr.place, name_ar: names.ar.place }).where('code', '=', 'XT').execute();
      await t.db.updateTable('framework_node').set({ name_fr: names.fr.line, name_ar: names.ar.line }).where('name', '=', LINE_NAME).execute();
      await t.db
        .insertInto('organisation_alias')
        .values([
          { org_id: cast.orgs.owner.id, name: names.fr.org, lang: 'fr' },
          { org_id: cast.orgs.owner.id, name: names.ar.org, lang: 'ar' },
        ])
        .execute();
      // A cell as the English file has it, in `lang`: each name (the whole cell, or one of a " / " list) in its translation; the list's order aside.
      const translated = (cell: string, lang: 'fr' | 'ar') => {
        const one = (part: string) => {
          for (const k of ['org', 'line', 'place'] as const) if (part === csvCell(english[k]) || part === english[k]) return names[lang][k];
          return part;
        };
        return cell.includes(' / ') ? cell.replace(/^'/, '').split(' / ').map(one).sort().join(' / ') : one(cell);
      };
      const sorted = (cell: string) => (cell.includes(' / ') ? cell.split(' / ').sort().join(' / ') : cell);
      const urls = [
        ...COVERAGE_FILES.map((file) => `/api/coverage/${file}.csv`),
        '/api/coverage/pivot.csv?rows=organisation&columns=line',
        '/api/coverage/pivot.csv?rows=place&columns=type',
        '/api/coverage/pivot.csv?rows=line&columns=organisation&currency=USD',
      ];
      for (const url of urls) {
        const rowsOf = async (lang: string) => {
          const res = await cast.sessions.author.inject({ method: 'GET', url: `${url}${url.includes('?') ? '&' : '?'}lang=${lang}` });
          expect(res.statusCode, `${url} ${res.body}`).toBe(200);
          return Papa.parse<string[]>(res.body.trim(), { skipEmptyLines: true }).data.slice(2);
        };
        const en = await rowsOf('en');
        for (const lang of ['fr', 'ar'] as const) {
          const got = (await rowsOf(lang)).map((row) => row.map(sorted));
          const want = en.map((row) => row.map((cell) => translated(cell, lang)));
          // Rows may come in another order where they are sorted by name.
          expect(got.map((r) => r.join('\t')).sort(), `${url} ${lang}`).toEqual(want.map((r) => r.join('\t')).sort());
          // Each file names at least one of the three: the test sees translations, not only unchanged cells.
          expect(
            want.flat().some((cell) => Object.values(names[lang]).some((name) => cell.includes(name))),
            `${url} ${lang}`,
          ).toBe(true);
        }
      }
    } finally {
      await t.db.updateTable('location').set({ name_fr: null, name_ar: null }).where('code', '=', 'XT').execute();
      await t.db.updateTable('framework_node').set({ name_fr: null, name_ar: null }).where('name', '=', LINE_NAME).execute();
      await t.db.deleteFrom('organisation_alias').where('org_id', '=', cast.orgs.owner.id).where('lang', 'in', ['fr', 'ar']).execute();
    }
  });
});

describe('the web app', () => {
  it('builds no file in the browser: no Blob, object URL, data: URL or canvas image', () => {
    const dir = join(import.meta.dirname, '../../../web/src');
    const files = (function walk(d: string): string[] {
      return readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? walk(join(d, name)) : /\.tsx?$/.test(name) ? [join(d, name)] : []));
    })(dir);
    const builders = /new Blob\(|createObjectURL|data:[a-z]+\/|toDataURL|getDataURL|saveAsImage|\.download\s*=/;
    const offenders = files.filter((f) => builders.test(readFileSync(f, 'utf8'))).map((f) => f.slice(dir.length + 1));
    expect(offenders).toEqual([]);
  });
});
