// Exchange rates and a need's two gaps in a real browser (issue 9 item 5): the secretariat's
// admin enters a rate and imports a file of rates (a bad file refused with its row and column
// named, nothing kept); a focal point records a contribution in GBP, links it to a USD need of
// another line found by search, and reads on the need's page both gaps — the money converted at
// the rate in force, with the original amount beside it — and the quantity (1,000 officers →
// 700 unmet). axe finds nothing on the rates page and the need's page in English, French and
// Arabic. The needs list marks a gap that leaves a contribution unconverted, and sorts by a
// column header (aria-sort, the order in the address).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.ts';
import { signIn } from '../server/test/app.ts';
import ar from '../web/src/scenes/admin/rates-i18n/ar.json';
import en from '../web/src/scenes/admin/rates-i18n/en.json';
import fr from '../web/src/scenes/admin/rates-i18n/fr.json';
import { type Harness, keysOf, startHarness, switchLanguage } from './harness.ts';

const NEED = 'Police officers trained for Anbar';
const CONTRIBUTION = 'Police trainers paid by the United Kingdom';
const NEED_LINE = "Strengthening Iraq's capacity";
const CONTRIBUTION_LINE = 'Providing security assistance (military support)';
let h: Harness;
let needId = '';

beforeAll(async () => {
  h = await startHarness();
  // A USD need of the United States, asking for both a quantity and money, on a line the contribution is not on.
  const us = await signIn(h.app.app, 'focal@us.demo', DEMO_PASSWORD);
  const line = await h.app.db.selectFrom('framework_node').select('id').where('kind', '=', 'line').where('name', '=', NEED_LINE).executeTakeFirstOrThrow();
  const res = await us.inject({
    method: 'POST',
    url: '/api/needs',
    payload: {
      frameworkNodeId: line.id,
      type: 'training',
      description: NEED,
      quantity: { value: 1000, unit: 'officers' },
      money: { amountMinor: 1_000_000_00, currency: 'USD' },
      sharing: { marking: 'GREEN' },
    },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  needId = res.json().id;
});
afterAll(async () => h?.close());

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}
const poll = { timeout: 10_000 };

/** Every control of the main region reached by Tab alone, each with a visible focus ring (as e2e/home.test.ts). */
async function keyboardReach(page: Page) {
  const controls = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#main a[href], #main button, #main input, #main select, #main textarea, #main [tabindex]')]
      .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el, i) => {
        el.dataset.kbd = String(i);
        return { id: String(i), label: el.textContent?.trim().slice(0, 40) || `${el.tagName} ${el.getAttribute('aria-label') ?? el.id}` };
      }),
  );
  const reached = new Set<string>();
  const unringed = new Set<string>();
  await page.locator('body').focus();
  for (let i = 0; i < 300 && reached.size < controls.length; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el?.dataset.kbd) return null;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return { id: el.dataset.kbd, ring, label: el.textContent?.trim().slice(0, 40) || `${el.tagName} ${el.getAttribute('type') ?? ''} ${el.getAttribute('aria-label') ?? el.id}` };
    });
    if (!info) continue;
    reached.add(info.id);
    if (!info.ring) unringed.add(info.label);
  }
  return { controls: controls.length, missed: controls.filter((c) => !reached.has(c.id)).map((c) => c.label), unringed: [...unringed] };
}

/** Signs in from the home's address; generous waits, for a machine under load. */
async function signInAs(page: Page, base: string, email = 'admin@secretariat.demo') {
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 60_000 });
  await page.getByLabel(/E-mail address/).fill(email);
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 2, name: 'Home' }).waitFor({ timeout: 60_000 });
}

describe('exchange rates and a need in another currency', () => {
  it('has every word in English, French and Arabic', () => {
    const [e, f, a] = [en, fr, ar].map((w) => keysOf(w).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));
    expect([...new Set(f)].sort()).toEqual([...new Set(e)].sort());
    expect([...new Set(a)].sort()).toEqual([...new Set(e)].sort());
  });

  it('lets the secretariat admin enter a rate and import a file of rates, all or nothing', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base);
    await page.getByRole('link', { name: 'Exchange rates' }).click();
    await page.getByRole('heading', { level: 2, name: 'Exchange rates' }).waitFor();
    expect(await page.title()).toBe('Exchange rates — Entente');
    await page.getByRole('textbox', { name: 'Currency', exact: true }).fill('GBP');
    await page.getByRole('option', { name: 'GBP', exact: true }).click();
    await page.getByRole('textbox', { name: 'Rate', exact: true }).fill('1.25');
    await page.getByLabel('Valid from').fill('2026-01-01');
    await page.getByLabel('Source').fill('Central bank');
    await page.getByRole('button', { name: 'Add the rate' }).click();
    const rows = page.getByTestId('rates-table').locator('tbody tr');
    await expect.poll(async () => (await rows.first().locator('td').allTextContents()).slice(0, 3), poll).toEqual(['GBP', 'USD', '1.25']);

    // A file with one bad row: refused, the row and column named, nothing imported.
    const file = page.locator('input[type=file]');
    await file.setInputFiles({
      name: 'rates.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('currency,base_currency,rate,valid_from\nEUR,USD,1.1,2026-01-01\nJPY,USD,abc,2026-01-01\n'),
    });
    await page.getByRole('button', { name: 'Import the file' }).click();
    await expect.poll(() => page.getByTestId('import-problems').textContent(), poll).toBe('Row 3, column rate: not in the expected form');
    expect(await rows.count()).toBe(1);
    await file.setInputFiles({
      name: 'rates.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('currency,base_currency,rate,valid_from\nEUR,USD,1.1,2026-01-01\nJPY,USD,0.0067,2026-01-01\n'),
    });
    await page.getByRole('button', { name: 'Import the file' }).click();
    await page.getByText('2 rates imported.').waitFor();
    await expect.poll(() => rows.count(), poll).toBe(3);
    for (const language of ['English', 'Français', 'العربية'] as const) {
      await switchLanguage(page, language);
      await page.getByRole('heading', { level: 2, name: { English: 'Exchange rates', Français: 'Taux de change', العربية: 'أسعار الصرف' }[language] }).waitFor();
      expect(await axeViolations(page), language).toEqual([]);
    }
    await switchLanguage(page, 'English');
    await page.getByRole('heading', { level: 2, name: 'Exchange rates' }).waitFor();
    const reach = await keyboardReach(page);
    expect(reach.controls).toBeGreaterThan(5);
    expect(reach.missed).toEqual([]);
    expect(reach.unringed).toEqual([]);
    // A rate deleted by keyboard: asked in place, the answer focused; Enter says yes.
    await page.getByRole('button', { name: /^Delete the rate JPY → USD/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog', { name: 'Delete this rate?' }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count(), poll).toBe(2);
    await context.close();
  });

  it('lets a focal point record a GBP contribution, link it to a USD need found by search, and read both gaps on the need’s page', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, 'focal@uk.demo');
    await page.getByRole('link', { name: 'Contributions' }).click();
    await page.getByRole('link', { name: 'New contribution' }).click();
    await page.getByRole('textbox', { name: 'Line or objective' }).click();
    await page.getByRole('option', { name: CONTRIBUTION_LINE }).click();
    await page.getByRole('textbox', { name: 'Initial status' }).click();
    await page.getByRole('option', { name: 'Committed' }).click();
    await page.getByLabel('Description').fill(CONTRIBUTION);
    await page.getByLabel('Amount').fill('100,000');
    await page.getByRole('textbox', { name: 'Currency' }).fill('GBP');
    await page.getByRole('option', { name: 'GBP', exact: true }).click();
    await page.getByLabel('Quantity').fill('300');
    await page.getByLabel('Unit').fill('officers');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: CONTRIBUTION }).waitFor();
    expect(await page.getByText('£100,000.00').count()).toBeGreaterThan(0);

    // The need is on another line: found by its words, across lines.
    await page.getByRole('textbox', { name: 'Need' }).fill('officers trained for anbar');
    await page.getByRole('option', { name: new RegExp(NEED) }).click();
    // The amount is given in the contribution's own currency (offered first); nobody converts by hand.
    expect(await page.getByLabel('Currency of the amount').inputValue()).toBe('GBP');
    await page.getByLabel('Quantity it meets (officers)').fill('300');
    await page.getByLabel('Amount it meets (GBP)').fill('100,000');
    await page.getByRole('button', { name: 'Link to the need' }).click();
    await page.getByTestId('need-links').locator('tr', { hasText: NEED }).waitFor();
    expect(await page.getByTestId('need-links').locator('tr', { hasText: NEED }).textContent()).toContain('£100,000.00');

    await page.goto(`${h.base}/needs/${needId}`);
    await page.getByRole('heading', { level: 2, name: NEED }).waitFor();
    expect(await page.title()).toBe(`${NEED} — Entente`);
    const gap = page.getByTestId('need-gap');
    const part = async (name: string) => (await gap.locator('tr', { hasText: name }).locator('td').allTextContents()).map((s) => s.trim());
    // Both gaps: 300 of 1,000 officers and £100,000.00 = $125,000.00 of $1,000,000.00 committed.
    await expect.poll(() => part('Committed'), poll).toEqual(['300 officers', '$125,000.00']);
    expect(await part('Unmet')).toEqual(['700 officers', '$875,000.00']);
    const row = page.getByTestId('need-contributions').locator('tr', { hasText: CONTRIBUTION });
    const money = (await row.locator('td').last().textContent()) ?? '';
    expect(money).toContain('$125,000.00');
    expect(money).toContain('As given: £100,000.00');
    expect(money).toContain('at 1.25');
    expect(await page.getByTestId('not-converted').count()).toBe(0);
    for (const language of ['English', 'Français', 'العربية'] as const) {
      await switchLanguage(page, language);
      await expect.poll(() => page.locator('html').getAttribute('lang'), poll).toBe({ English: 'en', Français: 'fr', العربية: 'ar' }[language]);
      expect(await axeViolations(page), language).toEqual([]);
    }
    await switchLanguage(page, 'English');
    await context.close();
  });

  it('names on the need’s page a contribution whose currency has no rate, counting it in no money part', async () => {
    const uk = await signIn(h.app.app, 'focal@uk.demo', DEMO_PASSWORD);
    const line = await h.app.db.selectFrom('framework_node').select('id').where('kind', '=', 'line').where('name', '=', CONTRIBUTION_LINE).executeTakeFirstOrThrow();
    const made = await uk.inject({
      method: 'POST',
      url: '/api/contributions',
      payload: {
        frameworkNodeId: line.id,
        type: 'training',
        description: 'Trainers paid in Swedish kronor',
        money: { amountMinor: 50_000_00, currency: 'SEK' },
        status: 'committed',
        sharing: { marking: 'GREEN' },
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const linked = await uk.inject({ method: 'POST', url: `/api/contributions/${made.json().id}/needs`, payload: { needId, amountMinor: 50_000_00, currency: 'SEK' } });
    expect(linked.statusCode, linked.body).toBe(200);
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, 'focal@us.demo');
    await page.goto(`${h.base}/needs/${needId}`);
    await page.getByRole('heading', { level: 2, name: NEED }).waitFor();
    await expect.poll(() => page.getByTestId('not-converted').textContent(), poll).toContain('Trainers paid in Swedish kronor (United Kingdom)');
    expect((await page.getByTestId('need-gap').locator('tr', { hasText: 'Unmet' }).locator('td').allTextContents()).map((s) => s.trim())).toEqual(['700 officers', '$875,000.00']);
    const row = page.getByTestId('need-contributions').locator('tr', { hasText: 'Trainers paid in Swedish kronor' });
    expect(await row.textContent()).toContain('Not converted');
    expect(await row.textContent()).toContain('SEK');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('marks on the needs list the gap that leaves a contribution unconverted, and sorts the list by a column header', async () => {
    const us = await signIn(h.app.app, 'focal@us.demo', DEMO_PASSWORD);
    const apiIds = async (query: string) => {
      const res = await us.inject({ method: 'GET', url: `/api/needs?${query}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items as { id: string; gap: { notConverted: number } }[];
    };
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, 'focal@us.demo');
    await page.goto(`${h.base}/needs`);
    await page.getByRole('heading', { level: 2, name: 'Needs' }).waitFor();
    const table = page.getByTestId('needs-table');
    const hrefs = async () => (await table.locator('tbody tr td:nth-child(1) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).map((x) => x?.replace('/needs/', ''));
    const byGap = await apiIds('limit=50');
    await expect.poll(hrefs, poll).toEqual(byGap.map((n) => n.id));

    // The need with the SEK contribution (no rate) is marked on its row, and only the needs whose gap leaves one out are.
    const badges = table.getByTestId('not-converted-badge');
    expect(await badges.count()).toBe(byGap.filter((n) => n.gap.notConverted > 0).length);
    const badge = table.locator('tr', { hasText: NEED }).getByTestId('not-converted-badge');
    expect(await badge.textContent()).toBe('Not converted — 1 linked contribution in another currency is left out of this gap: no exchange rate is in force.');
    // Not cut off: the badge and its label show all they hold.
    expect(
      await badge.evaluate((el) =>
        [el, ...el.querySelectorAll('.mantine-Badge-label')].filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1).map((e) => e.className),
      ),
    ).toEqual([]);
    await badge.focus();
    await expect.poll(() => page.getByRole('tooltip').textContent(), poll).toContain('no exchange rate is in force');

    // The unmet gap is the first order; a click on "Need" sorts by the need's words, a second click the other way.
    const unmet = page.getByRole('columnheader', { name: /Unmet/ });
    expect(await unmet.getAttribute('aria-sort')).toBe('descending');
    const need = page.getByRole('columnheader', { name: /^Need/ });
    await need.getByRole('button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort'), poll).toBe('need');
    await expect.poll(() => need.getAttribute('aria-sort'), poll).toBe('ascending');
    expect(await unmet.getAttribute('aria-sort')).toBe('none');
    const byNeed = (await apiIds('sort=need&limit=50')).map((n) => n.id);
    expect(byNeed).not.toEqual(byGap.map((n) => n.id));
    await expect.poll(hrefs, poll).toEqual(byNeed);
    await need.getByRole('button').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort'), poll).toBe('-need');
    await expect.poll(() => need.getAttribute('aria-sort'), poll).toBe('descending');
    await expect.poll(hrefs, poll).toEqual((await apiIds('sort=-need&limit=50')).map((n) => n.id));
    for (const language of ['English', 'Français', 'العربية'] as const) {
      await switchLanguage(page, language);
      await expect.poll(() => page.locator('html').getAttribute('lang'), poll).toBe({ English: 'en', Français: 'fr', العربية: 'ar' }[language]);
      await table.locator('tr', { hasText: NEED }).getByTestId('not-converted-badge').waitFor();
      expect(await axeViolations(page), language).toEqual([]);
      expect(
        await badge.evaluate((el) =>
          [el, ...el.querySelectorAll('.mantine-Badge-label')].filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1).map((e) => e.className),
        ),
        language,
      ).toEqual([]);
    }
    await switchLanguage(page, 'English');
    await context.close();
  });
});
