// The meetings' pages in a real browser: the demo's London meeting of 22 January 2015 is listed
// (newest first, its start in its own zone, named) and opened, with its participants, agenda,
// numbered decisions and action items; the next meeting of the series shows the items carried
// from London with their origin and age, and refuses to become held while they have no outcome,
// naming them next to the button; my organisation's and the overdue action items; a series and
// two meetings made in the pages and run there (an agenda item linked to a line and a
// document); axe finds nothing in English, French and Arabic (the new meeting and series forms
// and their refusals included); the pages work by keyboard; they stay within the weight budget.
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
let h: Harness;
let londonId = '';
let laterId = '';
let seriesId = '';

beforeAll(async () => {
  h = await startHarness();
  const admin = await signIn(h.app.app, ADMIN, DEMO_PASSWORD);
  const meetings = (await admin.inject({ method: 'GET', url: '/api/meetings' })).json() as { id: string; title: string; start: { local: string }; series: { id: string } }[];
  londonId = meetings.find((m) => m.start.local.startsWith('2015-01-22'))!.id;
  seriesId = meetings.find((m) => m.id === londonId)!.series.id;
  laterId = meetings.find((m) => m.start.local.startsWith('2015-03-26'))!.id;
});
afterAll(async () => h?.close());

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}
const rows = (page: Page, testId: string) => page.getByTestId(testId).locator('tbody tr');

/**
 * Tabs through the page from its start: the controls of #main it never reaches (by label) and
 * those reached without a visible focus ring. A radio group is one stop: its checked radio.
 */
async function keyboardReach(page: Page) {
  const controls = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#main a[href], #main button, #main input, #main select, #main textarea, #main [tabindex]')]
      .filter(
        (el) =>
          el.tabIndex >= 0 &&
          !(el as HTMLButtonElement).disabled &&
          !((el as HTMLInputElement).type === 'radio' && !(el as HTMLInputElement).checked) &&
          el.getClientRects().length > 0 &&
          getComputedStyle(el).visibility !== 'hidden',
      )
      .map((el, i) => {
        el.dataset.kbd = String(i);
        return { id: String(i), label: el.textContent?.trim().slice(0, 40) || `${el.tagName} ${el.getAttribute('type') ?? ''} ${el.getAttribute('aria-label') ?? el.id}` };
      }),
  );
  const reached = new Set<string>();
  const unringed = new Set<string>();
  await page.locator('body').focus();
  for (let i = 0; i < 400 && reached.size < controls.length; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el?.dataset.kbd) return null;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return {
        id: el.dataset.kbd,
        ring,
        label: el.textContent?.trim().slice(0, 40) || `${el.tagName} ${el.getAttribute('type') ?? ''} ${el.getAttribute('aria-label') ?? el.id}`,
      };
    });
    if (!info) continue;
    reached.add(info.id);
    if (!info.ring) unringed.add(info.label);
  }
  return { controls: controls.length, missed: controls.filter((c) => !reached.has(c.id)).map((c) => c.label), unringed: [...unringed] };
}

describe("the meetings' words", () => {
  it('exist in English, French and Arabic with the same keys, and hold every key the meetings pages use', () => {
    const words = wordsOf({ en, fr, ar }, 'meetings', 'meetings');
    expect(words.fr).toEqual(words.en);
    expect(words.ar).toEqual(words.en);
    expect(words.used.length).toBeGreaterThan(30);
    expect(words.missing).toEqual([]);
  });
});

describe('the meetings in a real browser', () => {
  it('finds a meeting by the words of one of its decisions, the words kept in the address', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, ADMIN);
    await page.goto(`${h.base}/meetings`);
    await expect.poll(() => rows(page, 'meetings-table').count(), { timeout: 10_000 }).toBe(2);
    await page.getByRole('searchbox', { name: 'Search meetings' }).fill('Expert-level working groups');
    await expect.poll(() => rows(page, 'meetings-table').count(), { timeout: 10_000 }).toBe(1);
    expect(await rows(page, 'meetings-table').first().textContent()).toContain('Small group meeting, London');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Expert-level working groups');
    await context.close();
  });

  it("prints London's briefing pack as a job: printing, then the file to download", async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, ADMIN);
    await page.goto(`${h.base}/meetings/${londonId}`);
    const pdf = page.getByTestId('brief-pdf');
    await pdf.getByRole('button', { name: 'Briefing pack (PDF)' }).click();
    const link = pdf.getByRole('link', { name: 'Download Briefing pack (PDF)' });
    await link.waitFor({ timeout: 60_000 });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/api\/jobs\/[0-9a-f-]+\/file$/);
    const file = await page.request.get(`${h.base}${href}`);
    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });

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
    // In the reader's zone first (the browser's, the machine's), the meeting's beside it.
    if (Intl.DateTimeFormat().resolvedOptions().timeZone !== 'Europe/London') expect(list[1]).toMatch(/your time · Jan 22, 2015.*9:00.*\(Europe\/London\)/);
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

  it("opens the series' decision register from a meeting, with its CSV file", async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, ADMIN);
    await page.goto(`${h.base}/meetings/${londonId}`);
    await page.getByRole('link', { name: 'Decision register of the series' }).click();
    await page.getByRole('heading', { level: 2, name: 'Decision register: Small group' }).waitFor();
    await expect.poll(() => rows(page, 'register').count()).toBe(4);
    expect((await rows(page, 'register').allTextContents()).map((r) => r.slice(0, 11))).toEqual(['SG-2015-001', 'SG-2015-002', 'SG-2015-003', 'SG-2015-004']);
    const csv = await page.getByTestId('register-csv').getAttribute('href');
    expect(csv).toBe(`/api/meeting-series/${seriesId}/decisions.csv?lang=en`);
    const file = await page.request.get(`${h.base}${csv}`);
    expect(file.status()).toBe(200);
    expect(await file.text()).toContain('SG-2015-001');
    await page.getByLabel('Year').fill('2016');
    await expect.poll(() => rows(page, 'register').count()).toBe(0);
    expect(await page.getByTestId('register-csv').getAttribute('href')).toBe(`/api/meeting-series/${seriesId}/decisions.csv?year=2016&lang=en`);
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
    // The API says which moves the admin may make now: a scheduled meeting starts or is cancelled.
    expect(await page.getByTestId('state-change').getByRole('button').allTextContents()).toEqual(['Start the meeting', 'Cancel the meeting']);
    await page.getByTestId('move-in_progress').click();
    // Each move is asked first: a meeting never goes back.
    await page.getByRole('alertdialog').getByRole('button', { name: 'Start the meeting' }).click();
    await expect.poll(() => page.getByTestId('meeting-state').textContent()).toBe('In progress');
    expect(await page.getByTestId('state-change').getByRole('button').allTextContents()).toEqual(['Mark as held']);
    await page.getByTestId('move-held').click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Mark as held' }).click();
    await page.getByTestId('state-refused').waitFor();
    const named = await page.getByTestId('pending-items').locator('li').allTextContents();
    expect(named).toHaveLength(5);
    expect(named).toContainEqual(expect.stringContaining('Begin training Syrian opposition forces'));
    // And beside each of them in the review.
    await expect.poll(() => page.getByTestId('review').getByTestId('needs-outcome').count()).toBe(5);
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
    const cards = page.getByTestId('action-board').locator('[data-item]');
    await expect.poll(() => cards.count()).toBe(3);
    await expect.poll(() => rows(page, 'overdue-action-items').count()).toBe(5);
    expect(await cards.allTextContents()).toEqual(Array(3).fill(expect.stringContaining('Secretariat')));
    // On the board by status, each overdue one marked.
    expect(await page.getByTestId('action-board').locator('[data-column=open] [data-item][data-overdue]').count()).toBe(3);
    // All those I may see, then one owner's.
    await page.getByText('All I may see').click();
    await expect.poll(() => cards.count()).toBe(5);
    await page.getByLabel('Owner organisation').selectOption({ label: 'Qatar' });
    await expect.poll(() => cards.count()).toBeLessThan(5);
    expect(await cards.allTextContents()).toEqual(Array(await cards.count()).fill(expect.stringContaining('Qatar')));
    await page.getByTestId('overdue-action-items').getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: /Small group meeting, London/ }).waitFor();
    await context.close();
  });

  it('runs a meeting made in the pages: its series and meetings created, one edited (a refused end shown by its field), an agenda item linked to a line and a document, a decision and an action item recorded, the meeting held, the item carried into the next one and closed from my action items', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, ADMIN);
    // A new meeting, whose series is made on the way (the link beside the series).
    await page.goto(`${h.base}/meetings`);
    await page.getByTestId('new-meeting').click();
    await page.getByRole('heading', { level: 2, name: 'New meeting' }).waitFor();
    await page.getByTestId('new-series').click();
    await page.getByRole('heading', { level: 2, name: 'New series' }).waitFor();
    await page.getByLabel('Name').fill('Acceptance group');
    await page.getByLabel('Code').fill('acc');
    await page.getByRole('textbox', { name: 'Recurrence', exact: true }).click();
    await page.getByRole('option', { name: 'Monthly' }).click();
    expect(await page.getByLabel('Recurrence rule (RFC 5545)').inputValue()).toBe('FREQ=MONTHLY');
    await page.getByRole('button', { name: 'Save' }).click();
    // Back to the new meeting, the series chosen.
    await page.getByRole('heading', { level: 2, name: 'New meeting' }).waitFor();
    const seriesOfPage = new URL(page.url()).searchParams.get('seriesId')!;
    await expect.poll(() => page.getByRole('textbox', { name: 'Series' }).inputValue(), { timeout: 10_000 }).toBe('Acceptance group (ACC)');
    const series = ((await (await page.request.get(`${h.base}/api/meeting-series`)).json()) as { id: string; code: string; rrule: string | null }[]).find((s) => s.code === 'ACC')!;
    expect(series).toMatchObject({ id: seriesOfPage, rrule: 'FREQ=MONTHLY' });

    const fillMeeting = async (title: string, day: string) => {
      await page.getByLabel('Title').fill(title);
      await page.getByRole('textbox', { name: 'Kind' }).click();
      await page.getByRole('option', { name: 'Working group' }).click();
      await page.getByRole('textbox', { name: 'Time zone' }).fill('Asia/Baghdad');
      await page.getByRole('option', { name: 'Asia/Baghdad', exact: true }).click();
      await page.getByLabel('Starts').fill(`${day}T10:00`);
      await page.getByLabel('Ends').fill(`${day}T12:00`);
      await page.getByLabel('Venue').fill('Baghdad');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { level: 2, name: title }).waitFor();
      return new URL(page.url()).pathname.split('/').pop()!;
    };
    const first = await fillMeeting('Acceptance meeting one', '2015-05-04');
    expect(await page.getByTestId('meeting-details').textContent()).toContain('(Asia/Baghdad)');
    expect(await page.getByTestId('meeting-state').textContent()).toBe('Draft');
    // Changed in its edit form: an end before the start is refused beside the end, then the place is changed.
    await page.getByTestId('edit-meeting').click();
    await page.getByRole('heading', { level: 2, name: 'Edit the meeting' }).waitFor();
    await expect.poll(() => page.getByLabel('Venue').inputValue(), { timeout: 10_000 }).toBe('Baghdad');
    await page.getByLabel('Ends').fill('2015-05-04T09:00');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByLabel('Ends').getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    await page.getByText('must be after the start').waitFor();
    await page.getByLabel('Ends').fill('2015-05-04T12:30');
    await page.getByLabel('Venue').fill('Baghdad, Ministry of Defence');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 2, name: 'Acceptance meeting one' }).waitFor();
    expect(await page.getByTestId('meeting-details').textContent()).toContain('Baghdad, Ministry of Defence');
    // The second from the series' page.
    await page.goto(`${h.base}/meeting-series/${series.id}/decisions`);
    await page.getByRole('link', { name: 'New meeting in this series' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Series' }).inputValue(), { timeout: 10_000 }).toBe('Acceptance group (ACC)');
    const second = await fillMeeting('Acceptance meeting two', '2015-06-01');
    const made = (await (await page.request.get(`${h.base}/api/meetings/${second}`)).json()) as { start: { local: string; timeZone: string; instant: string } };
    expect(made.start).toEqual({ local: '2015-06-01T10:00', timeZone: 'Asia/Baghdad', instant: '2015-06-01T07:00:00.000Z' });

    await page.goto(`${h.base}/meetings/${first}`);
    await page.getByRole('heading', { level: 2, name: 'Acceptance meeting one' }).waitFor();
    await page.getByTestId('move-scheduled').click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Schedule' }).click();
    await expect.poll(() => page.getByTestId('meeting-state').textContent()).toBe('Scheduled');
    const agendaForm = page.getByTestId('agenda-form');
    await agendaForm.getByLabel('Title').fill('Training of the brigades');
    await agendaForm.getByLabel('Duration (minutes)').fill('30');
    await agendaForm.getByRole('textbox', { name: 'Line of effort' }).click();
    await page.getByRole('option', { name: 'Providing security assistance (military support)', exact: true }).click();
    // The document searched by the server as it is typed.
    await agendaForm.getByRole('textbox', { name: 'Document', exact: true }).fill('London');
    await page.getByRole('option', { name: /London small-group meeting, 22 January 2015/ }).click();
    await agendaForm.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => page.getByTestId('agenda').textContent()).toContain('Training of the brigades');
    const links = page.getByTestId('agenda').getByTestId('agenda-item-links');
    expect(await links.textContent()).toContain('Line of effort: Providing security assistance (military support)');
    expect(await links.textContent()).toContain('Document: London small-group meeting, 22 January 2015');
    expect(await links.getByRole('link', { name: /London small-group meeting/ }).getAttribute('href')).toMatch(/^\/documents\/[0-9a-f-]{36}$/);

    await page.getByTestId('move-in_progress').click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Start the meeting' }).click();
    await expect.poll(() => page.getByTestId('meeting-state').textContent()).toBe('In progress');

    const decisionForm = page.getByTestId('decision-form');
    await decisionForm.getByLabel('Agenda item').selectOption({ label: 'Training of the brigades' });
    await decisionForm.getByLabel('Decision').fill('Train two brigades by the autumn');
    await decisionForm.getByLabel('Result').selectOption('vote');
    await decisionForm.getByLabel('For').fill('12');
    await decisionForm.getByRole('button', { name: 'Record' }).click();
    await expect.poll(async () => (await rows(page, 'decisions').allTextContents()).join()).toContain('ACC-2015-001');

    const actionForm = page.getByTestId('action-form');
    await actionForm.getByLabel('Action item').fill('Name the trainers');
    await actionForm.getByRole('textbox', { name: 'Owners' }).click();
    await page.getByRole('option', { name: 'Coalition Secretariat' }).click();
    await actionForm.getByLabel('Due').fill('2015-05-25');
    await actionForm.getByRole('button', { name: 'Record' }).click();
    await expect.poll(async () => (await rows(page, 'action-items').allTextContents()).join()).toContain('Name the trainers');

    await page.getByTestId('move-held').click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Mark as held' }).click();
    await expect.poll(() => page.getByTestId('meeting-state').textContent()).toBe('Held');

    // Carried into the next meeting of the series.
    await page.goto(`${h.base}/meetings/${second}`);
    await page.getByRole('heading', { level: 2, name: 'Acceptance meeting two' }).waitFor();
    await expect.poll(async () => (await rows(page, 'review').allTextContents()).join()).toContain('Name the trainers');

    // Closed from my action items.
    await page.goto(`${h.base}/action-items`);
    const card = page.getByTestId('action-board').locator('[data-item]', { hasText: 'Name the trainers' });
    await card.getByRole('button', { name: 'Mark done' }).click();
    await card.getByLabel('What was done').fill('Trainers named');
    await card.getByRole('button', { name: 'Close as done' }).click();
    await expect.poll(() => page.getByTestId('action-board').locator('[data-column=done] [data-item]', { hasText: 'Name the trainers' }).count()).toBe(1);
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
        ['register', `/meeting-series/${seriesId}/decisions`],
        ['scorecard', '/meetings/scorecard?from=2015-01-01&to=2015-12-31'],
        ['newMeeting', '/meetings/new'],
        ['editMeeting', `/meetings/${londonId}/edit`],
        ['newSeries', '/meeting-series/new'],
      ]) {
        await page.goto(`${h.base}${path}`);
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        report[name] = await axeViolations(page);
      }
      // The new pages refusing an empty form: each field's words beside it, the summary on top.
      for (const [name, path] of [
        ['newMeetingRefused', '/meetings/new'],
        ['newSeriesRefused', '/meeting-series/new'],
      ]) {
        await page.goto(`${h.base}${path}`);
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.locator('#main form button[type=submit]').click();
        await page.getByRole('alert').first().waitFor();
        await expect.poll(() => page.locator('#main [aria-invalid="true"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
        report[name] = await axeViolations(page);
      }
      // A meeting that does not exist (or may not be seen) and a refused state change.
      await page.goto(`${h.base}/meetings/${randomUUID()}`);
      await page.getByRole('alert').waitFor();
      report.missingMeeting = await axeViolations(page);
      await page.goto(`${h.base}/meetings/${laterId}`);
      await page.getByTestId('state-change').waitFor();
      if (await page.getByTestId('move-in_progress').count()) {
        await page.getByTestId('move-in_progress').click();
        await page.getByRole('alertdialog').getByRole('button').first().click();
      }
      await page.getByTestId('move-held').click();
      await page.getByRole('alertdialog').waitFor();
      report.confirmMove = await axeViolations(page);
      await page.getByRole('alertdialog').getByRole('button').first().click();
      await page.getByTestId('state-refused').waitFor();
      report.refusedChange = await axeViolations(page);
      if (language === 'العربية') expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      await context.close();
      expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
    });
  }

  it('works by keyboard: every control of a meeting page and of the new meeting form is reached with a focus ring, and the state changes by keyboard alone', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, ADMIN);
    await page.goto(`${h.base}/meetings/${laterId}`);
    await page.getByTestId('state-change').waitFor();
    await page.waitForLoadState('networkidle');
    const meetingPage = await keyboardReach(page);
    expect(meetingPage.controls).toBeGreaterThan(5);
    expect(meetingPage.missed).toEqual([]);
    expect(meetingPage.unringed).toEqual([]);
    // The new meeting's form: every field, the series' link and the buttons.
    await page.goto(`${h.base}/meetings/new`);
    await page.getByRole('heading', { level: 2, name: 'New meeting' }).waitFor();
    await page.waitForLoadState('networkidle');
    const form = await keyboardReach(page);
    expect(form.controls).toBeGreaterThan(10);
    expect(form.missed).toEqual([]);
    expect(form.unringed).toEqual([]);

    // From the list to the meeting by keyboard, then a state change by keyboard alone.
    await page.goto(`${h.base}/meetings`);
    await page.getByRole('link', { name: /illustrative date/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /illustrative date/ }).waitFor();
    await page.getByTestId('move-held').focus();
    await page.keyboard.press('Enter');
    // The question takes the focus on its "yes"; the refusal then takes it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Mark as held');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('state-refused');
    expect(await page.getByTestId('meeting-state').textContent()).toBe('In progress');
    await context.close();
  });
});

describe('the scorecard', () => {
  it('shows each organisation over a period as a table and a chart, the period kept in the address', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, ADMIN);
    await page.goto(`${h.base}/meetings`);
    await page.getByRole('link', { name: 'Scorecard by organisation' }).click();
    await page.getByRole('heading', { name: 'Scorecard by organisation', level: 2 }).waitFor();
    await page.getByLabel('From', { exact: true }).fill('2015-01-01');
    await page.getByLabel('To', { exact: true }).fill('2015-12-31');
    await expect.poll(() => new URL(page.url()).search, { timeout: 10_000 }).toBe('?from=2015-01-01&to=2015-12-31');
    const rows = page.getByTestId('scorecard-table').locator('tbody tr');
    // The same figures as the API gives the same reader — once the table shows the period's answer,
    // not the one before the period was typed.
    const api = await page.evaluate(async () => (await fetch('/api/meeting-scorecard?from=2015-01-01&to=2015-12-31')).json());
    const first = api.rows[0];
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(api.rows.length);
    await expect.poll(() => rows.first().locator('th').textContent(), { timeout: 10_000 }).toBe(first.organisation.name);
    expect(await rows.first().locator('td').first().textContent()).toBe(`${first.meetingsAttended} of ${first.meetingsInvited}`);
    await page.getByTestId('scorecard-chart').locator('canvas').waitFor();
    // A period that ends before it starts is named by its field, and asks the server nothing.
    await page.getByLabel('To', { exact: true }).fill('2014-01-01');
    await page.getByText('Must not be before “From”.').waitFor();
    await context.close();
  });
});

describe('the weight budget', () => {
  it('keeps the shell within 250 KB gzipped, and each meetings page (its chunks beyond the shell, the new meeting and series forms too) within 450 KB', () => {
    const w = pageWeights(/^(Meetings|Meeting|ActionItems|Scorecard|MeetingEdit|SeriesEdit)Scene-.*\.js$/);
    expect(w.shellKb).toBeLessThanOrEqual(250);
    expect(w.scenes.length).toBe(6);
    // The pages are lazy: none of their chunks is in the shell.
    expect(w.inShell).toEqual([]);
    expect(Object.entries(w.pages).filter(([, kb]) => kb > 450)).toEqual([]);
  });
});

describe("a series' rhythm", () => {
  it('offers the next date by the rule in the new-meeting form, fills it on request, and refuses a rule that gives no date by its field', async () => {
    const admin = await signIn(h.app.app, ADMIN, DEMO_PASSWORD);
    const series = (
      await admin.inject({ method: 'POST', url: '/api/meeting-series', payload: { name: 'Expert group on finance', code: 'EGF', rrule: 'FREQ=MONTHLY;BYDAY=2TH' } })
    ).json();
    const year = new Date().getUTCFullYear() + 1;
    /** The month's second Thursday ('2027-01-14'). */
    const secondThursday = (month: number) => {
      const firstDay = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
      return `${year}-${String(month).padStart(2, '0')}-${String(1 + ((4 - firstDay + 7) % 7) + 7).padStart(2, '0')}`;
    };
    const first = await admin.inject({
      method: 'POST',
      url: '/api/meetings',
      payload: {
        seriesId: series.id,
        title: 'Finance, first',
        kind: 'expert',
        timeZone: 'Europe/London',
        start: `${secondThursday(1)}T10:00`,
        end: `${secondThursday(1)}T12:30`,
        sharing: { marking: 'GREEN' },
      },
    });
    expect(first.statusCode, first.body).toBe(201);
    const expected = (await admin.inject({ method: 'GET', url: `/api/meeting-series/${series.id}/next-dates?count=1` })).json().occurrences[0] as { start: string; end: string };
    // February's second Thursday, at the first meeting's time, as long as it.
    expect(expected).toEqual({ start: `${secondThursday(2)}T10:00`, end: `${secondThursday(2)}T12:30` });

    const { page, context } = await h.newPage();
    await signInAs(page, h.base, ADMIN);
    // A rule that never gives a date is refused beside its field, and the series keeps its rule.
    await page.goto(`${h.base}/meeting-series/${series.id}/edit`);
    const rule = page.getByLabel('Recurrence rule (RFC 5545)');
    await expect.poll(() => rule.inputValue()).toBe('FREQ=MONTHLY;BYDAY=2TH');
    await rule.fill('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('gives no date in the next ten years').waitFor();
    const after = (await admin.inject({ method: 'GET', url: '/api/meeting-series' })).json() as { id: string; rrule: string }[];
    expect(after.find((s) => s.id === series.id)?.rrule).toBe('FREQ=MONTHLY;BYDAY=2TH');

    // Leaving the refused (changed) form: the page asks first.
    page.once('dialog', (d) => void d.accept());
    await page.goto(`${h.base}/meetings/new?seriesId=${series.id}`);
    const offer = page.getByTestId('next-by-rule');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('(Europe/London)');
    expect(await page.getByLabel('Starts').inputValue()).toBe('');
    await offer.getByRole('button', { name: 'Use this date' }).click();
    expect(await page.getByLabel('Starts').inputValue()).toBe(expected.start);
    expect(await page.getByLabel('Ends').inputValue()).toBe(expected.end);
    expect(await axeViolations(page), 'the offer in English').toEqual([]);
    await switchLanguage(page, 'العربية');
    await offer.getByRole('button', { name: 'اعتماد هذا التاريخ' }).waitFor();
    expect(await axeViolations(page), 'the offer in Arabic').toEqual([]);
    await switchLanguage(page, 'English');

    await context.close();
  });
});
