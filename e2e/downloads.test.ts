// Every file the web app offers comes from the server: on the coverage page and the
// lists, each download is a link to an /api route (whose contents, under the export rule,
// server/modules/analytics/analytics.downloads.test.ts checks for every reader),
// and a click saves what the server sent — nothing built in the page.
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, signInAs, startHarness, switchLanguage } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const FILE_TYPES = /^(text\/csv|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet|application\/json)/;

describe('downloads in a real browser', () => {
  it('links every download of the coverage page and the lists to a server route that answers with the file', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base);
    const offered: Record<string, string[]> = {};
    for (const path of ['/coverage', '/contributions', '/needs']) {
      await page.goto(`${h.base}${path}`);
      // The coverage page's links come with its tables; a list's with its heading.
      if (path === '/coverage') await page.getByTestId('coverage-table').waitFor({ state: 'attached' });
      await page.locator('a[download]').first().waitFor();
      offered[path] = await page.locator('a[download]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    }
    // The coverage page offers its five tables, each as CSV and XLSX; each list its export.
    expect(offered['/coverage']!.map((href) => href.replace(/\?.*$/, '')).sort()).toEqual(
      ['matrix', 'places', 'thin-lines', 'duplicates', 'gaps'].flatMap((f) => [`/api/coverage/${f}.csv`, `/api/coverage/${f}.xlsx`]).sort(),
    );
    expect(offered['/contributions']!.length).toBeGreaterThan(0);
    expect(offered['/needs']!.length).toBeGreaterThan(0);
    for (const href of Object.values(offered).flat()) {
      expect(href).toMatch(/^\/api\//);
      const res = await context.request.get(`${h.base}${href}`);
      expect(res.status(), href).toBe(200);
      expect(res.headers()['content-type'], href).toMatch(FILE_TYPES);
      expect(res.headers()['content-disposition'], href).toMatch(/^attachment; filename="/);
    }

    // A click saves the server's file.
    await page.goto(`${h.base}/coverage`);
    await page.getByTestId('coverage-table').waitFor({ state: 'attached' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href^="/api/coverage/matrix.csv"]').click()]);
    expect(download.url()).toBe(`${h.base}/api/coverage/matrix.csv?lang=en`);
    expect(download.suggestedFilename()).toBe('coverage-matrix.csv');
    await context.close();
  });

  it('sends the page’s language with a list’s export, whose names beside the codes are then in that language (ADR 0038)', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base);
    await switchLanguage(page, 'Français');
    await page.goto(`${h.base}/contributions`);
    const link = page.locator('a[download][href^="/api/contributions/export.csv"]');
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    expect(new URLSearchParams(href.split('?')[1]).get('lang')).toBe('fr');
    /** The places' codes and their names, row by row, of the export in `lang`. */
    const places = async (lang: string) => {
      const url = new URL(href, h.base);
      url.searchParams.set('lang', lang);
      const res = await context.request.get(url.toString());
      expect(res.status()).toBe(200);
      const [, tags, ...rows] = Papa.parse<string[]>((await res.text()).trim()).data;
      const code = tags!.indexOf('#loc+code');
      // The names sit beside the codes.
      expect(tags![code + 1]).toBe('#loc+name+label');
      return rows.map((r) => [r[code], r[code + 1]]);
    };
    expect(await places('fr')).toEqual(expect.arrayContaining([['IRQ', 'Irak']]));
    expect(await places('en')).toEqual(expect.arrayContaining([['IRQ', 'Iraq']]));
    // The header row people read is in the page's language too, in the lists' exports and the coverage page's files.
    const headerOf = async (url: string) => Papa.parse<string[]>((await (await context.request.get(new URL(url, h.base).toString())).text()).trim()).data[0];
    expect((await headerOf(href))?.slice(0, 3)).toEqual(['Organisation', "Nom de l'organisation", 'Axe ou objectif']);
    await page.goto(`${h.base}/coverage`);
    const matrix = page.locator('a[download][href^="/api/coverage/matrix.csv"]');
    await matrix.waitFor();
    expect(await headerOf((await matrix.getAttribute('href')) ?? '')).toEqual(['Organisation', "Axe d'effort", 'Devise', 'Contributions', 'Montant']);
    await context.close();
  });
});
