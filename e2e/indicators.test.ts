// The indicators' pages in a real browser (issue 11): the acceptance — a focal point pastes a
// block of values copied from a spreadsheet into the entry grid, a wrong cell says so next to
// it, the values are submitted, a coordinator of the line (the United States co-leads the
// military line) approves them, and their dashboard tile shows them; the dashboard draws each
// kind of tile (series, bars, heatmap, progress, map) with its table, and each tile's CSV and
// PNG download from the server; axe finds nothing in English, French and Arabic (error state
// included); the grid moves by arrow keys, the tiles' links by Tab; the pages stay within the
// weight budget.
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
/** Coordinator of the United States, a co-lead of the military line: approves its values (the demo pins them a dashboard). */
const COORDINATOR = 'coordinator@us.demo';
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
  // Territory retaken in Iraq in December 2014 (test data), approved: the map tile has a country to shade.
  const territory = list.find((i) => i.code === 'SA-TERRITORY')!;
  const iraq = (await admin.inject({ method: 'GET', url: '/api/locations?q=Iraq&limit=10' })).json().items.find((l: { code: string }) => l.code === 'IRQ');
  const saved = await admin.inject({
    method: 'POST',
    url: '/api/indicator-values',
    payload: { values: [{ indicatorId: territory.id, period: '2014-12', locationId: iraq.id, value: 55 }] },
  });
  const ids = (saved.json().items as { id: string }[]).map((v) => v.id);
  for (const step of ['submit', 'approve']) expect((await admin.inject({ method: 'POST', url: `/api/indicator-values/${step}`, payload: { ids } })).statusCode).toBe(200);
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
  it("takes a pasted block, says which cell is wrong, submits; the line's coordinator approves; their dashboard tile shows the new month", async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, FOCAL);
    await page.getByRole('navigation').getByRole('link', { name: 'Indicators' }).click();
    await page.getByRole('heading', { level: 2, name: 'Indicators' }).waitFor();
    await expect.poll(() => page.getByTestId('indicators-table').locator('tbody tr').count()).toBe(4);

    await page.goto(`${h.base}/indicators/entry?line=${lineId}&period=2015-02`);
    const airstrikes = cell(page, /^Coalition airstrikes.*Whole coalition$/);
    const territory = cell(page, /^Territory reclaimed.*Whole coalition$/);
    // The grid waits for the line's indicators and values: slow on a busy machine.
    await airstrikes.waitFor({ timeout: 60_000 });
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

    // The coordinator pins the airstrikes' series to their dashboard: before approval, January 2015 is its last month.
    const admin = await h.newPage();
    await signInAs(admin.page, h.base, COORDINATOR);
    await admin.page.goto(`${h.base}/indicators/${airstrikesId}`);
    await admin.page.getByTestId('series-table').waitFor();
    expect(await admin.page.getByTestId('series-table').textContent()).not.toContain('2015-02');
    await admin.page.getByRole('button', { name: 'Pin to my dashboard' }).click();
    await admin.page.getByRole('button', { name: 'Pinned to your dashboard' }).waitFor();
    await admin.page.goto(`${h.base}/indicators/dashboard`);
    const tile = admin.page.getByRole('region', { name: 'Coalition airstrikes in support of ground forces', exact: true });
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

  it("draws each kind of tile with its table, and downloads each tile's CSV and PNG from the server; the links are reached by Tab", async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, COORDINATOR);
    await page.goto(`${h.base}/indicators/dashboard`);
    await page.getByRole('heading', { level: 2, name: 'My dashboard' }).waitFor();
    const titles = [
      'Progress toward targets (coalition-wide)',
      'Airstrikes by month',
      'Territory reclaimed by month',
      'Military line: organisation × month',
      'Territory reclaimed by country',
    ];
    for (const title of titles) {
      const tile = page.getByRole('region', { name: title, exact: true });
      await tile.getByTestId('tile-table').waitFor({ timeout: 15_000 });
      // A chart (a canvas, named for screen readers) beside its table.
      await tile.getByRole('img').locator('canvas').first().waitFor({ timeout: 15_000 });
      for (const [kind, type] of [
        ['CSV', 'text/csv'],
        ['PNG', 'image/png'],
      ] as const) {
        const link = tile.getByRole('link', { name: `Download ${kind}: ${title}`, exact: true });
        const href = await link.getAttribute('href');
        expect(href).toMatch(new RegExp(`^/api/indicator-dashboard/tiles/[0-9a-f-]{36}\\.${kind.toLowerCase()}$`));
        const file = await page.request.get(`${h.base}${href}`);
        expect(file.status(), `${title} ${kind}`).toBe(200);
        expect(file.headers()['content-type']).toContain(type);
        if (kind === 'PNG') expect((await file.body()).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
        else expect((await file.text()).split('\n')[1]).toMatch(/^#indicator\+code,/);
      }
    }
    // Pinned from the indicator's page as another kind of tile: a heatmap of organisation × period.
    await page.goto(`${h.base}/indicators/${airstrikesId}`);
    await page.getByLabel('Pin as').selectOption({ label: 'Heatmap: organisation × period' });
    await page.getByRole('button', { name: 'Pin to my dashboard' }).click();
    await page.getByRole('button', { name: 'Pinned to your dashboard' }).waitFor();
    await page.goto(`${h.base}/indicators/dashboard`);
    const pinned = page.getByRole('region', { name: 'Coalition airstrikes in support of ground forces — Heatmap: organisation × period', exact: true });
    await pinned.getByRole('img').locator('canvas').first().waitFor({ timeout: 15_000 });
    expect(await pinned.getByTestId('tile-table').textContent()).toContain('Coalition Secretariat');
    // The progress tile lists the airstrikes (no target: none to measure against); the map shades Iraq, in its table too.
    expect(await page.getByRole('region', { name: titles[0], exact: true }).getByTestId('tile-table').textContent()).toContain('Coalition airstrikes');
    await expect.poll(() => page.getByRole('region', { name: titles[4], exact: true }).getByTestId('tile-table').textContent(), { timeout: 10_000 }).toContain('Iraq');
    // By keyboard: from a tile's unpin button, Tab reaches its download links.
    const series = page.getByRole('region', { name: titles[1], exact: true });
    await series.getByRole('button', { name: `Unpin ${titles[1]}` }).focus();
    const reached: string[] = [];
    for (let n = 0; n < 4; n++) {
      await page.keyboard.press('Tab');
      reached.push((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '');
    }
    expect(reached).toEqual(expect.arrayContaining([`Download CSV: ${titles[1]}`, `Download PNG: ${titles[1]}`]));
    await context.close();
  });

  for (const language of ['English', 'Français', 'العربية'] as const) {
    it(`passes axe on the indicators pages in ${language}, a wrong cell included`, async () => {
      const { page, context } = await h.newPage();
      // The line's coordinator: their dashboard holds a tile of every kind.
      await signInAs(page, h.base, COORDINATOR);
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
        if (name === 'dashboard') await expect.poll(() => page.getByTestId('tile-table').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(5);
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
    const chart = readdirSync(join(DIST, 'assets')).filter((f) => /^(SeriesChart|HeatmapChart|TileChart)-.*\.js$/.test(f));
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
