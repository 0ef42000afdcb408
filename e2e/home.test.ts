// The home and the audit log in a real browser: a focal point opens the app, signs in and lands
// on their home ("/"), with their organisation's figures as the API gives them, the open needs
// of its lines and what changed; the secretariat's admin sees the coalition's figures, opens
// the audit log and filters it (kept in the address); axe finds nothing in English, French and
// Arabic; the pages work by keyboard; both stay within the weight budget.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.ts';
import { signIn } from '../server/test/app.ts';
import ar from '../web/src/scenes/home/i18n/ar.json';
import en from '../web/src/scenes/home/i18n/en.json';
import fr from '../web/src/scenes/home/i18n/fr.json';
import { type Harness, keysOf, pageWeights, startHarness, switchLanguage, wordsOf } from './harness.ts';

const ADMIN = 'admin@secretariat.demo';
const FOCAL = 'focal@uk.demo';
let h: Harness;
/** The UTC day of that event, as the audit log's date filters count days (read, not assumed: a run may cross midnight). */
let auditedOn: string;

beforeAll(async () => {
  h = await startHarness();
  // An event by a member organisation today, for the audit log's filters (the demo is loaded by the system).
  const uk = await signIn(h.app.app, FOCAL, DEMO_PASSWORD);
  const line = await h.app.db.selectFrom('framework_node').select('id').where('kind', '=', 'line').orderBy('position').executeTakeFirstOrThrow();
  const res = await uk.inject({
    method: 'POST',
    url: '/api/contributions',
    payload: { frameworkNodeId: line.id, type: 'humanitarian_aid', description: 'Audited today', sharing: { marking: 'GREEN' } },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  const event = await h.app.db
    .selectFrom('audit_event')
    .select('occurred_at')
    .where('entity', '=', 'contribution')
    .where('entity_id', '=', res.json().id)
    .where('action', '=', 'contribution.create')
    .executeTakeFirstOrThrow();
  auditedOn = event.occurred_at.toISOString().slice(0, 10);
});
afterAll(async () => h?.close());

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}
const rows = (page: Page, testId: string) => page.getByTestId(testId).locator('tbody tr');
const poll = { timeout: 10_000 };

/** Signs in from the home's address, as a user opening the app would; generous waits, for a machine under load. */
async function signInAs(page: Page, base: string, email: string) {
  await page.goto(`${base}/`);
  await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 60_000 });
  await page.getByLabel(/E-mail address/).fill(email);
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 2, name: 'Home' }).waitFor({ timeout: 60_000 });
}

/** Every control of the main region reached by Tab alone, each with a visible focus ring. */
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
      return { id: el.dataset.kbd, ring, label: el.textContent?.trim().slice(0, 40) || el.tagName };
    });
    if (!info) continue;
    reached.add(info.id);
    if (!info.ring) unringed.add(info.label);
  }
  return { controls: controls.length, missed: controls.filter((c) => !reached.has(c.id)).map((c) => c.label), unringed: [...unringed] };
}

/** Keys without their plural endings: each language has the plural forms its grammar needs (Arabic six). */
const baseKeys = (words: object) => [...new Set(keysOf(words).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();

describe("the home's and the audit log's words", () => {
  it('exist in English, French and Arabic with the same keys, Arabic with its six plural forms, and hold every key the pages use', () => {
    expect(baseKeys(fr)).toEqual(baseKeys(en));
    expect(baseKeys(ar)).toEqual(baseKeys(en));
    const arKeys = keysOf(ar);
    for (const plural of ['home.changesCount', 'home.needsOpen', 'home.openNeedsCount', 'auditLog.shown'])
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(arKeys).toContain(`${plural}_${form}`);
    // A plural is used by its base key (`t('home.changesCount', { count })`).
    const known = baseKeys(en);
    const home = wordsOf({ en, fr, ar }, 'home', 'home');
    expect(home.used.length).toBeGreaterThan(20);
    expect(home.used.filter((k) => !known.includes(k))).toEqual([]);
    const audit = wordsOf({ en, fr, ar }, 'admin', 'auditLog');
    expect(audit.used.length).toBeGreaterThan(10);
    expect(audit.used.filter((k) => !known.includes(k))).toEqual([]);
  });
});

describe('the home in a real browser', () => {
  it("lands a focal point on their home after signing in, with their organisation's figures, its lines' open needs and what changed", async () => {
    const api = await signIn(h.app.app, FOCAL, DEMO_PASSWORD);
    const expected = (await api.inject({ method: 'GET', url: '/api/home' })).json();
    const { page, context } = await h.newPage();
    await page.goto(`${h.base}/`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 60_000 });
    await page.getByLabel(/E-mail address/).fill(FOCAL);
    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Home' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.title(), poll).toBe('Home — Entente');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByTestId('home-org').textContent()).toBe('United Kingdom at a glance');
    for (const status of ['pledged', 'committed', 'delivered', 'cancelled'])
      expect(await page.getByTestId(`home-count-${status}`).textContent()).toBe(new Intl.NumberFormat('en').format(expected.contributions.byStatus[status]));
    expect(expected.contributions.byStatus.committed + expected.contributions.byStatus.delivered + expected.contributions.byStatus.pledged).toBeGreaterThan(0);
    expect(await page.getByTestId('home-chart').getAttribute('aria-label')).toMatch(/^Contributions of United Kingdom by status: Pledged \d+, Committed \d+/);
    expect(await rows(page, 'home-money').count()).toBe(expected.contributions.money.length);
    expect(await page.getByTestId('home-lines').locator('li').count()).toBe(expected.lines.length);
    expect(await rows(page, 'home-open-needs').count()).toBe(expected.openNeeds.items.length);
    // What changed: the demo was loaded just now, so the first visit's week holds its rows the focal point may read.
    expect(await page.getByRole('heading', { name: 'What changed in the last week' }).count()).toBe(1);
    expect(await page.getByTestId('home-changes-count').textContent()).toMatch(/changes you may see/);
    expect(await rows(page, 'home-changes').count()).toBeGreaterThan(0);
    // Not the secretariat: no coalition figures.
    expect(await page.getByTestId('home-coalition').count()).toBe(0);
    // A need of the list opens its page.
    if (expected.openNeeds.items.length) {
      await page.getByTestId('home-open-needs').getByRole('link').first().click();
      await expect.poll(() => new URL(page.url()).pathname, poll).toBe(`/needs/${expected.openNeeds.items[0].id}`);
    }
    await context.close();
  });

  it("gives the secretariat the coalition's figures", async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
    await page.getByTestId('home-coalition').waitFor();
    expect(await page.getByTestId('home-coalition-members').textContent()).toBe('62');
    expect(await rows(page, 'home-by-line').count()).toBeGreaterThan(3);
    await context.close();
  });
});

describe('the audit log in a real browser', () => {
  it('is opened from the menu by the admin and filtered by kind, organisation, action and days, the filters kept in the address', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 2, name: 'Audit log' }).waitFor();
    await expect.poll(() => page.title(), poll).toBe('Audit log — Entente');
    await expect.poll(() => rows(page, 'audit-table').count(), poll).toBe(50);

    await page.getByRole('textbox', { name: 'Kind of record' }).click();
    await page.getByRole('option', { name: 'Contribution', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('entity'), poll).toBe('contribution');
    await expect.poll(async () => (await rows(page, 'audit-table').locator('td:nth-child(4)').allTextContents()).every((t) => t.startsWith('Contribution')), poll).toBe(true);

    await page.getByRole('textbox', { name: 'Organisation of the actor' }).fill('United King');
    await page.getByRole('option', { name: 'United Kingdom' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('actorOrgId'), poll).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByLabel('Action', { exact: true }).fill('contribution.create');
    await expect.poll(() => new URL(page.url()).searchParams.get('action'), poll).toBe('contribution.create');
    // The table refetches as each filter lands, and the address changes a moment before the table
    // renders for it: the rows of the answer before the last filter can still be on screen after the
    // address has it (CI once read them, then an empty table). So wait for the answer to the request
    // that carries every filter; the table renders for that request before sending it, so once it has
    // come, rows on screen are its own.
    const answered = page.waitForResponse((r) => {
      const url = new URL(r.url());
      const p = url.searchParams;
      return (
        url.pathname === '/api/audit' &&
        p.get('entity') === 'contribution' &&
        p.get('action') === 'contribution.create' &&
        p.has('actorOrgId') &&
        p.get('from') === auditedOn &&
        p.get('to') === auditedOn
      );
    });
    // Should a step before fail, the wait's own timeout later is not a second, unrelated error.
    answered.catch(() => {});
    await page.getByLabel('From', { exact: true }).fill(auditedOn);
    await page.getByLabel('To', { exact: true }).fill(auditedOn);
    await expect.poll(() => new URL(page.url()).searchParams.get('to'), poll).toBe(auditedOn);
    expect((await answered).status()).toBe(200);
    let filtered: string[] = [];
    const allFiltered = async () => {
      filtered = await rows(page, 'audit-table').allTextContents();
      return filtered.length > 0 && filtered.every((row) => row.includes('United Kingdom') && row.includes('contribution.create'));
    };
    await expect.poll(allFiltered, poll).toBe(true);

    // The address holds the filters: a reload (or a shared link) shows the same events.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Audit log' }).waitFor();
    await expect.poll(() => rows(page, 'audit-table').allTextContents(), poll).toEqual(filtered);
    expect(await page.getByRole('textbox', { name: 'Kind of record' }).inputValue()).toBe('Contribution');
    expect(await page.getByLabel('Action', { exact: true }).inputValue()).toBe('contribution.create');

    // Days in the wrong order: said next to the field.
    await page.getByLabel('From', { exact: true }).fill('2015-02-01');
    await page.getByLabel('To', { exact: true }).fill('2015-01-01');
    await page.getByText('Must not be before “From”.').waitFor();
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await expect.poll(() => new URL(page.url()).search, poll).toBe('');
    await context.close();
  });

  it('is not offered to a focal point, and refused if they go there', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, FOCAL);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    await page.goto(`${h.base}/admin/audit`);
    await page.getByText("Only the secretariat's administrators read the audit log.").waitFor();
    await context.close();
  });
});

describe('accessibility', () => {
  for (const language of ['English', 'Français', 'العربية'] as const) {
    it(`passes axe on the home and the audit log in ${language}, an error state included`, async () => {
      const report: Record<string, unknown> = {};
      for (const who of [FOCAL, ADMIN]) {
        const { page, context } = await h.newPage();
        await signInAs(page, h.base, who);
        if (language !== 'English') await switchLanguage(page, language);
        await page.goto(`${h.base}/`);
        await page.getByTestId('home-changes-count').waitFor();
        if (who === ADMIN) await page.getByTestId('home-coalition').waitFor();
        report[`home ${who}`] = await axeViolations(page);
        if (who === ADMIN) {
          await page.goto(`${h.base}/admin/audit`);
          await page.getByTestId('audit-table').waitFor();
          report.audit = await axeViolations(page);
          await page.goto(`${h.base}/admin/audit?from=2015-02-01&to=2015-01-01`);
          await page.locator('[aria-invalid="true"]').waitFor();
          report.auditError = await axeViolations(page);
          // A filter's menu open.
          await page.goto(`${h.base}/admin/audit`);
          await page.getByTestId('audit-table').waitFor();
          await page.getByTestId('audit-entity').click();
          await page.getByRole('listbox').waitFor();
          report.auditMenu = await axeViolations(page);
        }
        await context.close();
      }
      expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
    });
  }

  it('works by keyboard: every control of the home and of the audit log is reached with a focus ring, and a filter is chosen by keyboard alone', async () => {
    const focal = await h.newPage();
    await signInAs(focal.page, h.base, FOCAL);
    await focal.page.goto(`${h.base}/`);
    await focal.page.getByTestId('home-changes').waitFor();
    await focal.page.waitForLoadState('networkidle');
    const home = await keyboardReach(focal.page);
    expect(home.controls).toBeGreaterThan(1);
    expect(home.missed).toEqual([]);
    expect(home.unringed).toEqual([]);
    await focal.context.close();
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, ADMIN);
    await page.goto(`${h.base}/admin/audit`);
    await page.getByTestId('audit-table').waitFor();
    await page.waitForLoadState('networkidle');
    const audit = await keyboardReach(page);
    expect(audit.controls).toBeGreaterThan(6);
    expect(audit.missed).toEqual([]);
    expect(audit.unringed).toEqual([]);
    // The kind of record by keyboard: focus, open, choose.
    await page.getByRole('textbox', { name: 'Kind of record' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('entity'), poll).toBeTruthy();
    await context.close();
  });
});

describe('the weight budget', () => {
  it('keeps the shell within 250 KB gzipped, the home and the audit log lazy and each within 450 KB beyond it', () => {
    const w = pageWeights(/^(Home|Audit)Scene-.*\.js$/);
    expect(w.shellKb).toBeLessThanOrEqual(250);
    expect(w.scenes.length).toBe(2);
    expect(w.inShell).toEqual([]);
    expect(Object.entries(w.pages).filter(([, kb]) => kb > 450)).toEqual([]);
    // The landing page carries no chart library: it is light on a field connection.
    expect(w.pages.HomeScene).toBeLessThanOrEqual(60);
  });
});
