// Imports that forgive (issue 9 item 7, ADR 0032): a Windows-1252 file read right, values
// given for the whole file, every problem of a row, and the valid-rows mode that imports the
// good rows and hands the others back, annotated, to the importer alone.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ctx, type UserActor, systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import { multipartFile, waitForJob } from '../../test/upload.ts';
import { importContributions } from '../contributions/contributions.interchange.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { loadReferenceLocations } from '../locations/locations.service.ts';
import type { ImportOptions } from './interchange.import.ts';
import { problemMessage } from './interchange.problems.ts';

let t: TestApp;
let ctx: Ctx & { actor: UserActor };
let focal: Session;
let colleague: Session;
const work = mkdtempSync(join(tmpdir(), 'entente-modes-'));

beforeAll(async () => {
  t = await buildTestApp();
  await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
    await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'humanitarian', name: 'Humanitarian', description: '', position: 0 });
  });
  const org = await buildOrganisation(t.db, { name: 'Panamá', iso3: 'PAN' });
  const user = await buildUser(t.db, org.id);
  ctx = { actor: { kind: 'user', userId: user.id, orgId: org.id, orgKind: 'state', role: 'focal_point', email: user.email } };
  focal = await signIn(t.app, user.email, TEST_PASSWORD);
  colleague = await signIn(t.app, (await buildUser(t.db, org.id)).email, TEST_PASSWORD);
});
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await t?.close();
});

/** The text as Excel's plain "CSV" saves it on a Western European Windows: one byte a character, ’ as 0x92. */
const windows1252 = (text: string) => Buffer.from(text.replace(/’/g, '\u0092'), 'latin1');
const GREEN: ImportOptions['sharing'] = { marking: 'GREEN', audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] };
let files = 0;
/** Runs the engine on `file`; the rows it hands back go to a file of this test's own, returned with the report. */
async function run(file: string | Buffer, opts: Partial<ImportOptions> = {}) {
  const bytes = typeof file === 'string' ? Buffer.from(file) : file;
  const path = join(work, `rejected-${++files}.csv`);
  const report = await importContributions(t.db, ctx, Readable.from([bytes]), {
    dryRun: true,
    fileName: 'c.csv',
    sharing: GREEN,
    rejected: { reopen: () => Readable.from([bytes]), path: async () => path },
    ...opts,
  });
  return { report, rejected: () => readFileSync(path, 'utf8') };
}
const problemsOfRow = (report: { problems: { column: string; message: string; rows: number[] }[] }, row: number) =>
  report.problems.filter((p) => p.rows.includes(row)).map((p) => `${p.column}: ${p.message}`);
const clear = () => t.db.deleteFrom('contribution').execute();

describe('a Windows-1252 file', () => {
  const FILE = '#org,#sector,#adm1,#activity,#activity+type\nPanamá,humanitarian,IQ-AN,Formateurs de Côte d’Ivoire,training\n';

  it('imports with its accents and typographic apostrophe as they were written, guessed or chosen', async () => {
    for (const encoding of ['auto', 'windows-1252'] as const) {
      await clear();
      const { report } = await run(windows1252(FILE), { dryRun: false, encoding });
      expect(report).toMatchObject({ committed: true, created: 1, encoding: 'windows-1252', problems: [] });
      const row = await t.db.selectFrom('contribution').select(['description', 'owner_org_id']).executeTakeFirstOrThrow();
      expect(row).toEqual({ description: 'Formateurs de Côte d’Ivoire', owner_org_id: ctx.actor.orgId });
    }
  });

  it('is a 400 naming its line, nothing written, when said to be UTF-8', async () => {
    await clear();
    await expect(run(windows1252(FILE), { dryRun: false, encoding: 'utf-8' })).rejects.toMatchObject({
      status: 400,
      errors: [{ path: 'file', message: expect.stringContaining('line 2') }],
    });
    expect(await countRows(t.db, 'contribution')).toBe(0);
  });
});

describe('every problem of a row', () => {
  it('lists each bad cell of a row with three of them, and a missing value too', async () => {
    const FILE = `#org,#sector,#adm1,#activity,#activity+type,#value,#currency,#date+start
Panamá,nowhere,IQ-ZZ,Tents,tents,abc,USD,2015-01-01
Panamá,humanitarian,IQ-AN,Tents,,10,USD,someday
`;
    const { report } = await run(FILE);
    // Rows are numbered as the file's lines: the hashtag row is row 1.
    expect(problemsOfRow(report, 2).sort()).toEqual([
      '#activity+type: unknown type (funding, personnel, training, equipment, in_kind, humanitarian_aid, diplomatic, other)',
      '#adm1: unknown place',
      '#sector: unknown line of effort or objective',
      '#value: not an amount of money (a number ≥ 0)',
    ]);
    expect(problemsOfRow(report, 3).sort()).toEqual(['#activity+type: missing: every row needs a type', '#date+start: not a date (YYYY-MM-DD)']);
    // Each problem carries a stable code and its parameters, for a client to word it in its reader's language (ADR 0037).
    expect(report.problems.map(({ column, code, params }) => ({ column, code, params })).sort((a, b) => a.code.localeCompare(b.code))).toEqual([
      { column: '#date+start', code: 'date_format', params: {} },
      { column: '#sector', code: 'framework_unknown', params: {} },
      { column: '#value', code: 'not_an_amount', params: {} },
      { column: '#adm1', code: 'place_unknown', params: {} },
      { column: '#activity+type', code: 'type_missing', params: {} },
      { column: '#activity+type', code: 'type_unknown', params: { options: 'funding, personnel, training, equipment, in_kind, humanitarian_aid, diplomatic, other' } },
    ]);
    for (const p of report.problems) expect(p.message).toBe(problemMessage(p, 'en'));
  });

  it('gives a parameter where the words depend on the row, and one problem per distinct parameter', async () => {
    const FILE = `#org,#sector,#adm1,#activity,#activity+type,#value,#currency,#output+num,#description
Panamá,humanitarian,IQ-AN,Tents,training,1.234,JPY,,
Panamá,humanitarian,IQ-AN,Tents,training,1.234,KWD2,5,${'x'.repeat(5001)}
Panamá,humanitarian,IQ-AN,Tents,training,1.2345,KWD,,
`;
    const { report } = await run(FILE);
    const kinds = report.problems.map(({ column, code, params, rows }) => ({ column, code, params, rows }));
    expect(kinds).toEqual(
      expect.arrayContaining([
        { column: '#value', code: 'amount_decimals', params: { currency: 'JPY' }, rows: [2] },
        { column: '#value', code: 'amount_decimals', params: { currency: 'KWD' }, rows: [4] },
        { column: '#currency', code: 'not_a_currency', params: {}, rows: [3] },
        { column: '#output+unit', code: 'unit_missing', params: {}, rows: [3] },
      ]),
    );
  });
});

describe('values for the whole file', () => {
  const WITHOUT_TYPE = '#org,#sector,#adm1,#activity\nPanamá,humanitarian,IQ-AN,Trainers\nPanamá,humanitarian,IQ-SD,Teachers\n';

  it('gives every row a column the file lacks, checked like a cell', async () => {
    await clear();
    const { report } = await run(WITHOUT_TYPE, { dryRun: false, values: { '#activity+type': 'formation' } });
    expect(report).toMatchObject({ committed: true, created: 2, problems: [], fileValues: [{ hashtag: '#activity+type', value: 'formation', inFile: false }] });
    expect((await t.db.selectFrom('contribution').select('type').execute()).map((r) => r.type)).toEqual(['training', 'training']);
    const bad = await run(WITHOUT_TYPE, { values: { '#activity+type': 'lessons' } });
    expect(bad.report.problems).toEqual([expect.objectContaining({ column: '#activity+type', rows: [2, 3], values: [{ value: 'lessons', suggestions: [] }] })]);
  });

  it('fills the blank cells of a column the file has, and refuses a row whose cell says otherwise', async () => {
    await clear();
    const FILE =
      '#org,#sector,#adm1,#activity,#activity+type\nPanamá,humanitarian,IQ-AN,Trainers,\nPanamá,humanitarian,IQ-SD,Teachers,training\nPanamá,humanitarian,IQ-SD,Kits,in_kind\n';
    const { report } = await run(FILE, { values: { '#activity+type': 'Training' } });
    expect(report.fileValues).toEqual([{ hashtag: '#activity+type', value: 'Training', inFile: true }]);
    expect(report.problems).toEqual([expect.objectContaining({ column: '#activity+type', rows: [4], values: [{ value: 'in_kind', suggestions: [] }] })]);
    expect(report.problems[0]!.message).toContain('the value given for the whole file');
    expect(report.validRows).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 1 });
  });

  it('refuses a hashtag the entity does not read, or an empty value, naming it', async () => {
    await expect(run(WITHOUT_TYPE, { values: { '#colour': 'red' } })).rejects.toMatchObject({ status: 400, errors: [{ path: 'values.#colour' }] });
    await expect(run(WITHOUT_TYPE, { values: { '#activity+type': ' ' } })).rejects.toMatchObject({ status: 400, errors: [{ path: 'values.#activity+type' }] });
  });
});

describe('the valid-rows mode', () => {
  // Row 2 has two bad cells; row 4 repeats row 1's id (found in SQL, after the reading).
  const FILE = `Who,Line,Place,What,Type,Id
#org,#sector,#adm1,#activity,#activity+type,#meta+id
Panamá,humanitarian,IQ-AN,Trainers,training,P-1
Panamá,humanitarian,IQ-ZZ,=Teachers,lessons,P-2
Panamá,humanitarian,IQ-SD,Kits,in_kind,P-3
Panamá,humanitarian,IQ-SD,Kits again,in_kind,P-1
`;

  it('dry-runs both modes at once: what all-or-nothing refuses, what valid-rows would write, and the rows it would hand back', async () => {
    await clear();
    const { report, rejected } = await run(FILE);
    expect(report).toMatchObject({ mode: 'all-or-nothing', committed: false, created: 3, validRows: { created: 2, updated: 0, unchanged: 0, rejected: 2 }, rejectedFile: true });
    expect(rejected()).toBe(
      '\uFEFFProblems,Who,Line,Place,What,Type,Id\n' +
        '#x_problems,#org,#sector,#adm1,#activity,#activity+type,#meta+id\n' +
        '"#activity+type: unknown type (funding, personnel, training, equipment, in_kind, humanitarian_aid, diplomatic, other) (“lessons”); #adm1: unknown place (“IQ-ZZ”)",Panamá,humanitarian,IQ-ZZ,"\'=Teachers",lessons,P-2\n' +
        '#meta+id: the same id appears twice in the file (“P-1”),Panamá,humanitarian,IQ-SD,Kits again,in_kind,P-1\n',
    );
    expect(await countRows(t.db, 'contribution')).toBe(0);
  });

  it('writes the good rows in one transaction, audits the mode and the counts, and the rows handed back import once corrected', async () => {
    await clear();
    const { report, rejected } = await run(FILE, { dryRun: false, mode: 'valid-rows' });
    expect(report).toMatchObject({ mode: 'valid-rows', committed: true, created: 2, validRows: { created: 2, rejected: 2 }, rejectedFile: true });
    expect((await t.db.selectFrom('contribution').select('external_id').orderBy('external_id').execute()).map((r) => r.external_id)).toEqual(['P-1', 'P-3']);
    const audit = await t.db.selectFrom('audit_event').select('after').where('action', '=', 'contribution.import').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ mode: 'valid-rows', created: 2, rejected: 2, rows: 4 });

    const fixed = rejected().replaceAll('IQ-ZZ', 'IQ-BG').replaceAll('lessons', 'training').replace('Kits again,in_kind,P-1', 'Kits again,in_kind,P-4');
    const again = await run(fixed, { dryRun: false });
    expect(again.report).toMatchObject({ committed: true, created: 2, problems: [], ignoredColumns: ['#x_problems'] });
    expect((await t.db.selectFrom('contribution').select('description').where('external_id', '=', 'P-2').executeTakeFirstOrThrow()).description).toBe('=Teachers');
  });

  it('words the rows handed back in the importer’s language, the codes’ table complete in English, French and Arabic', async () => {
    await clear();
    const { rejected } = await run(FILE, { language: 'fr' });
    expect(rejected()).toBe(
      '\uFEFFProblèmes,Who,Line,Place,What,Type,Id\n' +
        '#x_problems,#org,#sector,#adm1,#activity,#activity+type,#meta+id\n' +
        '"#activity+type: type inconnu (funding, personnel, training, equipment, in_kind, humanitarian_aid, diplomatic, other) (« lessons »); #adm1: lieu inconnu (« IQ-ZZ »)",Panamá,humanitarian,IQ-ZZ,"\'=Teachers",lessons,P-2\n' +
        '#meta+id: le même identifiant apparaît deux fois dans le fichier (« P-1 »),Panamá,humanitarian,IQ-SD,Kits again,in_kind,P-1\n',
    );
    const arabic = await run(FILE, { language: 'ar' });
    expect(arabic.rejected()).toContain('#adm1: مكان غير معروف («IQ-ZZ»)');
  });

  it('writes nothing in all-or-nothing mode when a row has a problem', async () => {
    await clear();
    const { report } = await run(FILE, { dryRun: false });
    expect(report).toMatchObject({ committed: false, rejectedFile: false });
    expect(await countRows(t.db, 'contribution')).toBe(0);
  });
});

describe('the modes over HTTP', () => {
  const FILE = '#org,#sector,#adm1,#activity,#activity+type,#meta+id\nPanamá,humanitarian,IQ-AN,Trainers,training,H-1\nPanamá,humanitarian,IQ-ZZ,Teachers,training,H-2\n';
  const upload = (query: string, file: string | Buffer = FILE) => focal.inject({ method: 'POST', url: `/api/imports/contributions?${query}`, ...multipartFile('c.csv', file) });

  it('commits a checked file in valid-rows mode, and its rows with problems download for the importer alone', async () => {
    await clear();
    const dry = await waitForJob(focal, (await upload('dryRun=true')).json().id);
    expect(dry.result).toMatchObject({ problems: [expect.anything()], validRows: { created: 1, rejected: 1 } });
    expect(dry.file).toMatchObject({ name: 'contributions-rows-with-problems.csv', url: `/api/jobs/${dry.id}/file` });
    // All or nothing refuses it; valid-rows takes it.
    expect((await focal.inject({ method: 'POST', url: `/api/imports/${dry.id}/commit` })).statusCode).toBe(409);
    const started = await focal.inject({ method: 'POST', url: `/api/imports/${dry.id}/commit?mode=valid-rows` });
    expect(started.statusCode, started.body).toBe(202);
    const done = await waitForJob(focal, started.json().id);
    expect(done).toMatchObject({ status: 'succeeded', result: { committed: true, mode: 'valid-rows', created: 1 }, file: { name: 'contributions-rows-with-problems.csv' } });
    expect(await countRows(t.db, 'contribution')).toBe(1);
    const mine = await focal.inject({ method: 'GET', url: done.file.url });
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain('#adm1: unknown place (“IQ-ZZ”),Panamá,humanitarian,IQ-ZZ,Teachers,training,H-2');
    // A French importer (Accept-Language, or lang= as the web app says it) gets the rows back in French.
    const multipart = multipartFile('c.csv', FILE);
    const french = await focal.inject({
      method: 'POST',
      url: '/api/imports/contributions?dryRun=true',
      payload: multipart.payload,
      headers: { ...multipart.headers, 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' },
    });
    const frenchDry = await waitForJob(focal, french.json().id);
    expect(frenchDry.result.problems).toMatchObject([{ column: '#adm1', code: 'place_unknown', params: {}, message: 'unknown place' }]);
    const frenchFile = (await focal.inject({ method: 'GET', url: frenchDry.file.url })).body;
    expect(frenchFile).toContain('#adm1: lieu inconnu (« IQ-ZZ »),Panamá,humanitarian,IQ-ZZ,Teachers,training,H-2');
    const arabic = await waitForJob(focal, (await upload('dryRun=true&lang=ar')).json().id);
    expect((await focal.inject({ method: 'GET', url: arabic.file.url })).body).toContain('#adm1: مكان غير معروف («IQ-ZZ»)');
    // A colleague of the same organisation may not have it: it may hold rows only the importer may see.
    expect((await colleague.inject({ method: 'GET', url: done.file.url })).statusCode).toBe(404);
  });

  it('takes the encoding and the file-wide values in the query, refusing bad ones before the file is read', async () => {
    await clear();
    const file = windows1252('#org,#sector,#adm1,#activity\nPanamá,humanitarian,IQ-AN,Côte d’Ivoire\n');
    const values = encodeURIComponent(JSON.stringify({ '#activity+type': 'training' }));
    const job = await waitForJob(focal, (await upload(`dryRun=false&encoding=latin-1&values=${values}`, file)).json().id);
    expect(job.result).toMatchObject({ committed: true, created: 1, encoding: 'windows-1252' });
    expect((await t.db.selectFrom('contribution').select('description').executeTakeFirstOrThrow()).description).toBe('Côte d’Ivoire');
    for (const [query, path] of [
      ['values=%7B', 'query.values'],
      [`values=${encodeURIComponent('{"#nothing":"x"}')}`, 'query.values.#nothing'],
      ['encoding=ebcdic', 'query.encoding'],
      ['mode=some', 'query.mode'],
    ]) {
      const res = await upload(query!, file);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().errors[0].path).toBe(path);
    }
  });
});
