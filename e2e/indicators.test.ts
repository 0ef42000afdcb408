// The indicators' pages in a real browser (issue 11): the acceptance — a focal point pastes a
// block of values copied from a spreadsheet into the entry grid, a wrong cell says so next to
// it, the values are submitted, an admin approves them as a line's coordinator would, and the
// indicator's dashboard (its series and progress) shows them; axe finds nothing in English,
// French and Arabic (error state included); the grid moves by arrow keys; the pages stay
// within the weight budget.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.ts';
import { signIn } from '../server/test/app.ts';
import ar from '../web/src/scenes/indicators/i18n/ar.json';
import en from '../web/src/scenes/indicators/i18n/en.json';
import fr from '../web/src/scenes/indicators/i18n/fr.json';
import { type Harness, signInAs, startHarness, switchLanguage } from './harness.ts';

const ADMIN = 'admin@secretariat.demo';
const FOCAL = 'focal@uk.demo';
let h: Harness;
let airstrikesId = '';
let lineId = '';

beforeAll(async () => {
  h = await startHarness();
  const admin = await signIn(h.app.app, ADMIN, DEMO_PASSWORD);
  const list = (await admin.inject({ method: 'GET', url: '/api/indicators?limit=100' })).json().items as { id: string; code: string; line: { id: string } }[];
  const airstrikes = list.find((i) => i.code === 'SA-AIRSTRIKES')!;
  airstrikesId = airstrikes.id;
  lineId = airstrikes.line.id;
});
afterAll(async () => h?.close());

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}
/** What a spreadsheet puts on the clipboard, pasted into the focused cell. */
async function paste(page: Page, text: string) {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}
const cell = (page: Page, name: RegExp) => page.getByTestId('entry-grid').getByRole('textbox', { name });

describe("the indicators' words", () => {
  it('exist in English, French and Arabic, and hold every key the pages use', () => {
    const keysOf = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');
    const words = [...new Set(keysOf(en).map(base))].sort();
    expect([...new Set(keysOf(fr).map(base))].sort()).toEqual(words);
    expect([...new Set(keysOf(ar).map(base))].sort()).toEqual(words);
    const dir = resolve(import.meta.dirname, '../web/src/scenes/indicators');
    const used = readdirSync(dir)
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/\bt\('(indicators\.[A-Za-z0-9_.]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((k) => !words.includes(k))).toEqual([]);
  });
});

describe('the indicators in a real browser', () => {
  it('takes a pasted block, says which cell is wrong, submits; an admin approves; the dashboard shows the new month', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, FOCAL);
    await page.getByRole('navigation').getByRole('link', { name: 'Indicators' }).click();
    await page.getByRole('heading', { level: 2, name: 'Indicators' }).waitFor();
    await expect.poll(() => page.getByTestId('indicators-table').locator('tbody tr').count()).toBe(4);

    await page.goto(`${h.base}/indicators/entry?line=${lineId}&period=2015-02`);
    const airstrikes = cell(page, /^Coalition airstrikes.*Whole coalition$/);
    const territory = cell(page, /^Territory reclaimed.*Whole coalition$/);
    await airstrikes.waitFor();
    // A block of two cells, the second wrong: each lands in its cell, the wrong one says why.
    await airstrikes.focus();
    await paste(page, '250\t4O\n');
    await expect.poll(() => airstrikes.inputValue()).toBe('250');
    expect(await territory.inputValue()).toBe('4O');
    expect(await territory.getAttribute('aria-invalid')).toBe('true');
    const note = await territory.getAttribute('aria-describedby');
    expect(await page.locator(`#${note}`).textContent()).toBe('Not a number');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('alert').filter({ hasText: 'Some cells are wrong' }).waitFor();
    // Fixed by keyboard: from the first cell, the arrow key moves to the next.
    await airstrikes.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Territory reclaimed/);
    await territory.fill('40');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => page.getByTestId('entry-notice').textContent()).toBe('2 values submitted for approval.');
    await context.close();

    // The admin pins the airstrikes' series to their dashboard: before approval, January 2015 is its last month.
    const admin = await h.newPage();
    await signInAs(admin.page, h.base, ADMIN);
    await admin.page.goto(`${h.base}/indicators/${airstrikesId}`);
    await admin.page.getByTestId('series-table').waitFor();
    expect(await admin.page.getByTestId('series-table').textContent()).not.toContain('2015-02');
    await admin.page.getByRole('button', { name: 'Pin to my dashboard' }).click();
    await admin.page.getByRole('button', { name: 'Pinned to your dashboard' }).waitFor();
    await admin.page.goto(`${h.base}/indicators/dashboard`);
    const tile = admin.page.getByTestId('tile').filter({ hasText: 'Coalition airstrikes' });
    await tile.getByTestId('tile-table').waitFor();
    expect(await tile.getByTestId('tile-table').locator('tr').count()).toBe(6);
    expect(await tile.textContent()).not.toContain('2015-02');
    await admin.page.goto(`${h.base}/indicators/entry?line=${lineId}&period=2015-02`);
    const review = admin.page.getByTestId('review');
    await review.waitFor();
    await review.getByRole('button', { name: 'Choose all submitted' }).click();
    await review.getByRole('button', { name: 'Approve 2 values' }).click();
    await expect.poll(() => review.locator('tbody').textContent()).not.toContain('Submitted');
    await admin.page.goto(`${h.base}/indicators/${airstrikesId}`);
    await expect.poll(() => admin.page.getByTestId('series-table').textContent()).toContain('2015-02250');
    // The tile changed: seven months, February's 250 the last.
    await admin.page.goto(`${h.base}/indicators/dashboard`);
    // The tile's pivot can take over a second (vitest's poll gives up after one): wait for its seventh row, then count.
    await tile.getByTestId('tile-table').locator('tr').nth(6).waitFor();
    await expect.poll(() => tile.getByTestId('tile-table').locator('tr').count()).toBe(7);
    expect(await tile.getByTestId('tile-table').locator('tr').last().textContent()).toMatch(/2015-02250$/);
    await admin.context.close();
  });

  for (const language of ['English', 'Français', 'العربية'] as const) {
    it(`passes axe on the indicators pages in ${language}, a wrong cell included`, async () => {
      const { page, context } = await h.newPage();
      await signInAs(page, h.base, ADMIN);
      if (language !== 'English') await switchLanguage(page, language);
      const report: Record<string, unknown> = {};
      for (const [name, path] of [
        ['list', '/indicators'],
        ['indicator', `/indicators/${airstrikesId}`],
        ['dashboard', '/indicators/dashboard'],
        ['entry', `/indicators/entry?line=${lineId}&period=2015-03`],
      ]) {
        await page.goto(`${h.base}${path}`);
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        report[name] = await axeViolations(page);
      }
      const first = page.getByTestId('entry-grid').getByRole('textbox').first();
      await first.fill('abc');
      await page.getByTestId('entry-grid').locator('[aria-invalid=true]').waitFor();
      report.wrongCell = await axeViolations(page);
      if (language === 'العربية') expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      await context.close();
      expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
    });
  }
});

describe('the weight budget', () => {
  const DIST = resolve(import.meta.dirname, '../web/dist');
  const asset = (name: string) => readFileSync(join(DIST, 'assets', name));
  const gz = (names: Iterable<string>) => [...names].reduce((n, name) => n + gzipSync(asset(name), { level: 9 }).length, 0);
  function staticClosure(entry: string, into = new Set<string>()) {
    if (into.has(entry)) return into;
    into.add(entry);
    for (const m of asset(entry)
      .toString('utf8')
      .matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
      staticClosure(m[1]!, into);
    return into;
  }

  it('keeps each indicators page, its chart included (its chunks beyond the shell), within 450 KB gzipped', () => {
    expect(existsSync(join(DIST, 'index.html'))).toBe(true);
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const entry = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html)![1]!;
    const shell = staticClosure(entry);
    const scenes = readdirSync(join(DIST, 'assets')).filter((f) => /^(Indicators|Indicator|Entry|Dashboard)Scene-.*\.js$/.test(f));
    expect(scenes.length).toBe(4);
    const chart = readdirSync(join(DIST, 'assets')).filter((f) => /^(SeriesChart|HeatmapChart)-.*\.js$/.test(f));
    expect(scenes.filter((s) => shell.has(s))).toEqual([]);
    const pages = Object.fromEntries(
      scenes.map((scene) => {
        const own = staticClosure(scene);
        // The indicator page loads its charts on first show: counted with it.
        if (scene.startsWith('IndicatorScene') || scene.startsWith('DashboardScene')) for (const c of chart) staticClosure(c, own);
        for (const chunk of shell) own.delete(chunk);
        return [scene.replace(/-.*$/, ''), Math.round(gz(own) / 1024)];
      }),
    );
    expect(Object.entries(pages).filter(([, kb]) => kb > 450)).toEqual([]);
  });
});
