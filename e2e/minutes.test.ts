// A meeting's minutes in a real browser (ADR 0023): what one types in the panel reaches the
// server as Yjs operations; another client's edit made at the same time is merged into the
// textarea and both texts survive; the minutes are circulated and approved through the
// confirmed buttons; after approval a change waits for its reason and is listed as a
// correction; axe finds nothing in the panel in English and Arabic.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEMO_PASSWORD } from '../server/seed/demo.ts';
import { type Session, signIn } from '../server/test/app.ts';
import { type Harness, signInAs, startHarness, switchLanguage } from './harness.ts';

const ADMIN = 'admin@secretariat.demo';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let h: Harness;
let admin: Session;
let meetingId = '';

beforeAll(async () => {
  h = await startHarness();
  admin = await signIn(h.app.app, ADMIN, DEMO_PASSWORD);
  const series = (await admin.inject({ method: 'POST', url: '/api/meeting-series', payload: { name: 'Minutes check', code: 'MC' } })).json().id;
  const meeting = await admin.inject({
    method: 'POST',
    url: '/api/meetings',
    payload: {
      seriesId: series,
      title: 'Minutes check',
      kind: 'expert',
      timeZone: 'Europe/London',
      start: '2015-05-05T10:00',
      end: '2015-05-05T12:00',
      sharing: { marking: 'GREEN' },
    },
  });
  expect(meeting.statusCode, meeting.body).toBe(201);
  meetingId = meeting.json().id;
  for (const to of ['scheduled', 'in_progress', 'held'])
    expect((await admin.inject({ method: 'POST', url: `/api/meetings/${meetingId}/transition`, payload: { to } })).statusCode).toBe(200);
});
afterAll(async () => h?.close());

const minutes = async () => (await admin.inject({ method: 'GET', url: `/api/meetings/${meetingId}/minutes` })).json();

describe('the minutes panel', () => {
  it('sends what one types, merges what another types at the same time, circulates, approves and records a correction', async () => {
    const { page } = await h.newPage();
    await signInAs(page, h.base, ADMIN);
    await page.goto(`${h.base}/meetings/${meetingId}`);
    const area = page.getByTestId('minutes-text');
    await area.click();
    await area.pressSequentially('Hello from the browser. ');
    await expect.poll(async () => (await minutes()).markdown, { timeout: 10_000 }).toBe('Hello from the browser. ');

    // Another client inserts at the start while the browser goes on typing at the end.
    const state = await minutes();
    const other = new Y.Doc();
    Y.applyUpdate(other, Buffer.from(state.update, 'base64'));
    const before = Y.encodeStateVector(other);
    other.getText('markdown').insert(0, 'REMOTE ');
    const sent = await admin.inject({
      method: 'POST',
      url: `/api/meetings/${meetingId}/minutes/updates`,
      payload: { update: Buffer.from(Y.encodeStateAsUpdate(other, before)).toString('base64') },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    await area.press('End');
    await area.pressSequentially('More.');
    await expect.poll(() => area.inputValue(), { timeout: 10_000 }).toBe('REMOTE Hello from the browser. More.');
    await expect.poll(async () => (await minutes()).markdown, { timeout: 10_000 }).toBe('REMOTE Hello from the browser. More.');

    await page.getByLabel('Comments until').fill('2099-01-01');
    await page.getByRole('button', { name: 'Circulate to the attendees' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Yes' }).click();
    await page.getByTestId('minutes-status').filter({ hasText: 'Circulated for comments · comments until 2099-01-01' }).waitFor();
    await page.getByRole('button', { name: 'Approve the minutes' }).click();
    // The header changes with the panel, never after it: every render in between is watched.
    await page.evaluate(() => {
      const w = window as unknown as { contradicted: boolean };
      w.contradicted = false;
      new MutationObserver(() => {
        const panel = document.querySelector('[data-testid=minutes-status]')?.textContent ?? '';
        const header = document.querySelector('[data-testid=meeting-state]')?.textContent;
        if (panel.includes('Approved') && header !== 'Minutes approved') w.contradicted = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('alertdialog').getByRole('button', { name: 'Yes' }).click();
    await page.getByTestId('minutes-status').filter({ hasText: 'Approved' }).waitFor();
    expect(await page.getByTestId('meeting-state').textContent()).toBe('Minutes approved');
    expect(await page.evaluate(() => (window as unknown as { contradicted: boolean }).contradicted)).toBe(false);

    await area.click();
    await area.press('End');
    await area.pressSequentially(' Fixed.');
    await page.getByLabel('Why the approved minutes change').fill('A sentence was missing');
    await page.getByRole('button', { name: 'Save the correction' }).click();
    await expect.poll(async () => (await minutes()).corrections.length, { timeout: 10_000 }).toBe(1);
    expect((await minutes()).corrections[0]).toMatchObject({
      reason: 'A sentence was missing',
      before: 'REMOTE Hello from the browser. More.',
      after: 'REMOTE Hello from the browser. More. Fixed.',
    });
    await page.reload();
    await page.getByTestId('minutes-corrections').getByText('A sentence was missing').waitFor();

    for (const language of ['English', 'العربية'] as const) {
      if (language !== 'English') await switchLanguage(page, language);
      await page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page }).include('[data-testid=minutes]').withTags(WCAG).analyze();
      expect(
        violations.map((v) => v.id),
        language,
      ).toEqual([]);
    }
  });
});
