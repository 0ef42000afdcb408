// The meetings' month calendar and a series' timeline in a real browser: the demo's London
// meeting of 22 January 2015 on its day (in the reader's zone: the day before for a reader in
// Pago Pago), reached by keyboard from the month buttons, whose only other tab stops are the
// meetings; weeks from the locale's first day (Monday in en-GB and fr, Saturday in ar, right
// to left); the small group's timeline with both meetings, London's decisions and items and
// the items carried into the later meeting, as a chart and a table; axe finds nothing in
// English, French and Arabic (the timeline of an unknown series included); the new pages stay
// within the weight budget.
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.ts';
import { signIn } from '../server/test/app.ts';
import ar from '../web/src/scenes/meetings/i18n/ar.json';
import en from '../web/src/scenes/meetings/i18n/en.json';
import fr from '../web/src/scenes/meetings/i18n/fr.json';
import { type Harness, pageWeights, signInAs, startHarness, switchLanguage, wordsOf } from './harness.ts';

const ADMIN = 'admin@secretariat.demo';
const LONDON = 'Small group meeting, London';
const LATER = 'Small group meeting (illustrative date)';
let h: Harness;
let londonId = '';
let laterId = '';
let seriesId = '';

beforeAll(async () => {
  h = await startHarness();
  const admin = await signIn(h.app.app, ADMIN, DEMO_PASSWORD);
  const meetings = (await admin.inject({ method: 'GET', url: '/api/meetings' })).json() as { id: string; start: { local: string }; series: { id: string } }[];
  const london = meetings.find((m) => m.start.local.startsWith('2015-01-22'))!;
  londonId = london.id;
  seriesId = london.series.id;
  laterId = meetings.find((m) => m.start.local.startsWith('2015-03-26'))!.id;
});
afterAll(async () => h?.close());

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}
const POLL = { timeout: 10_000 };
const calendar = (page: Page) => page.getByTestId('meetings-calendar');
/** The full names of the calendar's weekday columns, in order. */
const weekdays = (page: Page) =>
  calendar(page)
    .locator('thead abbr')
    .evaluateAll((els) => els.map((e) => e.getAttribute('title')));
const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe("the calendar's and the timeline's words", () => {
  it('exist in English, French and Arabic with the same keys, and hold every key the meetings pages use', () => {
    const words = wordsOf({ en, fr, ar }, 'meetings', 'meetings');
    expect(words.fr).toEqual(words.en);
    expect(words.ar).toEqual(words.en);
    for (const key of ['meetings.calendar.previous', 'meetings.view.calendar', 'meetings.timeline.stillOpen']) expect(words.used).toContain(key);
    expect(words.missing).toEqual([]);
  });
});

describe('the month calendar', () => {
  it('shows the London meeting on 22 January 2015, reached from the month buttons by keyboard, the month kept in the address', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, ADMIN);
    await page.goto(`${h.base}/meetings`);
    await page.getByText('Calendar', { exact: true }).click();
    await calendar(page).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('calendar');
    // February 2015 from the address, then back a month by keyboard alone.
    await page.goto(`${h.base}/meetings?view=calendar&month=2015-02`);
    await expect.poll(() => page.getByTestId('calendar-month').textContent(), POLL).toBe('February 2015');
    await page.getByRole('button', { name: 'Previous month' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('calendar-month').textContent(), POLL).toBe('January 2015');
    expect(new URL(page.url()).searchParams.get('month')).toBe('2015-01');
    // The month's name shows at once; its table once January's meetings have come.
    const day = calendar(page).locator('[data-day="2015-01-22"]');
    await expect.poll(() => day.textContent(), POLL).toContain(LONDON);
    // Weeks start on Monday for en-GB; 1 January 2015 was a Thursday, so three empty days lead.
    expect(await weekdays(page)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    const firstWeek = calendar(page).locator('tbody tr').first().locator('td');
    expect(await firstWeek.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-day')))).toEqual([null, null, null, '2015-01-01', '2015-01-02', '2015-01-03', '2015-01-04']);
    expect(await day.textContent()).toContain('Held');
    // Nothing else that month, and the meeting on no other day.
    expect(await calendar(page).getByRole('link').count()).toBe(1);
    // The meetings are the calendar's only tab stops: from the month buttons, Tab reaches "This
    // month", "Next month", then London — no day in between.
    const stops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      stops.push(await activeText(page));
    }
    expect(stops[0]).toBe('This month');
    expect(stops[1]).toBe('Next month');
    expect(stops[2]).toContain(LONDON);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: LONDON }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/meetings/${londonId}`);
    // Back, and "This month" leaves 2015.
    await page.goBack();
    await page.getByRole('button', { name: 'This month' }).click();
    await expect.poll(() => page.getByTestId('calendar-month').textContent(), POLL).not.toBe('January 2015');
    await context.close();
  });

  it("puts a meeting on its day in the reader's zone: 09:00 in London on 22 January is 10 pm on the 21st in Pago Pago", async () => {
    const context = await h.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB', timezoneId: 'Pacific/Pago_Pago', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await signInAs(page, h.base, ADMIN);
    await page.goto(`${h.base}/meetings?view=calendar&month=2015-01`);
    const day = calendar(page).locator('[data-day="2015-01-21"]');
    await expect.poll(() => day.textContent(), POLL).toContain(LONDON);
    // Its time here, and the time in the meeting's zone beside it.
    expect(await day.textContent()).toMatch(/10:00\sPM.*9:00\sAM \(Europe\/London\)/);
    expect(await calendar(page).locator('[data-day="2015-01-22"]').textContent()).not.toContain(LONDON);
    await context.close();
  });
});

describe("a series' timeline", () => {
  it('shows both meetings of the small group in time order, London’s decisions and items and the items carried into the later one, as a chart and a table', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, ADMIN);
    await page.goto(`${h.base}/meetings/${londonId}`);
    await page.getByRole('link', { name: 'Timeline of the series' }).click();
    await page.getByRole('heading', { level: 2, name: 'Timeline: Small group' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/meeting-series/${seriesId}`);
    const rows = page.getByTestId('timeline-table').locator('tbody tr');
    await expect.poll(() => rows.count(), POLL).toBe(2);
    const figures = (row: number) =>
      rows
        .nth(row)
        .locator('[data-figure]')
        .evaluateAll((tds) => Object.fromEntries(tds.map((td) => [td.getAttribute('data-figure'), td.textContent])));
    expect(await rows.nth(0).getAttribute('data-meeting')).toBe(londonId);
    expect(await rows.nth(0).locator('th').textContent()).toContain(LONDON);
    expect(await rows.nth(0).textContent()).toContain('SG-2015-001, SG-2015-002, SG-2015-003, SG-2015-004');
    expect(await figures(0)).toEqual({ created: '5', carriedIn: '0', done: '0', dropped: '0', stillOpen: '0' });
    // The later meeting is scheduled: London's five open items are carried into its review.
    expect(await rows.nth(1).getAttribute('data-meeting')).toBe(laterId);
    expect(await rows.nth(1).locator('th').textContent()).toContain(LATER);
    expect(await rows.nth(1).textContent()).toContain('Scheduled');
    expect(await figures(1)).toEqual({ created: '0', carriedIn: '5', done: '0', dropped: '0', stillOpen: '5' });
    await page.getByTestId('timeline-chart').locator('canvas').waitFor();
    // The register links to it as well.
    await page.goto(`${h.base}/meeting-series/${seriesId}/decisions`);
    await page.getByRole('link', { name: 'Timeline of the series' }).click();
    await page.getByRole('heading', { level: 2, name: 'Timeline: Small group' }).waitFor();
    await context.close();
  });
});

describe('axe and right to left', () => {
  const FIRST_DAY = { English: 'Monday', Français: 'lundi', العربية: 'السبت' } as const;
  for (const language of ['English', 'Français', 'العربية'] as const) {
    it(`passes axe on the calendar and the timeline in ${language}, an unknown series included; weeks start on ${FIRST_DAY[language]}`, async () => {
      const { page, context } = await h.newPage();
      await signInAs(page, h.base, ADMIN);
      if (language !== 'English') await switchLanguage(page, language);
      const report: Record<string, unknown> = {};
      await page.goto(`${h.base}/meetings?view=calendar&month=2015-01`);
      await calendar(page).locator('[data-day="2015-01-22"] a').waitFor();
      expect((await weekdays(page))[0]).toBe(FIRST_DAY[language]);
      report.calendar = await axeViolations(page);
      await page.goto(`${h.base}/meetings?view=calendar&month=2016-07`);
      await calendar(page).waitFor();
      report.emptyMonth = await axeViolations(page);
      await page.goto(`${h.base}/meeting-series/${seriesId}`);
      await page.getByTestId('timeline-table').waitFor();
      await page.getByTestId('timeline-chart').locator('canvas').waitFor({ timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      report.timeline = await axeViolations(page);
      await page.goto(`${h.base}/meeting-series/${randomUUID()}`);
      await page.getByRole('alert').waitFor();
      report.unknownSeries = await axeViolations(page);
      if (language === 'العربية') {
        expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
        // Right to left: the week's first day is the rightmost column.
        await page.goto(`${h.base}/meetings?view=calendar&month=2015-01`);
        await calendar(page).waitFor();
        const x = await calendar(page)
          .locator('thead th')
          .evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().x));
        expect(x[0]).toBeGreaterThan(x[6]!);
      }
      await context.close();
      expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
    });
  }
});

describe('the weight budget', () => {
  it('keeps the shell within 250 KB gzipped, and the calendar (the meetings list) and the timeline (with its chart) within 450 KB each', () => {
    const w = pageWeights(/^(Meetings|SeriesTimeline)Scene-.*\.js$/);
    expect(w.shellKb).toBeLessThanOrEqual(250);
    expect(w.scenes.length).toBe(2);
    expect(w.inShell).toEqual([]);
    expect(Object.entries(w.pages).filter(([, kb]) => kb > 450)).toEqual([]);
  });
});
