// The places page in a real browser (issue 9's acceptance: "a secretariat admin … loads a
// gazetteer … all in the web app"): the admin opens /admin/places from the console's menu, is
// shown a refused file's problems next to the file, loads the COD fixture, reads how many places
// were added and updated, and finds Ninewa by its P-code and its districts under it. The page
// passes axe in English, French and Arabic, with the refusal and with the result shown.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../web/src/scenes/admin/places-i18n/ar.json';
import en from '../web/src/scenes/admin/places-i18n/en.json';
import fr from '../web/src/scenes/admin/places-i18n/fr.json';
import { type Harness, signInAs, startHarness, switchLanguage, wordsOf } from './harness.ts';

const COD = resolve(import.meta.dirname, '../server/test/fixtures/iraq-cod-ab-sample.csv');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const poll = { timeout: 10_000 };
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

describe("the places page's words", () => {
  it('exist in English, French and Arabic with the same keys, and hold every key the page uses', () => {
    const words = wordsOf({ en, fr, ar }, 'admin', 'adminPlaces');
    expect(words.fr).toEqual(words.en);
    expect(words.ar).toEqual(words.en);
    expect(words.used.length).toBeGreaterThan(20);
    expect(words.missing).toEqual([]);
  });
});

describe('the places page in a real browser', () => {
  it('loads a gazetteer from the web app: a bad file refused beside the file, then the places added and found', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base);
    await page.getByRole('navigation').getByRole('link', { name: 'Places', exact: true }).click();
    await page.getByRole('heading', { name: 'Places and gazetteer' }).waitFor();
    await expect.poll(() => page.title(), poll).toBe('Places and gazetteer — Entente');
    const card = page.getByRole('region', { name: 'Load a gazetteer' });

    // A file without its first level's P-codes: refused, its row named next to the file.
    const bad = join(tmpdir(), `cod-bad-${process.pid}.csv`);
    writeFileSync(bad, 'admin1Name_en,admin1Name_ar,admin1Pcode,admin0Pcode\nNinewa,نينوى,,IQ\n');
    await card.locator('input[type="file"]').setInputFiles(bad);
    await card.getByRole('button', { name: 'Load the gazetteer' }).click();
    await expect.poll(() => card.getByText('row 2, column admin1Pcode: missing').count(), poll).toBe(1);
    const before = await h.app.db
      .selectFrom('location')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    for (const [language, heading] of [
      ['Français', 'Lieux et répertoire géographique'],
      ['العربية', 'الأماكن والمعجم الجغرافي'],
      ['English', 'Places and gazetteer'],
    ] as const) {
      await switchLanguage(page, language);
      await page.getByRole('heading', { name: heading }).waitFor();
      expect(await axeViolations(page), `${language}, a refused file`).toEqual([]);
    }

    // The COD table: loaded by a job, its result shown.
    await card.locator('input[type="file"]').setInputFiles(COD);
    await card.getByRole('button', { name: 'Load the gazetteer' }).click();
    const result = page.getByTestId('gazetteer-result');
    await result.waitFor({ timeout: 20_000 });
    await expect.poll(() => result.textContent(), poll).toContain('20 added, 3 updated, 0 unchanged');
    const after = await h.app.db
      .selectFrom('location')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n) - Number(before.n)).toBe(20);

    // The menu's link to this page leaves a search: in the address and in the box alike.
    await page.getByLabel('Find a place').fill('Mosul');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), poll).toBe('Mosul');
    await page.getByRole('navigation').getByRole('link', { name: 'Places', exact: true }).click();
    await expect.poll(async () => ({ q: new URL(page.url()).searchParams.get('q'), box: await page.getByLabel('Find a place').inputValue() }), poll).toEqual({ q: null, box: '' });

    // Ninewa found by its P-code; its districts under it, by keyboard.
    await page.getByLabel('Find a place').fill('IQG15');
    const table = page.getByTestId('places-table');
    await expect.poll(() => table.getByRole('cell', { name: 'IQG15', exact: true }).count(), poll).toBe(1);
    expect(await table.getByRole('row').count()).toBe(2);
    const open = table.getByRole('button', { name: /^Open Ninawa: 4 places below/ });
    // Opening clears the search: it must not come back, even for a moment, while the typed words settle.
    const searchesAfterOpen: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/api/locations' && url.searchParams.has('q')) searchesAfterOpen.push(url.search);
    });
    await open.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Where you are in the tree' }).getByText('Ninawa').waitFor();
    // A district the gazetteer added: its P-code is its code too, its Arabic name beside.
    const mosul = table.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Al-Mosul', exact: true }) });
    // Read together in one poll: a check made after the poll would read whatever render came next.
    await expect
      .poll(
        async () => ({
          codes: await mosul.getByRole('cell', { name: 'IQD1501', exact: true }).count(),
          arabic: await mosul.getByRole('cell', { name: 'الموصل', exact: true }).count(),
          rows: await table.getByRole('row').count(),
        }),
        poll,
      )
      .toEqual({ codes: 2, arabic: 1, rows: 5 });
    expect(searchesAfterOpen).toEqual([]);

    for (const [language, heading] of [
      ['Français', 'Lieux et répertoire géographique'],
      ['العربية', 'الأماكن والمعجم الجغرافي'],
    ] as const) {
      await switchLanguage(page, language);
      await page.getByRole('heading', { name: heading }).waitFor();
      if (language === 'العربية') expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await axeViolations(page), `${language}, the result and the tree`).toEqual([]);
    }
    await context.close();
  });

  it('gives an organisation its Arabic name and other names on the organisations page, which imports then match', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base);
    await page.getByRole('navigation').getByRole('link', { name: 'Organisations', exact: true }).click();
    await page.getByLabel('Name', { exact: true }).last().fill('France');
    // The form fills its names from the organisation's own answer: typed before it came, they would be replaced.
    const detail = page.waitForResponse((r) => /^\/api\/organisations\/[0-9a-f-]{36}$/.test(new URL(r.url()).pathname) && r.request().method() === 'GET');
    await page.getByRole('button', { name: 'Change France', exact: true }).click();
    await detail;
    const arabic = page.getByLabel('Name in Arabic');
    await arabic.waitFor();
    await arabic.fill('الجمهورية الفرنسية');
    await page.getByLabel('Other names').fill('République française\nFR-MEAE');
    expect(await axeViolations(page), 'the organisation form with its other names').toEqual([]);
    await page.getByRole('button', { name: 'Save the changes' }).click();
    const france = await h.app.db.selectFrom('organisation').select('id').where('name', '=', 'France').executeTakeFirstOrThrow();
    await expect
      .poll(async () => (await h.app.db.selectFrom('organisation_alias').select(['name', 'lang']).where('org_id', '=', france.id).orderBy('name').execute()).length, poll)
      .toBe(3);
    const aliases = await h.app.db.selectFrom('organisation_alias').select(['name', 'lang']).where('org_id', '=', france.id).execute();
    expect(aliases).toEqual(
      expect.arrayContaining([
        { name: 'الجمهورية الفرنسية', lang: 'ar' },
        { name: 'République française', lang: null },
        { name: 'FR-MEAE', lang: null },
      ]),
    );
    await context.close();
  });
});
