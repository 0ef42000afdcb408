// `entente import` takes the choices the web's import page offers (ADR 0032): the encoding,
// values for the whole file, the valid-rows mode, and where the rows with problems go.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../server/infra/actor.ts';
import { createFrameworkNodeIn } from '../../server/modules/framework/framework.service.ts';
import { loadReferenceLocations } from '../../server/modules/locations/locations.service.ts';
import { type TestApp, buildTestApp } from '../../server/test/app.ts';
import { runCli } from '../../server/test/cli.ts';
import { buildOrganisation, buildUser } from '../../server/test/factories.ts';

let t: TestApp;
let email = '';
const dir = mkdtempSync(join(tmpdir(), 'entente-import-modes-'));

beforeAll(async () => {
  t = await buildTestApp();
  await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
    await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'humanitarian', name: 'Humanitarian', description: '', position: 0 });
  });
  const org = await buildOrganisation(t.db, { name: 'Panamá', iso3: 'PAN' });
  email = (await buildUser(t.db, org.id)).email;
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('entente import with its choices', () => {
  it('imports the valid rows of a Windows-1252 file with a type for the whole file, and writes the others to correct', { timeout: 120_000 }, async () => {
    const file = join(dir, 'excel.csv');
    const rejected = join(dir, 'rejected.csv');
    // As Excel's plain "CSV" saves it: one byte a character, ’ as 0x92.
    writeFileSync(file, Buffer.from('#org,#sector,#adm1,#activity\nPanamá,humanitarian,IQ-AN,Côte d\u0092Ivoire\nPanamá,humanitarian,IQ-ZZ,Schools\n', 'latin1'));
    const args = ['import', 'contributions', file, '--as', email, '--value', '#activity+type=training', '--rejected', rejected];
    const all = await runCli(args, { DATABASE_URL: t.url });
    expect(all.code, all.stderr).toBe(1);
    expect(all.stdout).toContain('With --mode valid-rows: would create 1, update 0, leave out 1 rows with problems.');

    const valid = await runCli([...args, '--mode', 'valid-rows'], { DATABASE_URL: t.url });
    expect(valid.code, valid.stderr).toBe(0);
    expect(valid.stdout).toContain('Read as windows-1252.');
    expect(valid.stdout).toContain('1 rows with problems left out.');
    const rows = await t.db.selectFrom('contribution').select(['description', 'type']).execute();
    expect(rows).toEqual([{ description: 'Côte d’Ivoire', type: 'training' }]);
    expect(readFileSync(rejected, 'utf8')).toContain('#adm1: unknown place (“IQ-ZZ”),Panamá,humanitarian,IQ-ZZ,Schools');

    const bad = await runCli([...args, '--value', 'nothing'], { DATABASE_URL: t.url });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--value nothing');
  });
});
