// Lists that answer questions (issue 9 item 3) in a real browser: a focal point lands on their
// home, filters the contributions list (organisation, status, marking), sorts it by a column
// header (aria-sort), saves the view under a name (a taken name is said next to the field),
// finds it on their home and opens it with the same filters and order, renames a view there by
// keyboard (a taken name said next to the field); the pivot over
// contributions shows the API's figures in a chart and its table twin, and downloads them as
// CSV; summed in a chosen currency (ADR 0034), it shows the API's converted sums with what has
// no rate named beside them, kept in the address; axe finds nothing on these pages in
// English, French and Arabic.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.ts';
import { type Session, signIn } from '../server/test/app.ts';
import ar from '../web/src/scenes/contributions/lists-i18n/ar.json';
import en from '../web/src/scenes/contributions/lists-i18n/en.json';
import fr from '../web/src/scenes/contributions/lists-i18n/fr.json';
import { type Harness, keysOf, startHarness, switchLanguage, whenStill } from './harness.ts';

const FOCAL = 'focal@uk.demo';
let h: Harness;
let api: Session;
let ukId = '';

beforeAll(async () => {
  h = await startHarness();
  api = await signIn(h.app.app, FOCAL, DEMO_PASSWORD);
  ukId = (await h.app.db.selectFrom('organisation').select('id').where('name', '=', 'United Kingdom').executeTakeFirstOrThrow()).id;
  // A few GREEN contributions of the United Kingdom, their amounts in no particular order of creation.
  const line = await h.app.db.selectFrom('framework_node').select('id').where('kind', '=', 'line').orderBy('position').executeTakeFirstOrThrow();
  for (const [i, amount] of [3_000_00, 120_000_00, 500_00, 25_000_00].entries()) {
    const res = await api.inject({
      method: 'POST',
      url: '/api/contributions',
      payload: { frameworkNodeId: line.id, type: 'funding', description: `Saved views ${i}`, money: { amountMinor: amount, currency: 'USD' }, sharing: { marking: 'GREEN' } },
    });
    if (res.statusCode !== 201) throw new Error(res.body);
  }
  // For the pivot in a chosen currency: a GBP contribution with a rate in force into USD, a CHF one with none.
  const admin = await signIn(h.app.app, 'admin@secretariat.demo', DEMO_PASSWORD);
  const rate = await admin.inject({ method: 'POST', url: '/api/exchange-rates', payload: { currency: 'GBP', baseCurrency: 'USD', rate: '1.25', validFrom: '2026-01-02' } });
  if (rate.statusCode !== 201) throw new Error(rate.body);
  for (const [currency, amountMinor] of [
    ['GBP', 100_00],
    ['CHF', 40_00],
  ] as const) {
    const res = await api.inject({
      method: 'POST',
      url: '/api/contributions',
      payload: {
        frameworkNodeId: line.id,
        type: 'funding',
        description: `Pivot in ${currency}`,
        money: { amountMinor, currency },
        startDate: '2026-03-01',
        sharing: { marking: 'GREEN' },
      },
    });
    if (res.statusCode !== 201) throw new Error(res.body);
  }
});
afterAll(async () => h?.close());

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function axeViolations(page: Page) {
  await whenStill(page);
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}
const poll = { timeout: 10_000 };
const rowLinks = (page: Page) => page.getByTestId('contributions-table').locator('tbody tr td:nth-child(2) a');
const hrefsOf = async (page: Page) => (await rowLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')))).map((href) => href?.replace('/contributions/', ''));

async function signInAtHome(page: Page) {
  await page.goto(`${h.base}/`);
  await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 60_000 });
  await page.getByLabel(/E-mail address/).fill(FOCAL);
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 2, name: 'Home' }).waitFor({ timeout: 60_000 });
}

/** The ids the API lists for these parameters, first page (50), in its order. */
async function apiIds(query: string) {
  const res = await api.inject({ method: 'GET', url: `/api/contributions?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { id: string }[]).map((c) => c.id);
}

describe('the lists words', () => {
  it('exist in English, French and Arabic with the same keys', () => {
    expect(keysOf(fr).sort()).toEqual(keysOf(en).sort());
    expect(keysOf(ar).sort()).toEqual(keysOf(en).sort());
  });
});

describe('saved views in a real browser', () => {
  it('a focal point lands on their home, filters and sorts the contributions, saves the view, and opens it again from home', async () => {
    const { page, context } = await h.newPage();
    await signInAtHome(page);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByText('No saved views yet.', { exact: false }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Contributions' }).click();
    await page.getByRole('heading', { level: 2, name: 'Contributions' }).waitFor();
    await page.getByRole('textbox', { name: 'Organisation' }).click();
    await page.getByRole('option', { name: 'United Kingdom' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('orgId'), poll).toBe(ukId);
    await page.getByRole('textbox', { name: 'Marking' }).click();
    await page.getByRole('option', { name: 'TLP:GREEN' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('marking'), poll).toBe('GREEN');
    const filtered = await apiIds(`orgId=${ukId}&marking=GREEN`);
    expect(filtered.length).toBeGreaterThan(1);
    await expect.poll(() => hrefsOf(page), poll).toEqual(filtered);

    // Sorted by amount, largest first; a second click, smallest first.
    const amount = page.getByRole('columnheader', { name: /Amount/ });
    expect(await amount.getAttribute('aria-sort')).toBe('none');
    await amount.getByRole('button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort'), poll).toBe('-amount');
    await expect.poll(() => amount.getAttribute('aria-sort'), poll).toBe('descending');
    const byAmount = await apiIds(`orgId=${ukId}&marking=GREEN&sort=-amount`);
    expect(byAmount).not.toEqual(filtered);
    await expect.poll(() => hrefsOf(page), poll).toEqual(byAmount);
    await amount.getByRole('button').click();
    await expect.poll(() => amount.getAttribute('aria-sort'), poll).toBe('ascending');
    await amount.getByRole('button').click();
    await expect.poll(() => amount.getAttribute('aria-sort'), poll).toBe('descending');
    const search = new URL(page.url()).search;

    // Saved under a name; the same name again is refused next to the field.
    await page.getByRole('button', { name: 'Save this view' }).click();
    await page.getByLabel('Name of the view').fill('UK green by amount');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('View “UK green by amount” saved.').waitFor();
    await page.getByRole('button', { name: 'Save this view' }).click();
    await page.getByLabel('Name of the view').fill('UK green by amount');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('You already have a view of this page with this name.').waitFor();
    expect(await page.getByLabel('Name of the view').getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Cancel' }).click();
    // The menu of my views on the list holds it.
    await page.getByRole('button', { name: 'My views' }).click();
    await page.getByRole('navigation', { name: 'Saved views of this page' }).getByRole('link', { name: 'UK green by amount' }).waitFor();
    await page.getByRole('button', { name: 'My views' }).click();

    // Home lists it; opening it shows the same filters, order and rows.
    await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
    await page.getByTestId('home-views').getByRole('link', { name: 'UK green by amount' }).click();
    await page.getByRole('heading', { level: 2, name: 'Contributions' }).waitFor();
    await expect.poll(() => new URL(page.url()).search, poll).toBe(search);
    expect(await page.getByRole('textbox', { name: 'Organisation' }).inputValue()).toBe('United Kingdom');
    expect(await page.getByRole('textbox', { name: 'Marking' }).inputValue()).toBe('TLP:GREEN');
    expect(await page.getByRole('columnheader', { name: /Amount/ }).getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => hrefsOf(page), poll).toEqual(byAmount);
    await context.close();
  });

  it('renames a view from the home by keyboard: a taken name said next to the field, Escape cancels, the link opens the same view', async () => {
    for (const name of ['Needs to rename', 'Needs taken']) {
      const made = await api.inject({ method: 'POST', url: '/api/saved-views', payload: { page: 'needs', name, query: 'sort=urgency' } });
      expect(made.statusCode, made.body).toBe(201);
    }
    const { page, context } = await h.newPage();
    await signInAtHome(page);
    const views = page.getByTestId('home-views');
    await views.getByRole('link', { name: 'Needs to rename' }).waitFor();
    const field = page.getByLabel('Name of the view');

    // Escape leaves the name as it was, focus back on the button.
    await page.getByRole('button', { name: 'Rename the view “Needs to rename”' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => field.inputValue(), poll).toBe('Needs to rename');
    await page.keyboard.press('Escape');
    await expect.poll(() => field.count(), poll).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')), poll).toBe('Rename the view “Needs to rename”');

    // A name the reader already gave a view of the same page: refused next to the field, nothing renamed.
    await page.keyboard.press('Enter');
    await field.waitFor();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Needs taken');
    await page.keyboard.press('Enter');
    await page.getByText('You already have a view of this page with this name.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Required.').count(), poll).toBe(1);

    await page.keyboard.type('Needs by urgency');
    await page.keyboard.press('Enter');
    await page.getByText('View renamed “Needs by urgency”.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')), poll).toBe('Rename the view “Needs by urgency”');
    const mine = (await api.inject({ method: 'GET', url: '/api/saved-views?page=needs' })).json().items as { name: string; query: string }[];
    expect(mine.map((v) => v.name).sort()).toEqual(['Needs by urgency', 'Needs taken']);
    await views.getByRole('link', { name: 'Needs by urgency' }).click();
    await page.getByRole('heading', { level: 2, name: 'Needs' }).waitFor();
    expect(new URL(page.url()).search).toBe('?sort=urgency');
    await expect.poll(() => page.getByRole('columnheader', { name: /Priority/ }).getAttribute('aria-sort'), poll).toBe('ascending');
    await context.close();
  });

  it('shows the pivot of contributions as the API counts them, as a chart and a table, and downloads the table as CSV', async () => {
    const { page, context } = await h.newPage();
    await signInAtHome(page);
    await page.goto(`${h.base}/contributions/pivot?rows=organisation&columns=status&orgId=${ukId}`);
    await page.getByRole('heading', { level: 2, name: 'Contributions pivot' }).waitFor();
    await expect.poll(() => page.title(), poll).toBe('Contributions pivot — Entente');
    const expected = (await api.inject({ method: 'GET', url: `/api/coverage/pivot?rows=organisation&columns=status&orgId=${ukId}` })).json();
    const total = expected.cells.reduce((n: number, c: { count: number }) => n + c.count, 0);
    expect(total).toBeGreaterThan(0);
    const table = page.getByTestId('pivot-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(expected.rowHeaders.length);
    expect(await table.locator('tfoot td').last().textContent()).toBe(String(total));
    expect(await page.getByRole('img', { name: /Chart of the pivot: Number of contributions by Organisation and Status/ }).count()).toBe(1);
    // Rows by type instead: kept in the address.
    await page.getByRole('textbox', { name: 'Rows' }).click();
    await page.getByRole('option', { name: 'Type' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('rows'), poll).toBe('type');
    const byType = (await api.inject({ method: 'GET', url: `/api/coverage/pivot?rows=type&columns=status&orgId=${ukId}` })).json();
    await expect.poll(() => table.locator('tbody tr').count(), poll).toBe(byType.rowHeaders.length);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    const csv = await new Promise<string>((resolve, reject) => {
      download
        .createReadStream()
        .then((stream) => {
          const parts: Buffer[] = [];
          stream.on('data', (b: Buffer) => parts.push(b));
          stream.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
          stream.on('error', reject);
        })
        .catch(reject);
    });
    // The server's file, under the export rule: one row per (type, status, currency) cell, after a header and a hashtag row.
    const fromServer = await api.inject({ method: 'GET', url: `/api/coverage/pivot.csv?rows=type&columns=status&orgId=${ukId}` });
    expect(fromServer.statusCode).toBe(200);
    expect(csv).toBe(fromServer.body);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]!.split(',').slice(0, 4)).toEqual(['Type', 'Status', 'Currency', 'Contributions']);
    expect(lines[1]!.split(',').slice(0, 4)).toEqual(['#activity+type', '#status', '#currency', '#activity+num']);
    const counted = lines.slice(2).reduce((n, line) => n + Number(line.split(',')[3]), 0);
    expect(counted).toBeGreaterThan(0);
    expect(counted).toBeLessThanOrEqual(total);
    await context.close();
  });

  it('sums the pivot in a chosen currency, naming beside each sum what has no rate, and keeps the choice in the address', async () => {
    const { page, context } = await h.newPage();
    await signInAtHome(page);
    await page.goto(`${h.base}/contributions/pivot?rows=organisation&columns=status&orgId=${ukId}`);
    const table = page.getByTestId('pivot-table');
    await table.waitFor();
    await page.getByRole('textbox', { name: 'Convert sums into' }).click();
    await page.getByRole('textbox', { name: 'Convert sums into' }).fill('USD');
    await page.getByRole('option', { name: /^USD — / }).click();
    // The choice writes two parameters, one after the other: read them together.
    await expect
      .poll(() => {
        const params = new URL(page.url()).searchParams;
        return [params.get('currency'), params.get('measure')];
      }, poll)
      .toEqual(['USD', 'USD']);
    const converted = (await api.inject({ method: 'GET', url: `/api/coverage/pivot?rows=organisation&columns=status&orgId=${ukId}&currency=USD` })).json();
    expect(converted.currency).toBe('USD');
    type Cell = { money: { amountMinor: string }[]; notConverted: { currency: string; count: number }[] };
    const sum = converted.cells.reduce((n: bigint, c: Cell) => n + BigInt(c.money[0]?.amountMinor ?? '0'), 0n);
    const chf = converted.cells.reduce((n: number, c: Cell) => n + (c.notConverted.find((x) => x.currency === 'CHF')?.count ?? 0), 0);
    expect(chf).toBeGreaterThan(0);
    // The grand total: the API's converted sum (its digits: USD has two decimals), and the CHF contributions named beside it.
    const grand = table.locator('tfoot td').last();
    await expect.poll(async () => (await grand.textContent())?.split('Not converted')[0]?.replace(/\D/g, ''), poll).toBe(sum.toString());
    expect(await grand.getByTestId('not-converted').textContent()).toContain(`CHF ${chf}`);
    await page.getByText('Sums are converted into USD', { exact: false }).waitFor();
    // Kept in the address: a reload shows the same choice.
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Convert sums into' }).inputValue(), poll).toMatch(/^USD — /);
    await expect.poll(async () => (await table.locator('tfoot td').last().textContent())?.split('Not converted')[0]?.replace(/\D/g, ''), poll).toBe(sum.toString());
    // Back to each currency apart: the address drops it.
    await page.getByRole('textbox', { name: 'Convert sums into' }).click();
    await page.getByRole('option', { name: 'No conversion (each currency apart)' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('currency'), poll).toBeNull();
    await context.close();
  });
});

describe('accessibility', () => {
  for (const language of ['English', 'Français', 'العربية'] as const) {
    it(`passes axe on the filtered and sorted list, the pivot and the home's views in ${language}`, async () => {
      const report: Record<string, unknown> = {};
      // A view of the reader's own, so the home shows its list (whatever the tests above did).
      const saved = await api.inject({ method: 'POST', url: '/api/saved-views', payload: { page: 'pivot', name: `Axe ${language}`, query: 'rows=line&columns=status' } });
      expect(saved.statusCode, saved.body).toBe(201);
      const list = await api.inject({ method: 'POST', url: '/api/saved-views', payload: { page: 'contributions', name: `Axe ${language}`, query: 'sort=amount' } });
      expect(list.statusCode, list.body).toBe(201);
      const { page, context } = await h.newPage();
      await signInAtHome(page);
      if (language !== 'English') await switchLanguage(page, language);
      await page.goto(`${h.base}/contributions?orgId=${ukId}&marking=GREEN&sort=-amount`);
      await page.getByTestId('contributions-table').locator('tbody tr').first().waitFor();
      report.list = await axeViolations(page);
      const words = { English: en, Français: fr, العربية: ar }[language];
      await page.getByRole('button', { name: words.lists.myViews }).click();
      await page.getByTestId('views-menu').getByRole('link').first().waitFor();
      report.viewsMenu = await axeViolations(page);
      await page.goto(`${h.base}/contributions/pivot?rows=line&columns=status`);
      await page.getByTestId('pivot-table').waitFor();
      report.pivot = await axeViolations(page);
      await page.goto(`${h.base}/contributions/pivot?rows=organisation&columns=status&orgId=${ukId}&currency=USD&measure=USD`);
      await page.getByTestId('not-converted').first().waitFor();
      report.convertedPivot = await axeViolations(page);
      await page.goto(`${h.base}/`);
      await page.getByTestId('home-views').waitFor();
      report.home = await axeViolations(page);
      await context.close();
      expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
    });
  }
});
