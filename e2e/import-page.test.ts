// The web's import page serves any entity the server registers (issue 8): the app here has
// the fixture notes module (server/test/fixtures/notes), which the web app never heard of,
// and the page at /import/fixture-notes imports a file of notes like any other. The page's
// code names no registered entity; a kind the server does not list gets a not-found page;
// the old addresses /contributions/import and /needs/import lead to the new ones. The file
// formats (JSON among them) are the ones GET /api/imports lists, on the page and the list's buttons.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { interchangeSpecs } from '../server/modules/interchange/interchange.service.ts';
import { installSharedEntity } from '../server/modules/sharing/sharing.migration.ts';
import type { TestApp } from '../server/test/app.ts';
import { freshDatabase } from '../server/test/database.ts';
import { NOTE_TABLE, notesModule } from '../server/test/fixtures/notes/notes.module.ts';
import { type Harness, signInAs, startHarness, switchLanguage } from './harness.ts';

/** The test app (as buildTestApp makes it) with one more module: the fixture notes, table installed as its migration would. */
async function appWithNotes(): Promise<TestApp> {
  const database = await freshDatabase();
  await NOTE_TABLE.execute(database.db);
  await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON fixture_note TO ${sql.id(new URL(database.appUrl).username)}`.execute(database.db);
  await installSharedEntity(database.db, 'fixture_note', 'fixture_note');
  const dataDir = mkdtempSync(join(tmpdir(), 'entente-import-page-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', LOAD_DEMO: 'false', SESSION_REUSE_MS: '0', CHECK_RESPONSES: 'true' });
  const app = await buildApp(config, database.appDb, { logger: false, modules: [notesModule] });
  await app.ready();
  return {
    ...database,
    app,
    config,
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness(appWithNotes);
});
afterAll(async () => h?.close());

const root = resolve(import.meta.dirname, '..');
const IMPORT_PAGE = ['web/src/scenes/imports', 'web/src/components/HxlButtons.tsx'];

function sourcesOf(path: string): string[] {
  if (path.endsWith('.tsx') || path.endsWith('.ts')) return [path];
  return readdirSync(join(root, path), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(path, f));
}

describe('the web’s import page, for whatever the server registers', () => {
  it('names none of the registered entities: not their name, label, entity or table', () => {
    const specs = interchangeSpecs();
    expect(specs.map((s) => s.name)).toEqual(expect.arrayContaining(['contributions', 'fixture-notes', 'fund-transactions', 'needs']));
    const words = [...new Set(specs.flatMap((s) => [s.name, s.label, s.entity, s.table ?? s.entity]))];
    const files = IMPORT_PAGE.flatMap(sourcesOf);
    expect(files).toContain(join('web/src/scenes/imports', 'ImportScene.tsx'));
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const word of words) expect(text, `${file} names “${word}”`).not.toMatch(new RegExp(`\\b${word.replace(/[-_ ]/g, '[-_ ]')}\\b`, 'i'));
    }
  });

  it('imports a file of an entity the web app has no code for, titled by the registry’s label', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, 'focal@iq.demo');
    await page.goto(`${h.base}/import/fixture-notes`);
    await page.getByRole('heading', { name: 'Import fixture notes from an HXL file' }).waitFor();
    // Opened directly: no page of ours to go back to (and no list page is assumed at /<kind>), so home.
    expect(await page.locator('#main').getByRole('link', { name: 'Home' }).getAttribute('href')).toBe('/');
    // A blank template of the entity, in each table format, as the server lists it.
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Blank template (CSV)' }).click()]);
    expect(template.suggestedFilename()).toBe('fixture-notes-template.hxl.csv');
    expect(await page.getByRole('link', { name: 'Blank template (XLSX)' }).getAttribute('href')).toBe('/api/fixture-notes/template.xlsx?lang=en');
    // A name column an export wrote beside a code (+label, ADR 0038) is said to be one, and not read.
    const file = Buffer.from('#description,#meta+id,#org+name+label\nWater points assessed,FN-1,Irak\nSchools visited,FN-2,Irak\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: file });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('Ready: 2 to create, 0 to update, 0 unchanged.').waitFor();
    await page.getByText('Name columns, written beside the codes for people and not read: #org+name+label').waitFor();
    expect(await page.getByText(/^Ignored columns/).count()).toBe(0);
    await page.getByRole('button', { name: /^Import 2 rows/ }).click();
    await page.getByText('Imported: 2 created, 0 updated, 0 unchanged.').waitFor();
    const rows = await sql<{ external_id: string; org: string }>`
      SELECT n.external_id, o.name AS org FROM fixture_note n JOIN organisation o ON o.id = n.owner_org_id ORDER BY n.external_id`.execute(h.app.db);
    expect(rows.rows).toEqual([
      { external_id: 'FN-1', org: 'Iraq' },
      { external_id: 'FN-2', org: 'Iraq' },
    ]);
    // Another language: its own title where it has one, else one built from the label.
    await switchLanguage(page, 'Français');
    await page.getByRole('heading', { name: 'Importer depuis un fichier HXL : fixture notes' }).waitFor();
    await context.close();
  });

  it('takes the formats the server lists, and imports a JSON file (a DHIS2 dataValueSet) of the same entity', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, 'focal@iq.demo');
    await page.goto(`${h.base}/import/fixture-notes`);
    const picker = page.getByLabel('CSV, XLSX, or JSON file with HXL hashtags');
    await picker.waitFor();
    expect(await page.locator('input[type=file]').getAttribute('accept')).toBe('.csv,.xlsx,.json');
    await page.getByText('#meta+id #org #description').waitFor();
    const file = JSON.stringify({
      dataSet: 'fixture',
      orgUnit: 'Iraq',
      dataValues: [
        { dataElement: 'FN-3', value: 'Wells dug' },
        { dataElement: 'FN-4', value: 'Clinics supplied' },
        { dataElement: 'FN-5', value: 'Roads cleared', orgUnit: 'Iraq' },
      ],
    });
    await page.locator('input[type=file]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('Ignored columns: dataSet').waitFor();
    await page.getByText('Ready: 3 to create, 0 to update, 0 unchanged.').waitFor();
    await page.getByRole('button', { name: /^Import 3 rows/ }).click();
    await page.getByText('Imported: 3 created, 0 updated, 0 unchanged.').waitFor();
    const rows = await sql<{ external_id: string; title: string; org: string }>`
      SELECT n.external_id, n.title, o.name AS org FROM fixture_note n JOIN organisation o ON o.id = n.owner_org_id
      WHERE n.external_id IN ('FN-3', 'FN-4', 'FN-5') ORDER BY n.external_id`.execute(h.app.db);
    expect(rows.rows).toEqual([
      { external_id: 'FN-3', title: 'Wells dug', org: 'Iraq' },
      { external_id: 'FN-4', title: 'Clinics supplied', org: 'Iraq' },
      { external_id: 'FN-5', title: 'Roads cleared', org: 'Iraq' },
    ]);
    // The formats in the page's language, as the server lists them.
    await switchLanguage(page, 'Français');
    await page.getByLabel('Fichier CSV, XLSX ou JSON avec étiquettes HXL').waitFor();
    await context.close();
  });

  it('shows a kind the server does not list as not found, with the ones it does', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, 'focal@iq.demo');
    await page.goto(`${h.base}/import/nothing-here`);
    await page.getByRole('heading', { name: 'Nothing to import here' }).waitFor();
    await page.getByText('“nothing-here” cannot be imported.').waitFor();
    expect(await page.getByRole('button', { name: 'Check the file' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Import fixture notes from an HXL file' }).waitFor();
    await page.getByRole('link', { name: 'Import needs from an HXL file' }).click();
    await page.getByRole('heading', { name: 'Import needs from an HXL file' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/import/needs');
    await context.close();
  });

  it('leads the old addresses to the new ones, and back to the list the import was opened from', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, 'focal@iq.demo');
    for (const kind of ['contributions', 'needs']) {
      await page.goto(`${h.base}/${kind}/import`);
      await page.getByRole('heading', { name: `Import ${kind} from an HXL file` }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/import/${kind}`);
    }
    await page.goto(`${h.base}/needs?sort=priority`);
    // One export per download the server lists, JSON included, in the page's language (the names beside the codes, ADR 0038).
    for (const format of ['csv', 'xlsx', 'json'])
      expect(await page.getByRole('link', { name: `Export HXL ${format.toUpperCase()}` }).getAttribute('href')).toBe(`/api/needs/export.${format}?lang=en`);
    await page.getByRole('link', { name: 'Import HXL file' }).click();
    await page.getByRole('heading', { name: 'Import needs from an HXL file' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/import/needs');
    await page.getByRole('link', { name: 'All needs' }).click();
    await page.getByTestId('needs-table').waitFor();
    expect(new URL(page.url()).search).toBe('?sort=priority');
    await context.close();
  });
});
