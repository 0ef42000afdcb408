// The pooled fund's pages in a real browser: the administrative agent posts a deposit through
// the form and sees the figures and the flows change; a lost answer is retried with the same
// Idempotency-Key and posts once; the project's partner files a progress report and posts an
// expenditure through the forms the API's abilities show it (messages under the fields, the
// focus on the first); a donor's statement; axe finds nothing on the fund's pages in English,
// French and Arabic (error states included); the forms are usable by keyboard alone; the shell
// and the fund's pages stay within their weight budgets.
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.ts';
import { type Session, signIn } from '../server/test/app.ts';
import { FUND_TRANSLATIONS } from '../web/src/scenes/fund/i18n/words.ts';
import { type Harness, pageWeights, signInAs, startHarness, switchLanguage, wordsOf } from './harness.ts';

let h: Harness;
let aa: Session;
let fundId = '';
let projectId = '';
let ukId = '';
const AA_EMAIL = 'focal@undp.demo';
/** A focal point of Iraq, the project's implementing partner. */
const PARTNER_EMAIL = 'focal@iq.demo';

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

const countOf = async (table: 'fund_project_report' | 'fund_transaction', where: { column: 'project_id'; value: string }) =>
  Number(
    (
      await h.app.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where(where.column, '=', where.value)
        .executeTakeFirstOrThrow()
    ).n,
  );

/** The active element: its label (by aria-labelledby, its label element, or text) and whether it is marked invalid. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const label = (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) || el.getAttribute('aria-label') || el.textContent?.trim() || el.tagName;
    return { label: label.replace(/\s*\*$/, '').trim(), invalid: el.getAttribute('aria-invalid') === 'true' };
  });

/**
 * Tabs through the page and checks that every visible control inside `selector` is reached,
 * each showing a focus ring when it is (a date input is reached once per part of the date).
 */
async function expectReachableByTab(page: Page, selector: string) {
  const controls = await page.evaluate((sel) => {
    const all = [...document.querySelectorAll(sel)].flatMap((root) => [...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')]);
    return all
      .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el, i) => {
        el.dataset.kbd = String(i);
        return String(i);
      });
  }, selector);
  expect(controls.length).toBeGreaterThan(3);
  const reached = new Set<string>();
  const ringed = new Set<string>();
  const labels = new Map<string, string>();
  await page.locator('body').focus();
  for (let i = 0; i < 200 && reached.size < controls.length; i++) {
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
    const words = wordsOf(FUND_TRANSLATIONS, 'fund', 'fund');
    expect(words.fr).toEqual(words.en);
    expect(words.ar).toEqual(words.en);
    expect(words.used.length).toBeGreaterThan(50);
    expect(words.missing).toEqual([]);
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
    // Its transactions come from the API's donor filter: the pledge and the deposit, nobody else's.
    await expect.poll(() => page.getByTestId('transactions-table').locator('tbody tr').count()).toBe(2);
    expect(await page.getByTestId('transactions-table').textContent()).not.toContain('Germany');
    // Its statement: the closing balances and each transaction, and the same as CSV.
    await page.getByRole('link', { name: 'Statement' }).click();
    await page.getByRole('heading', { name: 'United Kingdom: statement' }).waitFor();
    const closing = (key: string) => page.getByTestId('statement-balances').locator(`tr[data-balance="${key}"] td`).nth(1).textContent();
    await expect.poll(() => closing('deposits')).toBe('$1,000,000.00');
    expect(await closing('pledged')).toBe('$3,000,000.00');
    expect(await page.getByTestId('statement-lines').locator('tbody tr').count()).toBe(2);
    const csv = await page.getByRole('link', { name: 'Statement (CSV)' }).getAttribute('href');
    expect(csv).toBe(`/api/funds/${fundId}/donors/${ukId}/statement.csv?lang=en`);
    const file = await page.request.get(`${h.base}${csv}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('text/csv');
    // A period whose end is before its start is refused under its field, with the focus on it.
    await page.getByLabel('From').fill('2016-01-01');
    await page.getByLabel('To (included)').fill('2015-01-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => focused(page)).toEqual({ label: 'To (included)', invalid: true });
    await page.goto(`${h.base}/funds/${fundId}/projects/${projectId}`);
    await page.getByRole('heading', { name: 'Water network, Tikrit' }).waitFor();
    await expect.poll(() => page.getByTestId('figure-allocated').textContent()).toBe('$500,000.00');
    expect(await page.getByTestId('figure-transferred').textContent()).toBe('$400,000.00');
    expect(await page.getByTestId('project-details').textContent()).toContain('14030');
    await page.getByTestId('project-map').waitFor();
    // The transactions come by their own query, not the map's.
    await expect.poll(() => page.getByTestId('transactions-table').locator('tbody tr').count(), { timeout: 10_000 }).toBe(2);
    // The agent may post an expenditure on any project of its fund but reports no progress: the API says so.
    await page.getByTestId('expenditure-form').waitFor();
    expect(await page.getByTestId('report-form').count()).toBe(0);
    await context.close();
  });

  it("the project's partner files a progress report and posts an expenditure, messages under the fields, the focus on the first", async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, PARTNER_EMAIL);
    await page.goto(`${h.base}/funds/${fundId}/projects/${projectId}`);
    await page.getByRole('heading', { name: 'Water network, Tikrit' }).waitFor();
    const report = page.getByTestId('report-form');
    await report.waitFor();

    // Nothing said about the progress, and a count left empty: refused before anything is sent.
    const reportsBefore = await countOf('fund_project_report', { column: 'project_id', value: projectId });
    await report.getByLabel('Girls').fill('');
    await report.getByRole('button', { name: 'Send the report' }).click();
    await expect.poll(() => focused(page)).toEqual({ label: 'Progress', invalid: true });
    expect(await report.getByRole('alert').textContent()).toContain('Some fields need your attention');
    const describedBy = async (label: string) => {
      const ids = (await report.getByLabel(new RegExp(`^${label}( \\*)?$`)).getAttribute('aria-describedby')) ?? '';
      return (
        await Promise.all(
          ids
            .split(' ')
            .filter(Boolean)
            .map((id) => page.locator(`[id="${id}"]`).textContent()),
        )
      ).join(' ');
    };
    expect(await describedBy('Progress')).toContain('Describe the progress made');
    expect(await describedBy('Girls')).toContain('Enter a whole number, 0 or more');
    expect(await countOf('fund_project_report', { column: 'project_id', value: projectId })).toBe(reportsBefore);

    await report.getByLabel('Progress').fill('Two kilometres of water mains laid; the pumping station is being rebuilt.');
    await report.getByLabel('Women', { exact: true }).fill('1200');
    await report.getByLabel('Men', { exact: true }).fill('1100');
    await report.getByLabel('Girls', { exact: true }).fill('800');
    await report.getByLabel('Boys', { exact: true }).fill('750');
    await report.getByRole('button', { name: 'Send the report' }).click();
    await report.getByRole('status').filter({ hasText: 'Report sent' }).waitFor();
    expect(await countOf('fund_project_report', { column: 'project_id', value: projectId })).toBe(reportsBefore + 1);
    await expect.poll(() => page.getByTestId('reports-table').textContent()).toContain('Two kilometres of water mains laid');
    await expect.poll(() => page.getByTestId('project-details').textContent()).toContain('1,200 women, 1,100 men, 800 girls, 750 boys');

    // The expenditure: a bad amount is named under its field; then confirmed and posted once, with a key made in the browser.
    const spend = page.getByTestId('expenditure-form');
    await spend.getByLabel(/^Amount/).fill('12,,5');
    await spend.getByRole('button', { name: 'Review and post' }).click();
    await expect.poll(() => focused(page)).toEqual({ label: 'Amount (USD)', invalid: true });
    const before = await countOf('fund_transaction', { column: 'project_id', value: projectId });
    const keys: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/transactions')) keys.push(r.headers()['idempotency-key'] ?? '');
    });
    await spend.getByLabel(/^Amount/).fill('1,500');
    await spend.getByLabel('Description').fill('Pipes and fittings');
    await spend.getByRole('button', { name: 'Review and post' }).click();
    const dialog = page.getByRole('dialog', { name: 'Post this transaction?' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('expenditure-summary').textContent()).toContain('$1,500.00');
    await dialog.getByRole('button', { name: 'Post it' }).dblclick();
    await spend.getByRole('status').filter({ hasText: 'Expenditure of $1,500.00 posted.' }).waitFor();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await countOf('fund_transaction', { column: 'project_id', value: projectId })).toBe(before + 1);
    await expect.poll(() => page.getByTestId('figure-spent').textContent()).toBe('$1,500.00');
    await context.close();
  });

  it('a user of another organisation (a donor) sees neither form on the project, as the API says', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, 'focal@uk.demo');
    await page.goto(`${h.base}/funds/${fundId}/projects/${projectId}`);
    await page.getByRole('heading', { name: 'Water network, Tikrit' }).waitFor();
    await page.getByTestId('reports-table').or(page.getByText('No progress reported yet')).first().waitFor();
    expect(await page.getByTestId('report-form').count()).toBe(0);
    expect(await page.getByTestId('expenditure-form').count()).toBe(0);
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
        ['statement', `/funds/${fundId}/donors/${ukId}/statement`],
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
      // The statement with a refused period.
      await page.goto(`${h.base}/funds/${fundId}/donors/${ukId}/statement`);
      await page.getByTestId('statement-balances').waitFor();
      await page.locator('form input[type=date]').first().fill('2016-01-01');
      await page.locator('form input[type=date]').nth(1).fill('2015-01-01');
      await page.locator('form button[type=submit]').click();
      await page.locator('form [aria-invalid=true]').first().waitFor();
      report.refusedPeriod = await axeViolations(page);
      await context.close();

      // The partner's page, with its two forms, and both refused before sending.
      const partner = await h.newPage();
      await signInAs(partner.page, h.base, PARTNER_EMAIL);
      if (language !== 'English') await switchLanguage(partner.page, language);
      await partner.page.goto(`${h.base}/funds/${fundId}/projects/${projectId}`);
      await partner.page.getByTestId('report-form').waitFor();
      await partner.page.waitForLoadState('networkidle');
      report.partnerProject = await axeViolations(partner.page);
      await partner.page.getByTestId('report-form').locator('button[type=submit]').click();
      await partner.page.getByTestId('report-form').locator('[role=alert]').waitFor();
      await partner.page.getByTestId('expenditure-form').locator('button[type=submit]').click();
      await partner.page.getByTestId('expenditure-form').locator('[role=alert]').waitFor();
      report.partnerRefused = await axeViolations(partner.page);
      await partner.context.close();
      expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
    });
  }

  it("reaches every control of the partner's forms by keyboard, each with a visible focus ring, and reports by keyboard alone", async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, PARTNER_EMAIL);
    await page.goto(`${h.base}/funds/${fundId}/projects/${projectId}`);
    await page.getByTestId('report-form').waitFor();
    await page.waitForLoadState('networkidle');
    await expectReachableByTab(page, '[data-testid=report-form], [data-testid=expenditure-form]');

    // A report by keyboard alone: Tab to the progress field from the report's date, type, Tab through the counts, Enter.
    const before = await countOf('fund_project_report', { column: 'project_id', value: projectId });
    await page.getByTestId('report-form').getByLabel('Reported on').focus();
    for (let i = 0; i < 10 && (await focused(page))?.label !== 'Progress'; i++) await page.keyboard.press('Tab');
    expect((await focused(page))?.label).toBe('Progress');
    await page.keyboard.type('Keyboard report: the water tower is finished.');
    for (const count of ['Women', 'Men', 'Girls', 'Boys']) {
      await page.keyboard.press('Tab');
      expect((await focused(page))?.label).toBe(count);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('10');
    }
    await page.keyboard.press('Enter');
    await page.getByTestId('report-form').getByRole('status').waitFor();
    expect(await countOf('fund_project_report', { column: 'project_id', value: projectId })).toBe(before + 1);

    // An expenditure by keyboard alone: the amount, Enter to review, the confirmation takes the focus on "Post it", Enter.
    const spent = await countOf('fund_transaction', { column: 'project_id', value: projectId });
    await page
      .getByTestId('expenditure-form')
      .getByLabel(/^Amount/)
      .focus();
    await page.keyboard.type('25');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Post this transaction?' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Post it');
    await page.keyboard.press('Enter');
    await page.getByTestId('expenditure-form').getByRole('status').waitFor();
    expect(await countOf('fund_transaction', { column: 'project_id', value: projectId })).toBe(spent + 1);
    await context.close();
  });

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

describe('the weight budget', () => {
  it('keeps the shell within 250 KB gzipped, and each fund page (its chunks beyond the shell, charts and maps included) within 450 KB', () => {
    const w = pageWeights(/^(Funds|Fund|Donor|Project|Transaction|Statement)Scene-.*\.js$/);
    expect(w.shellKb).toBeLessThanOrEqual(250);
    expect(w.scenes.length).toBe(6);
    expect(Object.entries(w.pages).filter(([, kb]) => kb > 450)).toEqual([]);
  });
});
