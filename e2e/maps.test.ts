// The coverage map people use (issue 9 item 6): governorates shaded by their contributions,
// zoom and pan, markers that merge into clusters when they would overlap and split when one
// zooms in, a click on an area opening the contributions list filtered by that place, and the
// same links in the table for the keyboard; axe finds nothing in English, French and Arabic.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterPlaces, reachAt } from '../web/src/components/map/clusters.ts';
import { type Harness, signInAs, startHarness, switchLanguage } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const poll = { timeout: 10_000 };
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Moves the pointer over the middle of the map on a grid until ECharts' tooltip says `wanted`; the point where it did. */
async function pointWhere(page: Page, wanted: RegExp) {
  const map = page.getByTestId('contribution-map');
  // The pointer reaches only what is in the window.
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  for (let y = box.height * 0.25; y < box.height * 0.8; y += 30)
    for (let x = box.width * 0.35; x < box.width * 0.65; x += 30) {
      await page.mouse.move(box.x + x, box.y + y);
      // ECharts writes the tooltip a moment after the pointer moves.
      const tip = await page
        .waitForFunction(
          ([el, source]) => {
            const text = [...(el as HTMLElement).querySelectorAll('div')].find((d) => d.style.position === 'absolute' && d.style.display !== 'none')?.textContent ?? '';
            return new RegExp(source).test(text) ? text : false;
          },
          [await map.elementHandle(), wanted.source] as const,
          { timeout: 400 },
        )
        .then((handle) => handle.jsonValue() as Promise<string>)
        .catch(() => null);
      if (tip) return { x: box.x + x, y: box.y + y, tip };
    }
  return null;
}

describe('clusters', () => {
  const places = [
    { id: 'a', name: 'Mosul', longitude: 43.1, latitude: 36.3, count: 4 },
    { id: 'b', name: 'Tel Afar', longitude: 42.45, latitude: 36.37, count: 1 },
    { id: 'c', name: 'Basrah', longitude: 47.8, latitude: 30.5, count: 2 },
  ];
  it('merges places a marker would overlap at country scale and splits them when zoomed in', () => {
    const country = clusterPlaces(places, reachAt(11));
    expect(country.map((c) => c.places.map((p) => p.id))).toEqual([['a', 'b'], ['c']]);
    expect(country[0]!.count).toBe(5);
    expect(clusterPlaces(places, reachAt(40)).map((c) => c.places.map((p) => p.id))).toEqual([['a'], ['c'], ['b']]);
  });
});

describe('the coverage map', () => {
  it('shades governorates, and a click on one opens the contributions list filtered by it', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base);
    await page.goto(`${h.base}/coverage`);
    await page.getByTestId('contribution-map').waitFor();
    await page.locator('[data-testid="contribution-map"] canvas').waitFor();
    // A governorate is an area of its own (its name, its contributions), not a part of Iraq or Syria as a whole.
    const governorates = await h.app.db.selectFrom('location').select('name').where('level', '=', 'adm1').execute();
    const names = governorates.map((g) => g.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const hit = await pointWhere(page, new RegExp(`^(${names.join('|')}) — Contributions: \\d+$`));
    expect(hit, 'no governorate under the pointer anywhere on the map').not.toBeNull();
    const name = hit!.tip.split(' — ')[0]!;
    await page.mouse.click(hit!.x, hit!.y);
    await page.waitForURL(/\/contributions\?locationId=[0-9a-f-]{36}/, poll);
    const id = new URL(page.url()).searchParams.get('locationId')!;
    const place = await h.app.db.selectFrom('location').select(['name', 'level']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(place).toEqual({ name, level: 'adm1' });
    // The list shows the place it is filtered by.
    await expect.poll(() => page.getByRole('main').getByText(name).count(), poll).toBeGreaterThan(0);
    await context.close();
  });

  it('zooms with the wheel and changes the clusters', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base);
    await page.goto(`${h.base}/coverage`);
    await page.locator('[data-testid="contribution-map"] canvas').waitFor();
    const map = page.getByTestId('contribution-map');
    const before = await map.screenshot();
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    await expect.poll(async () => Buffer.compare(before, await map.screenshot()) !== 0, poll).toBe(true);
    await context.close();
  });

  it('lists the same places with links to the filtered list, in English, French and Arabic, with no axe violation', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base);
    await page.goto(`${h.base}/coverage`);
    const table = page.getByTestId('places-table');
    await table.locator('a').first().waitFor({ state: 'attached' });
    for (const [lang, label] of [
      ['en', 'English'],
      ['fr', 'Français'],
      ['ar', 'العربية'],
    ] as const) {
      if (lang !== 'en') await switchLanguage(page, label);
      await page.locator('[data-testid="contribution-map"] canvas').waitFor();
      const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(result.violations.map((v) => `${lang}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    // By keyboard: the table view's first place link opens the filtered list.
    await page.locator('section', { has: table }).locator('label').last().click();
    const link = page.getByTestId('places-table').locator('a').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/contributions\?locationId=[0-9a-f-]{36}$/);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`, poll);
    await context.close();
  });
});
