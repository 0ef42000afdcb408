// The real `entente import contributions` on 100,000 rows: killed with SIGKILL in the
// middle it leaves none of them; run again it imports all of them.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHxlContributions } from '../../bench/generators/hxl-contributions.ts';
import { systemCtx } from '../../server/infra/actor.ts';
import { createFrameworkNodeIn } from '../../server/modules/framework/framework.service.ts';
import { loadReferenceLocations } from '../../server/modules/locations/locations.service.ts';
import { type TestApp, buildTestApp } from '../../server/test/app.ts';
import { ENTENTE_BIN, runCli } from '../../server/test/cli.ts';
import { buildOrganisation, buildUser, countRows } from '../../server/test/factories.ts';

let t: TestApp;
let email = '';
const dir = mkdtempSync(join(tmpdir(), 'entente-import-'));
const file = join(dir, 'contributions.csv');
const ROWS = 100_000;

beforeAll(async () => {
  t = await buildTestApp();
  await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
    await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'humanitarian', name: 'Humanitarian', description: '', position: 0 });
    await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'iraq_capacity', name: 'Capacity', description: '', position: 1 });
  });
  const org = await buildOrganisation(t.db, { name: 'Norway', iso3: 'NOR' });
  email = (await buildUser(t.db, org.id)).email;
  await writeHxlContributions(file, { rows: ROWS, organisation: 'Norway', sectors: ['humanitarian', 'iraq_capacity'], locations: ['IQ-NI', 'IQ-AN', 'IQ-BG', 'SY-RA'] });
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('entente import contributions', () => {
  it('leaves nothing behind when killed mid-import, then imports every row', { timeout: 180_000 }, async () => {
    const child = spawn(process.execPath, [ENTENTE_BIN, 'import', 'contributions', file, '--as', email], {
      env: { ...process.env, DATABASE_URL: t.url, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Without a terminal the command reports every 50,000 rows on stderr: kill it then.
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('50000 rows read')) resolve();
      });
      child.on('exit', () => reject(new Error('the import ended before it could be killed')));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(await countRows(t.db, 'contribution')).toBe(0);
    expect(await countRows(t.db, 'contribution_location')).toBe(0);

    const again = await runCli(['import', 'contributions', file, '--as', email], { DATABASE_URL: t.url });
    expect(again.stderr).not.toMatch(/Error|rows \d/);
    expect(again.stdout).toContain(`created ${ROWS}, updated 0, left 0 unchanged`);
    expect(again.code).toBe(0);
    expect(await countRows(t.db, 'contribution')).toBe(ROWS);
    expect(await countRows(t.db, 'contribution_location')).toBe(ROWS);

    const dry = await runCli(['import', 'contributions', file, '--as', email, '--dry-run'], { DATABASE_URL: t.url });
    expect(dry.stdout).toContain(`dry run: would have created 0, updated 0, left ${ROWS} unchanged`);
  });

  it('exports what it may pass on as CSV or XLSX, and the export reads back unchanged', { timeout: 120_000 }, async () => {
    const csv = join(dir, 'export.csv');
    const xlsx = join(dir, 'export.xlsx');
    const exported = await runCli(['export', 'contributions', '--as', email, '--out', csv], { DATABASE_URL: t.url });
    expect(exported.stdout, exported.stderr).toContain(`${ROWS} contributions written to ${csv}`);
    const back = await runCli(['import', 'contributions', csv, '--as', email, '--dry-run'], { DATABASE_URL: t.url });
    expect(back.stdout).toContain(`dry run: would have created 0, updated 0, left ${ROWS} unchanged`);
    const asXlsx = await runCli(['export', 'needs', '--as', email, '--out', xlsx, '--format', 'xlsx'], { DATABASE_URL: t.url });
    expect(asXlsx.code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const nowhere = await runCli(['export', 'needs', '--as', email, '--out', join(dir, 'missing-folder', 'x.csv')], { DATABASE_URL: t.url });
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toMatch(/^entente: ENOENT/m);
    const refused = await runCli(['export', 'needs', '--as', 'nobody@example.org', '--out', xlsx], { DATABASE_URL: t.url });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('No active user nobody@example.org');
  });

  it('exits 1 with the report for a file with problems', async () => {
    const bad = join(dir, 'bad.csv');
    await writeHxlContributions(bad, { rows: 3, organisation: 'Narnia', sectors: ['humanitarian'], locations: ['IQ-NI'] });
    const res = await runCli(['import', 'contributions', bad, '--as', email], { DATABASE_URL: t.url });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('#org: unknown organisation — rows 3, 4, 5');
  });
});
