// The meetings' pages in a real browser: the demo's London meeting of 22 January 2015 is listed
// (newest first, its start in its own zone, named) and opened, with its participants, agenda,
// numbered decisions and action items; the next meeting of the series shows the items carried
// from London with their origin and age, and refuses to become held while they have no outcome,
// naming them next to the button; my organisation's and the overdue action items; axe finds
// nothing in English, French and Arabic (error states included); the pages work by keyboard;
// the pages stay within the weight budget.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.ts';
import { signIn } from '../server/test/app.ts';
import ar from '../web/src/scenes/meetings/i18n/ar.json';
import en from '../web/src/scenes/meetings/i18n/en.json';
import fr from '../web/src/scenes/meetings/i18n/fr.json';
import { type Harness, signInAs, startHarness, switchLanguage } from './harness.ts';

const ADMIN = 'admin@secretariat.demo';
let h: Harness;
let londonId = '';
let laterId = '';

beforeAll(async () => {
  h = await startHarness();
  const admin = await signIn(h.app.app, ADMIN, DEMO_PASSWORD);
  const meetings = (await admin.inject({ method: 'GET', url: '/api/meetings' })).json() as { id: string; title: string; start: { local: string } }[];
  londonId = meetings.find((m) => m.start.local.startsWith('2015-01-22'))!.id;
  laterId = meetings.find((m) => m.start.local.startsWith('2015-03-26'))!.id;
});
afterAll(async () => h?.close());

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}
const rows = (page: Page, testId: string) => page.getByTestId(testId).locator('tbody tr');

describe("the meetings' words", () => {
  it('exist in English, French and Arabic with the same keys, and hold every key the meetings pages use', () => {
    const keysOf = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    const words = keysOf(en).sort();
    expect(keysOf(fr).sort()).toEqual(words);
    expect(keysOf(ar).sort()).toEqual(words);
    const dir = resolve(import.meta.dirname, '../web/src/scenes/meetings');
    const used = readdirSync(dir)
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/\bt\('(meetings\.[A-Za-z0-9_.]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((k) => !words.includes(k))).toEqual([]);
  });
});

describe('the meetings in a real browser', () => {
  it('lists the London meeting, opens it, and shows its participants, agenda, decisions and action items', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Meetings' }).click();
    await page.getByRole('heading', { name: 'Meetings' }).waitFor();
    await expect.poll(() => rows(page, 'meetings-table').count()).toBe(2);
    // Newest first, each start in the meeting's zone with the zone named.
    const list = await rows(page, 'meetings-table').allTextContents();
    expect(list[0]).toContain('Small group meeting (illustrative date)');
    expect(list[1]).toContain('Small group meeting, London');
    expect(list[1]).toMatch(/Jan 22, 2015.*9:00.*\(Europe\/London\)/);
    expect(list[1]).toContain('Small group (SG)');
    expect(list[1]).toContain('Held');

    await page.getByRole('link', { name: /Small group meeting, London/ }).click();
    await page.getByRole('heading', { level: 2, name: /Small group meeting, London/ }).waitFor();
    expect(await page.getByTestId('meeting-state').textContent()).toBe('Held');
    expect(await page.getByTestId('meeting-details').textContent()).toContain('(Europe/London)');
    expect(await rows(page, 'participants').count()).toBe(21);
    expect(await page.getByTestId('agenda').textContent()).toContain('Review of the lines of effort');
    expect(await page.getByTestId('agenda').locator('ol ol li').count()).toBeGreaterThan(0);
    const decisions = await rows(page, 'decisions').allTextContents();
    expect(decisions.map((d) => d.slice(0, 11))).toEqual(['SG-2015-001', 'SG-2015-002', 'SG-2015-003', 'SG-2015-004']);
    expect(decisions[0]).toContain('Expert-level working groups');
    const actions = await rows(page, 'action-items').allTextContents();
    expect(actions).toHaveLength(5);
    const training = actions.find((a) => a.includes('Begin training'))!;
    for (const owner of ['Saudi Arabia', 'Turkey', 'Qatar', 'United States']) expect(training.replace(/^.*this spring/, '')).toContain(owner);
    expect(training).toMatch(/Jun 20, 2015Openoverdue$/);
    const ics = await page.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href');
    expect(ics).toBe(`/api/meetings/${londonId}.ics`);
    const file = await page.request.get(`${h.base}${ics}`);
    expect(file.status()).toBe(200);
    expect(await file.text()).toContain('DTSTART;TZID=Europe/London:20150122T090000');
    await context.close();
  });

  it('shows the items carried into the next meeting with their origin and age, and refuses to hold it, naming them next to the button', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, ADMIN);
    await page.goto(`${h.base}/meetings/${laterId}`);
    await page.getByRole('heading', { level: 2, name: 'Small group meeting (illustrative date)' }).waitFor();
    await expect.poll(() => rows(page, 'review').count()).toBe(5);
    const carried = await rows(page, 'review').allTextContents();
    for (const row of carried) {
      expect(row).toContain('Small group meeting, London');
      // 22 January to 26 March 2015.
      expect(row).toContain('63 days');
      expect(row).toContain('None yet');
    }
    // The API says the admin may run it: the state change is offered; the server decides.
    await page.getByLabel('New state').selectOption('in_progress');
    await page.getByRole('button', { name: 'Change state' }).click();
    await expect.poll(() => page.getByTestId('meeting-state').textContent()).toBe('In progress');
    await page.getByLabel('New state').selectOption('held');
    await page.getByRole('button', { name: 'Change state' }).click();
    await page.getByTestId('state-refused').waitFor();
    const named = await page.getByTestId('pending-items').locator('li').allTextContents();
    expect(named).toHaveLength(5);
    expect(named).toContainEqual(expect.stringContaining('Begin training Syrian opposition forces'));
    // The refusal takes the focus, so a keyboard or screen reader user lands on it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('state-refused');
    expect(await page.getByTestId('meeting-state').textContent()).toBe('In progress');
    await context.close();
  });

  it("lists my organisation's action items and the overdue ones", async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Action items' }).click();
    await page.getByRole('heading', { level: 2, name: 'Action items' }).waitFor();
    // The secretariat owns three of London's five items; all five are past their 2015 due dates.
    await expect.poll(() => rows(page, 'my-action-items').count()).toBe(3);
    await expect.poll(() => rows(page, 'overdue-action-items').count()).toBe(5);
    expect(await rows(page, 'my-action-items').allTextContents()).toEqual(Array(3).fill(expect.stringContaining('Secretariat')));
    await page.getByTestId('overdue-action-items').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: /Small group meeting, London/ }).waitFor();
    await context.close();
  });

  for (const language of ['English', 'Français', 'العربية'] as const) {
    it(`passes axe on the meetings pages in ${language}, error states included`, async () => {
      const { page, context } = await h.newPage();
      await signInAs(page, h.base, ADMIN);
      if (language !== 'English') await switchLanguage(page, language);
      const report: Record<string, unknown> = {};
      for (const [name, path] of [
        ['list', '/meetings'],
        ['london', `/meetings/${londonId}`],
        ['later', `/meetings/${laterId}`],
        ['actionItems', '/action-items'],
      ]) {
        await page.goto(`${h.base}${path}`);
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        report[name] = await axeViolations(page);
      }
      // A meeting that does not exist (or may not be seen) and a refused state change.
      await page.goto(`${h.base}/meetings/${randomUUID()}`);
      await page.getByRole('alert').waitFor();
      report.missingMeeting = await axeViolations(page);
      await page.goto(`${h.base}/meetings/${londonId}`);
      await page.getByTestId('state-change').locator('select').selectOption('scheduled');
      await page.getByTestId('state-change').locator('button[type=submit]').click();
      await page.getByTestId('state-change').locator('[aria-invalid=true], [role=alert]').first().waitFor();
      report.refusedChange = await axeViolations(page);
      if (language === 'العربية') expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      await context.close();
      expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
    });
  }

  it('works by keyboard: every control of a meeting page is reached with a focus ring, and the state changes by keyboard alone', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, ADMIN);
    await page.goto(`${h.base}/meetings/${laterId}`);
    await page.getByTestId('state-change').waitFor();
    await page.waitForLoadState('networkidle');
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#main a[href], #main button, #main input, #main select, #main textarea, #main [tabindex]')]
        .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .map((el, i) => {
          el.dataset.kbd = String(i);
          return String(i);
        }),
    );
    expect(controls.length).toBeGreaterThan(5);
    const reached = new Set<string>();
    const unringed = new Set<string>();
    await page.locator('body').focus();
    for (let i = 0; i < 200 && reached.size < controls.length; i++) {
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
    expect(controls.filter((c) => !reached.has(c))).toEqual([]);
    expect([...unringed]).toEqual([]);

    // From the list to the meeting by keyboard, then a state change by keyboard alone.
    await page.goto(`${h.base}/meetings`);
    await page.getByRole('link', { name: /Small group meeting, London/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /Small group meeting, London/ }).waitFor();
    await page.getByLabel('New state').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByLabel('New state').inputValue()).not.toBe('draft');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Change state');
    await page.keyboard.press('Enter');
    // A held meeting moves on to minutes circulated only: the server refuses "scheduled" under the field, which takes the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    expect(await page.getByLabel('New state').inputValue()).toBe('scheduled');
    expect(await page.getByTestId('meeting-state').textContent()).toBe('Held');
    await context.close();
  });
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

  it('keeps the shell within 250 KB gzipped, and each meetings page (its chunks beyond the shell) within 450 KB', () => {
    expect(existsSync(join(DIST, 'index.html'))).toBe(true);
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const entry = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html)![1]!;
    const shell = staticClosure(entry);
    expect(gz(shell) / 1024).toBeLessThanOrEqual(250);
    const scenes = readdirSync(join(DIST, 'assets')).filter((f) => /^(Meetings|Meeting|ActionItems)Scene-.*\.js$/.test(f));
    expect(scenes.length).toBe(3);
    // The pages are lazy: none of their chunks is in the shell.
    expect(scenes.filter((s) => shell.has(s))).toEqual([]);
    const pages = Object.fromEntries(
      scenes.map((scene) => {
        const own = staticClosure(scene);
        for (const chunk of shell) own.delete(chunk);
        return [scene.replace(/-.*$/, ''), Math.round(gz(own) / 1024)];
      }),
    );
    expect(Object.entries(pages).filter(([, kb]) => kb > 450)).toEqual([]);
  });
});
