// The import page's choices (issue 9 item 7, ADR 0032): a Windows-1252 file, detected; a value
// for the whole file (the type its rows lack); the valid-rows mode, whose dry run says what it
// would write and leave out, and whose rows left out download with their problems, to correct
// and import again. axe finds nothing in English, French and Arabic, the choices open.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, signInAs, startHarness, switchLanguage } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

/** As Excel's plain "CSV" saves it on a Western European Windows: one byte a character, ’ as 0x92. */
const windows1252 = (text: string) => Buffer.from(text.replace(/’/g, '\u0092'), 'latin1');
const FILE = windows1252(`#org,#sector,#adm1,#activity,#meta+id
Iraq,humanitarian,IQ-AN,Formateurs de Côte d’Ivoire,MODES-1
Iraq,humanitarian,IQ-ZZ,Écoles de Panamá,MODES-2
`);

describe('the import page’s encoding, file-wide values and modes', () => {
  it('imports the valid rows of a Windows-1252 file with a type for the whole file, and hands the other back', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, 'focal@iq.demo');
    await page.goto(`${h.base}/import/contributions`);
    await page.getByRole('heading', { name: 'Import contributions from an HXL file' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Text encoding (CSV files)' }).inputValue()).toBe('Detect it');
    await page.locator('input[type=file]').setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: FILE });

    // A column chosen without a value is said next to it, and nothing is sent.
    await page.getByRole('button', { name: 'Add a value for the whole file' }).click();
    await page.getByRole('textbox', { name: 'Column', exact: true }).click();
    await page.getByRole('option', { name: '#activity+type' }).click();
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('Give a value, or remove this line').waitFor();
    await page.getByRole('textbox', { name: 'Value', exact: true }).fill('training');
    await page.getByRole('radio', { name: 'Import the valid rows, and give me the others to correct' }).check();
    await page.getByRole('button', { name: 'Check the file' }).click();

    await page.getByText('Read as Windows-1252.').waitFor();
    await page.getByText('Valid rows only: 1 to create, 0 to update, 0 unchanged; 1 rows left out.').waitFor();
    const link = page.getByRole('link', { name: 'Download the rows with problems (CSV), to correct and import again' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('contributions-rows-with-problems.csv');
    const rejected = readFileSync(await download.path(), 'utf8');
    expect(rejected).toContain('#x_problems,#org,#sector,#adm1,#activity,#meta+id');
    expect(rejected).toContain('#adm1: unknown place (“IQ-ZZ”)');
    expect(rejected).toContain(',Iraq,humanitarian,IQ-ZZ,Écoles de Panamá,MODES-2');

    // The form with its choices open, a report and a problem list: in three languages.
    const report: Record<string, unknown> = {};
    report.en = await axeViolations(page);
    await switchLanguage(page, 'Français');
    await page.getByText('Lu en Windows-1252.').waitFor();
    // The problem is worded from its code in the reader's language, not the server's English (ADR 0037).
    await page.getByRole('listitem').filter({ hasText: '#adm1' }).filter({ hasText: 'lieu inconnu' }).waitFor();
    expect(await page.getByText('unknown place').count()).toBe(0);
    report.fr = await axeViolations(page);
    // Checked again in French, the rows handed back are in French: the page says its language (lang=).
    const frLink = page.getByRole('link', { name: 'Télécharger les lignes à problèmes (CSV), pour les corriger et les importer de nouveau' });
    const englishHref = await frLink.getAttribute('href');
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await expect.poll(async () => (await frLink.count()) === 1 && (await frLink.getAttribute('href')) !== englishHref).toBe(true);
    const [frDownload] = await Promise.all([page.waitForEvent('download'), frLink.click()]);
    expect(readFileSync(await frDownload.path(), 'utf8')).toContain('#adm1: lieu inconnu (« IQ-ZZ »)');
    await switchLanguage(page, 'العربية');
    await page.getByText(/قُرئ بترميز/).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'مكان غير معروف' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    report.ar = await axeViolations(page);
    expect(report).toEqual({ en: [], fr: [], ar: [] });
    await switchLanguage(page, 'English');

    await page.getByRole('button', { name: 'Import the 1 valid rows' }).click();
    await page.getByText('Valid rows imported: 1 created, 0 updated, 0 unchanged; 1 rows left out.').waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Download the rows with problems (CSV), to correct and import again' }).count(), { timeout: 10_000 }).toBe(2);
    const rows = await sql<{ external_id: string; description: string; type: string }>`
      SELECT external_id, description, type FROM contribution WHERE external_id LIKE 'MODES-%' ORDER BY external_id`.execute(h.app.db);
    expect(rows.rows).toEqual([{ external_id: 'MODES-1', description: 'Formateurs de Côte d’Ivoire', type: 'training' }]);
    await context.close();
  });
});
