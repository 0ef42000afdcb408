// The pooled fund's pages in a real browser: the administrative agent posts a deposit through
// the form and sees the figures and the flows change; a lost answer is retried with the same
// Idempotency-Key and posts once; axe finds nothing on the fund's pages in English, French and
// Arabic (an error state included); the transaction form is usable by keyboard alone.
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.ts';
import { type Session, signIn } from '../server/test/app.ts';
import ar from '../web/src/scenes/fund/i18n/ar.json';
import en from '../web/src/scenes/fund/i18n/en.json';
import fr from '../web/src/scenes/fund/i18n/fr.json';
import { type Harness, signInAs, startHarness, switchLanguage } from './harness.ts';

const FUND_WORDS = { en, fr, ar };
let h: Harness;
let aa: Session;
let fundId = '';
let projectId = '';
let ukId = '';
const AA_EMAIL = 'focal@undp.demo';

const orgId = async (name: string) => (await h.app.db.selectFrom('organisation').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

async function api(method: 'POST' | 'PUT', url: string, payload: unknown, headers: Record<string, string> = {}) {
  const res = await aa.inject({ method, url, payload: payload as Record<string, unknown>, headers });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}
const postTx = (payload: Record<string, unknown>) => api('POST', `/api/funds/${fundId}/transactions`, payload, { 'idempotency-key': randomUUID() });

const depositCount = async () =>
  Number(
    (
      await h.app.db
        .selectFrom('fund_transaction')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('fund_id', '=', fundId)
        .where('kind', '=', 'deposit')
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  h = await startHarness();
  aa = await signIn(h.app.app, AA_EMAIL, DEMO_PASSWORD);
  const undp = await orgId('United Nations Development Programme');
  ukId = await orgId('United Kingdom');
  const iraq = await orgId('Iraq');
  // The demo may not hold a fund yet: this one is made through the API, as the AA would.
  const fund = await api('POST', '/api/funds', {
    name: 'Browser Test Stabilisation Fund',
    baseCurrency: 'USD',
    administrativeAgentOrgId: undp,
    aaFeeBp: 100,
    launchedOn: '2015-05-15',
    sharing: { marking: 'GREEN' },
  });
  fundId = fund.id;
  const works = await api('POST', `/api/funds/${fundId}/windows`, { code: 'W1', name: 'Public works and light infrastructure', sectors: ['14030'] });
  await api('POST', `/api/funds/${fundId}/windows`, { code: 'W2', name: 'Livelihoods', sectors: [] });
  const project = await api('POST', `/api/funds/${fundId}/projects`, {
    windowId: works.id,
    partnerOrgId: iraq,
    title: 'Water network, Tikrit',
    budget: { amountMinor: 2_000_000_00, currency: 'USD' },
  });
  projectId = project.id;
  const place = (await h.app.db.selectFrom('location').select('id').where('code', '=', 'IQ-SD').executeTakeFirstOrThrow()).id;
  await api('PUT', `/api/funds/${fundId}/projects/${projectId}/details`, {
    iatiIdentifier: 'XM-DAC-41114-FFIS-001',
    sector: '14030',
    locationId: place,
    status: 2,
    plannedStart: '2015-07-01',
    plannedEnd: '2016-06-30',
  });
  await postTx({ kind: 'pledge', valueDate: '2015-05-20', donorOrgId: ukId, amount: { amountMinor: 3_000_000_00, currency: 'USD' } });
  await postTx({ kind: 'deposit', valueDate: '2015-06-01', donorOrgId: ukId, windowId: works.id, amount: { amountMinor: 1_000_000_00, currency: 'USD' } });
  await postTx({ kind: 'allocation', valueDate: '2015-06-10', projectId, amount: { amountMinor: 500_000_00, currency: 'USD' } });
  await postTx({ kind: 'transfer', valueDate: '2015-06-20', projectId, amount: { amountMinor: 400_000_00, currency: 'USD' } });
});
afterAll(async () => h?.close());

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

const flows = (page: Page) => page.getByTestId('flows-table').locator('tbody tr').allTextContents();

async function fillDeposit(page: Page, donor: string, amount: string) {
  await page.getByRole('heading', { name: 'Post a transaction' }).waitFor();
  await page.getByRole('textbox', { name: 'Donor' }).click();
  await page.getByRole('option', { name: donor, exact: true }).click();
  await page.getByRole('textbox', { name: 'Window' }).click();
  await page.getByRole('option', { name: 'W2 · Livelihoods' }).click();
  await page.getByLabel(/^Amount/).fill(amount);
  await page.getByRole('button', { name: 'Review and post' }).click();
  await page.getByRole('dialog', { name: 'Post this transaction?' }).waitFor();
}

describe("the fund's words", () => {
  it('exist in English, French and Arabic with the same keys, and hold every key the fund pages use', () => {
    const keysOf = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    const en = keysOf(FUND_WORDS.en).sort();
    expect(keysOf(FUND_WORDS.fr).sort()).toEqual(en);
    expect(keysOf(FUND_WORDS.ar).sort()).toEqual(en);
    const dir = resolve(import.meta.dirname, '../web/src/scenes/fund');
    const used = readdirSync(dir)
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/\bt\('(fund\.[A-Za-z0-9.]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((k) => !en.includes(k))).toEqual([]);
  });
});

describe('the pooled fund in a real browser', () => {
  it('the administrative agent posts a deposit through the form, once, and sees the figures and the flows change', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, AA_EMAIL);
    await page.getByRole('link', { name: 'Pooled funds' }).click();
    await page.getByRole('link', { name: 'Browser Test Stabilisation Fund' }).click();
    await page.getByRole('heading', { name: 'Browser Test Stabilisation Fund' }).waitFor();
    await expect.poll(() => page.getByTestId('figure-deposited').textContent()).toBe('$1,000,000.00');
    expect(await page.getByTestId('figure-pledged').textContent()).toBe('$3,000,000.00');
    expect(await page.getByTestId('figure-allocated').textContent()).toBe('$500,000.00');
    expect(await page.getByTestId('figure-transferred').textContent()).toBe('$400,000.00');
    // 1 % of the deposit is the AA's fee: 990,000 in the window, 500,000 of it allocated.
    expect(await page.getByTestId('figure-balanceWithAA').textContent()).toBe('$590,000.00');
    expect(await page.getByTestId('figure-deliveryRate').textContent()).toBe('0.00%');
    await page.getByTestId('fund-sankey').waitFor();
    await expect.poll(() => flows(page)).toHaveLength(4);
    expect(await flows(page)).not.toContainEqual(expect.stringContaining('Germany'));

    const before = await depositCount();
    await page.getByRole('link', { name: 'Post a transaction' }).click();
    await fillDeposit(page, 'Germany', '250,000.00');
    const summary = await page.getByTestId('transaction-summary').textContent();
    expect(summary).toContain('Deposit');
    expect(summary).toContain('$250,000.00');
    expect(summary).toContain('Germany');
    // Posted entries are permanent: nothing is sent before the confirmation.
    expect(await depositCount()).toBe(before);
    const keys: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/transactions')) keys.push(r.headers()['idempotency-key'] ?? '');
    });
    await page.getByRole('button', { name: 'Post it' }).dblclick();
    await page.getByRole('heading', { name: 'Browser Test Stabilisation Fund' }).waitFor();
    await expect.poll(() => page.getByTestId('figure-deposited').textContent()).toBe('$1,250,000.00');
    expect(await depositCount()).toBe(before + 1);
    // The double click sent one request.
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // The Sankey's flows gain Germany → the fund, and the fund → Livelihoods.
    await expect.poll(() => flows(page)).toHaveLength(6);
    expect(await flows(page)).toContainEqual(expect.stringMatching(/^Germany.*Browser Test Stabilisation Fund.*\$250,000\.00$/));
    expect(await flows(page)).toContainEqual(expect.stringMatching(/^Browser Test Stabilisation Fund.*Livelihoods.*\$250,000\.00$/));
    expect(await page.getByTestId('by-donor').locator('tr', { hasText: 'Germany' }).locator('td').allTextContents()).toEqual([
      '$0.00',
      '$0.00',
      '$250,000.00',
      '$0.00',
      '$250,000.00',
    ]);
    // The donor's page: its own figures; the project's page: its money, details and place on the map.
    await page.getByTestId('by-donor').getByRole('link', { name: 'United Kingdom' }).click();
    await page.getByRole('heading', { name: 'United Kingdom: contributions to the fund' }).waitFor();
    await expect.poll(() => page.getByTestId('figure-pledged').textContent()).toBe('$3,000,000.00');
    expect(await page.getByTestId('figure-deposited').textContent()).toBe('$1,000,000.00');
    await page.goto(`${h.base}/funds/${fundId}/projects/${projectId}`);
    await page.getByRole('heading', { name: 'Water network, Tikrit' }).waitFor();
    await expect.poll(() => page.getByTestId('figure-allocated').textContent()).toBe('$500,000.00');
    expect(await page.getByTestId('figure-transferred').textContent()).toBe('$400,000.00');
    expect(await page.getByTestId('project-details').textContent()).toContain('14030');
    await page.getByTestId('project-map').waitFor();
    expect(await page.getByTestId('transactions-table').locator('tbody tr').count()).toBe(2);
    await context.close();
  });

  it('sends a request whose answer was lost again with the same Idempotency-Key: posted once', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, AA_EMAIL);
    await page.goto(`${h.base}/funds/${fundId}/transactions/new?kind=deposit`);
    await fillDeposit(page, 'United Kingdom', '1,000');
    const before = await depositCount();
    const keys: string[] = [];
    await page.route('**/api/funds/*/transactions', async (route) => {
      keys.push((await route.request().allHeaders())['idempotency-key'] ?? '');
      if (keys.length === 1) {
        // The server posts it; the answer never reaches the page.
        await route.fetch();
        await route.abort('connectionreset');
      } else await route.continue();
    });
    await page.getByRole('button', { name: 'Post it' }).click();
    await page.getByRole('heading', { name: 'Browser Test Stabilisation Fund' }).waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await depositCount()).toBe(before + 1);
    await context.close();
  });

  it('shows the error of the API next to the field it names, and an overdraft with its reason', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, AA_EMAIL);
    await page.goto(`${h.base}/funds/${fundId}/transactions/new?kind=fee`);
    await page.getByRole('heading', { name: 'Post a transaction' }).waitFor();
    await page.getByLabel(/^Fee kind/).fill('Bank charges');
    await page.getByLabel(/^Amount/).fill('10');
    await page.getByRole('button', { name: 'Review and post' }).click();
    await page.getByRole('button', { name: 'Post it' }).click();
    // The server's message for body.feeKind stands under the fee kind field, which names it.
    await page.getByRole('alert').first().waitFor();
    await expect
      .poll(async () => {
        const ids = (await page.getByLabel(/^Fee kind/).getAttribute('aria-describedby')) ?? '';
        return Promise.all(
          ids
            .split(' ')
            .filter(Boolean)
            .map((id) => page.locator(`[id="${id}"]`).textContent()),
        );
      })
      .toContain('lower-case letters, digits and underscores, at most 40');
    // An allocation above the window's cash is refused with its reason.
    await page.goto(`${h.base}/funds/${fundId}/transactions/new?kind=allocation`);
    await page.getByRole('textbox', { name: 'Project' }).click();
    await page.getByRole('option', { name: /Water network, Tikrit/ }).click();
    await page.getByLabel(/^Amount/).fill('99,000,000');
    await page.getByRole('button', { name: 'Review and post' }).click();
    await page.getByRole('button', { name: 'Post it' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/W1|window|overdr/i);
    await context.close();
  });

  for (const language of ['English', 'Français', 'العربية'] as const) {
    it(`has no axe violations on the fund's pages in ${language}`, async () => {
      const { page, context } = await h.newPage();
      await signInAs(page, h.base, AA_EMAIL);
      if (language !== 'English') await switchLanguage(page, language);
      const pages: [string, string][] = [
        ['funds', '/funds'],
        ['fund', `/funds/${fundId}`],
        ['donor', `/funds/${fundId}/donors/${ukId}`],
        ['project', `/funds/${fundId}/projects/${projectId}`],
        ['newTransaction', `/funds/${fundId}/transactions/new`],
        ['newReversal', `/funds/${fundId}/transactions/new?kind=reversal`],
      ];
      const report: Record<string, unknown> = {};
      for (const [name, path] of pages) {
        await page.goto(`${h.base}${path}`);
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        report[name] = await axeViolations(page);
      }
      // Error states: a fund that does not exist, and a form refused by the server.
      await page.goto(`${h.base}/funds/${randomUUID()}`);
      await page.getByRole('alert').waitFor();
      report.missingFund = await axeViolations(page);
      await page.goto(`${h.base}/funds/${fundId}/transactions/new?kind=fee`);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      // Nothing filled in: refused on the amount before anything is sent.
      await page.locator('form button[type=submit]').click();
      await page.locator('form [role=alert]').first().waitFor();
      report.refusedForm = await axeViolations(page);
      expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
      await context.close();
    });
  }

  it('reaches every control of the transaction form by keyboard, each with a visible focus ring, and posts by keyboard', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, AA_EMAIL);
    await page.goto(`${h.base}/funds/${fundId}/transactions/new?kind=deposit`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    const controls = await page.evaluate(() => {
      const form = document.querySelector('form')!;
      const all = [...form.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')];
      return all
        .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .map((el, i) => {
          el.dataset.kbd = String(i);
          return String(i);
        });
    });
    expect(controls.length).toBeGreaterThan(5);
    const reached = new Set<string>();
    // A control counts as ringed if it showed the ring when reached (a date input is reached once per part of the date).
    const ringed = new Set<string>();
    const labels = new Map<string, string>();
    await page.locator('body').focus();
    for (let i = 0; i < controls.length + 30; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const ring = (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        const label = el.textContent?.trim().slice(0, 40) || el.getAttribute('aria-label') || document.querySelector(`label[for="${el.id}"]`)?.textContent || el.tagName;
        return { id: el.dataset.kbd ?? null, ring, label };
      });
      if (!info?.id) continue;
      reached.add(info.id);
      labels.set(info.id, info.label);
      if (info.ring) ringed.add(info.id);
    }
    expect(controls.filter((c) => !reached.has(c))).toEqual([]);
    expect([...reached].filter((c) => !ringed.has(c)).map((c) => labels.get(c))).toEqual([]);

    // The whole deposit by keyboard: choose the donor, type the amount, confirm.
    const before = await depositCount();
    await page.getByRole('textbox', { name: 'Donor' }).focus();
    await page.keyboard.type('Germ');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByLabel(/^Amount/).focus();
    await page.keyboard.type('500');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Post this transaction?' }).waitFor();
    // The confirmation takes the focus, on its "Post it" button.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Post it');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Browser Test Stabilisation Fund' }).waitFor();
    expect(await depositCount()).toBe(before + 1);
    await context.close();
  });
});
