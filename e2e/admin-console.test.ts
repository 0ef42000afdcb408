// The secretariat console in a real browser (issue 9's acceptance, but for the gazetteer, which
// /admin/places covers): the admin creates a user, an organisation and a working group with two
// co-leads, changes the working group (a co-lead taken out, asked first), grows the framework
// tree (two objectives under a line, one renamed, one moved by keyboard, one deleted; a line in
// use refused) and reads every one of those changes in the audit log. The groups and framework pages pass axe in English, French
// and Arabic with a form showing its errors; a focal point is neither offered nor let into them.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ar from '../web/src/scenes/admin/console-i18n/ar.json';
import en from '../web/src/scenes/admin/console-i18n/en.json';
import fr from '../web/src/scenes/admin/console-i18n/fr.json';
import { type Harness, signInAs, startHarness, switchLanguage, wordsOf } from './harness.ts';
import namesAr from '../web/src/components/names-i18n/ar.json';
import namesEn from '../web/src/components/names-i18n/en.json';
import namesFr from '../web/src/components/names-i18n/fr.json';

const FOCAL = 'focal@uk.demo';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}
const poll = { timeout: 10_000 };
const menu = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

/** Picks `option` in the Mantine select or multi-select labelled `label`, typing part of it first. */
async function pick(page: Page, label: string, option: string) {
  const box = page.getByRole('textbox', { name: label, exact: true });
  await box.click();
  await box.fill(option.slice(0, 6));
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.keyboard.press('Escape');
}

/** The first line of effort of the demo, as the API orders the tree. */
async function firstLine() {
  return await h.app.db.selectFrom('framework_node').select(['id', 'code', 'name']).where('kind', '=', 'line').orderBy('position').orderBy('name').executeTakeFirstOrThrow();
}

describe("the console's words", () => {
  it('exist in English, French and Arabic with the same keys, and hold every key the pages use', () => {
    const words = wordsOf({ en, fr, ar }, 'admin', 'adminConsole');
    expect(words.fr).toEqual(words.en);
    expect(words.ar).toEqual(words.en);
    expect(words.used.length).toBeGreaterThan(30);
    expect(words.missing).toEqual([]);
  });
});

describe('the secretariat console in a real browser', () => {
  it('creates a user, an organisation and a working group with co-leads, edits the framework tree and reads it all in the audit log', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base);

    // A user.
    await menu(page, 'Users').click();
    const newUser = page.getByRole('region', { name: 'Add a user' });
    await newUser.getByLabel(/^Name/).fill('Camille Test');
    await newUser.getByLabel(/^E-mail address/).fill('camille.test@france.demo');
    await newUser.getByRole('textbox', { name: 'Organisation' }).click();
    await newUser.getByRole('textbox', { name: 'Organisation' }).fill('Franc');
    await page.getByRole('option', { name: 'France', exact: true }).click();
    await newUser.getByRole('button', { name: 'Create the account' }).click();
    await page.getByTestId('one-time-password').waitFor();

    // An organisation.
    await menu(page, 'Organisations').click();
    const newOrg = page.getByRole('region', { name: 'Add an organisation' });
    await newOrg.getByLabel(/^Name/).fill('Relief Test Agency');
    await newOrg.getByLabel('Kind').selectOption('organisation');
    await newOrg.getByLabel('Joined').fill('2015-03-01');
    await newOrg.getByRole('button', { name: 'Add the organisation' }).click();
    await expect
      .poll(async () => (await h.app.db.selectFrom('organisation').select('joined_on').where('name', '=', 'Relief Test Agency').executeTakeFirst())?.joined_on, poll)
      .toBe('2015-03-01');

    // A working group: refused empty, each refusal next to its field; then made with two co-leads and a member.
    await menu(page, 'Groups').click();
    await page.getByRole('heading', { level: 2, name: 'Groups and working groups' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.title(), poll).toBe('Groups and working groups — Entente');
    expect(await menu(page, 'Groups').getAttribute('aria-current')).toBe('page');
    const editor = page.getByRole('region', { name: 'Create a working group' });
    await editor.getByRole('button', { name: 'Create the working group' }).click();
    await editor.getByText('Please correct the 3 fields marked below.').waitFor();
    const name = editor.getByRole('textbox', { name: 'Name' });
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid')), poll).toBe('true');
    expect(await editor.getByText('Required.').count()).toBe(2);
    expect(await editor.getByText('Choose at least 1.').count()).toBe(1);

    const line = await firstLine();
    await name.fill('Test Working Group');
    await pick(page, 'Line of effort', line.name);
    await editor.getByLabel('Formed on').fill('2015-04-02');
    await pick(page, 'Co-lead organisations', 'Relief Test Agency');
    await pick(page, 'Co-lead organisations', 'France');
    await pick(page, 'Other members', 'Germany');
    await editor.getByRole('button', { name: 'Create the working group' }).click();
    await page.getByRole('status').getByText('Test Working Group is saved.').waitFor();
    const wgRow = page.getByTestId('working-groups-table').locator('tr', { hasText: 'Test Working Group' });
    await expect.poll(() => wgRow.locator('td').nth(2).textContent(), poll).toBe('France, Relief Test Agency');
    expect(await wgRow.locator('td').nth(3).textContent()).toBe('3');

    // France stops co-leading: asked first (Escape says no, nothing saved), then confirmed.
    await page.getByRole('button', { name: 'Change Test Working Group' }).click();
    const edit = page.getByRole('region', { name: 'Change a working group' });
    await edit.getByRole('textbox', { name: 'Name' }).waitFor();
    await expect.poll(() => edit.getByRole('textbox', { name: 'Name' }).inputValue(), poll).toBe('Test Working Group');
    await edit.locator('.mantine-Pill-root', { hasText: 'France' }).locator('.mantine-Pill-remove').click();
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    const question = page.getByRole('alertdialog');
    await question.getByText('France will no longer co-lead Test Working Group.', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => question.count(), poll).toBe(0);
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Yes, save' }).click();
    await page.getByRole('status').getByText('Test Working Group is saved.').waitFor();
    await expect.poll(() => wgRow.locator('td').nth(2).textContent(), poll).toBe('Relief Test Agency');
    expect(await wgRow.locator('td').nth(3).textContent()).toBe('2');
    expect(new URL(page.url()).searchParams.get('edit')).toBeNull();

    // A name already taken is refused next to the field (409), nothing created.
    await editor.getByRole('textbox', { name: 'Name' }).fill('Test Working Group');
    await pick(page, 'Line of effort', line.name);
    await pick(page, 'Co-lead organisations', 'Germany');
    await editor.getByRole('button', { name: 'Create the working group' }).click();
    await editor.getByText('Another working group has this name.').waitFor();
    expect(await h.app.db.selectFrom('working_group').select('id').where('name', '=', 'Test Working Group').execute()).toHaveLength(1);

    // A group of organisations: made, then a member taken out (asked first).
    const newGroup = page.getByRole('region', { name: 'Make a group of organisations' });
    await newGroup.getByRole('textbox', { name: 'Name' }).fill('Test Small Group');
    await newGroup.getByLabel('Kind of group').selectOption('small_group');
    await pick(page, 'Member organisations', 'France');
    await pick(page, 'Member organisations', 'Germany');
    await newGroup.getByRole('button', { name: 'Make the group' }).click();
    await page.getByRole('status').getByText('Test Small Group is saved.').waitFor();
    const groupRow = page.getByTestId('groups-table').locator('tr', { hasText: 'Test Small Group' });
    await expect.poll(() => groupRow.locator('td').nth(2).textContent(), poll).toBe('2');
    expect(await groupRow.locator('td').nth(1).textContent()).toBe('Small group');
    await page.getByRole('button', { name: 'Change Test Small Group' }).click();
    const groupForm = page.getByRole('form', { name: 'Change Test Small Group' });
    await groupForm.locator('.mantine-Pill-root', { hasText: 'Germany' }).locator('.mantine-Pill-remove').click();
    await groupForm.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByRole('alertdialog').getByText('Germany will leave Test Small Group', { exact: false }).waitFor();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Yes, save' }).click();
    await expect.poll(() => groupRow.locator('td').nth(2).textContent(), poll).toBe('1');

    // The framework tree: an objective refused without code and name, then two added, one renamed, the second moved up by keyboard.
    // The refused working group is still in its form: leaving by the menu asks first (no: stay; yes: go).
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await menu(page, 'Framework tree').click();
    await expect.poll(() => asked, poll).toEqual(['You have changes that are not saved. Leave this page and lose them?']);
    expect(new URL(page.url()).pathname).toBe('/admin/groups');
    page.once('dialog', (d) => void d.accept());
    await menu(page, 'Framework tree').click();
    await page.getByRole('heading', { level: 2, name: 'Framework: lines of effort and objectives' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.title(), poll).toBe('Framework: lines of effort and objectives — Entente');
    const addUnder = page.getByRole('button', { name: `Add an objective under ${line.name}` });
    await addUnder.click();
    const form = page.getByRole('form', { name: `Add an objective under ${line.name}` });
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent), poll).toMatch(/^Code/);
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await form.getByText('Please correct the 2 fields marked below.').waitFor();
    expect(await form.getByRole('textbox', { name: 'Code' }).getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByRole('textbox', { name: 'Name' }).getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByText('Required.').count()).toBe(2);
    await form.getByRole('textbox', { name: 'Code' }).fill('Not A Code');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await form.getByText('Use lower-case letters, digits, dots, dashes or underscores only, at most 64.').waitFor();
    await form.getByRole('textbox', { name: 'Code' }).fill('test.first');
    await form.getByRole('textbox', { name: 'Name' }).fill('First test objective');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByTestId('framework-status').getByText('First test objective is added.').waitFor();
    // A code already taken is refused next to it (409), in words of the page.
    await addUnder.click();
    await page.getByRole('textbox', { name: 'Code' }).fill('test.first');
    await page.getByRole('textbox', { name: 'Name' }).fill('Second test objective');
    await page.getByRole('textbox', { name: 'Name' }).press('Enter');
    await page.getByText('Another element of the framework has this code.').waitFor();
    await page.getByRole('textbox', { name: 'Code' }).fill('test.second');
    await page.getByRole('textbox', { name: 'Name' }).press('Enter');
    await page.getByTestId('framework-status').getByText('Second test objective is added.').waitFor();

    await page.getByRole('button', { name: 'Rename First test objective' }).click();
    const rename = page.getByRole('form', { name: 'Rename First test objective' });
    await rename.getByRole('textbox', { name: 'Name' }).fill('Renamed test objective');
    await rename.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByTestId('framework-status').getByText('Saved as Renamed test objective.').waitFor();

    const up = page.getByRole('button', { name: 'Move Second test objective up' });
    await up.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('framework-status').getByText('Second test objective is now number 1 of 2.').waitFor();
    const objectives = page.locator(`li[data-node="${line.code}"] > ul > li`);
    await expect.poll(() => objectives.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-node'))), poll).toEqual(['test.second', 'test.first']);
    const stored = await h.app.db.selectFrom('framework_node').select(['code', 'name', 'position']).where('parent_id', '=', line.id).orderBy('position').execute();
    expect(stored).toEqual([
      { code: 'test.second', name: 'Second test objective', position: 0 },
      { code: 'test.first', name: 'Renamed test objective', position: 1 },
    ]);

    // An objective added by mistake is deleted, asked first (Escape says no); a line a working group is on is refused, said in place.
    await page.getByRole('button', { name: 'Delete Renamed test objective' }).click();
    const ask = page.getByRole('alertdialog');
    await ask.getByText('Delete Renamed test objective from the framework?', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => ask.count(), poll).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')), poll).toBe('Delete Renamed test objective');
    await page.getByRole('button', { name: 'Delete Renamed test objective' }).click();
    await ask.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByTestId('framework-status').getByText('Renamed test objective is deleted.').waitFor();
    await expect.poll(() => objectives.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-node'))), poll).toEqual(['test.second']);
    const inUse = await h.app.db
      .selectFrom('framework_node as l')
      .innerJoin('working_group as w', 'w.line_id', 'l.id')
      .select('l.name')
      .where('l.kind', '=', 'line')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('framework_node as c').select('c.id').whereRef('c.parent_id', '=', 'l.id'))))
      .orderBy('l.name')
      .executeTakeFirstOrThrow();
    await page.getByRole('button', { name: `Delete ${inUse.name}` }).click();
    await ask.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByRole('alert').getByText(`${inUse.name} cannot be deleted:`, { exact: false }).waitFor();
    expect(await h.app.db.selectFrom('framework_node').select('id').where('name', '=', inUse.name).execute()).toHaveLength(1);

    // The audit log shows each of those changes, the newest first.
    await menu(page, 'Audit log').click();
    await page.getByRole('heading', { level: 2, name: 'Audit log' }).waitFor();
    const actions = () => page.getByTestId('audit-table').locator('tbody tr td:nth-child(3)').allTextContents();
    await expect.poll(async () => (await actions()).length, poll).toBeGreaterThan(8);
    const seen = await actions();
    const expected = [
      'user.create',
      'organisation.create',
      'group.create',
      'working_group.create',
      'group.update',
      'working_group.update',
      'framework.create',
      'framework.update',
      'framework.delete',
    ];
    for (const action of expected) expect(seen).toContain(action);
    // Newest first: the last change (a delete) above the working group's creation, above the user's.
    expect(seen[0]).toBe('framework.delete');
    expect(seen.indexOf('framework.update')).toBeLessThan(seen.indexOf('working_group.create'));
    expect(seen.indexOf('working_group.create')).toBeLessThan(seen.indexOf('user.create'));
    await context.close();
  });

  it('is neither offered to a focal point nor opened for them', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base, FOCAL);
    expect(await menu(page, 'Groups').count()).toBe(0);
    expect(await menu(page, 'Framework tree').count()).toBe(0);
    for (const path of ['/admin/groups', '/admin/framework']) {
      await page.goto(`${h.base}${path}`);
      await page.getByText("Only the secretariat's administrators manage the working groups and the framework.").waitFor();
    }
    await context.close();
  });
});

describe("names in the reader's language (ADR 0036)", () => {
  it('has the translated-name fields in English, French and Arabic with the same keys', () => {
    expect(Object.keys(namesFr.localNames).sort()).toEqual(Object.keys(namesEn.localNames).sort());
    expect(Object.keys(namesAr.localNames).sort()).toEqual(Object.keys(namesEn.localNames).sort());
  });

  it("takes a line of effort's French name in the console; a French and an Arabic reader see the line so named in the contributions list", async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base);
    const line = await h.app.db.selectFrom('framework_node').select(['id', 'name', 'name_fr', 'name_ar']).where('code', '=', 'security_assistance').executeTakeFirstOrThrow();
    // The demo's lines come with their French and Arabic names: the rename form shows them beside the name.
    expect(line.name_ar).toBeTruthy();
    await page.goto(`${h.base}/admin/framework`);
    await page.getByRole('button', { name: `Rename ${line.name}` }).click();
    const form = page.getByRole('form', { name: `Rename ${line.name}` });
    const french = form.getByRole('textbox', { name: 'French' });
    const arabic = form.getByRole('textbox', { name: 'Arabic' });
    await expect.poll(() => french.inputValue(), poll).toBe(line.name_fr);
    expect(await arabic.inputValue()).toBe(line.name_ar);
    expect([await arabic.getAttribute('lang'), await arabic.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    // Too long is refused next to the field, nothing saved; then a French name is saved.
    await french.fill('x'.repeat(301));
    await form.getByRole('button', { name: 'Save the changes' }).click();
    await expect.poll(() => french.getAttribute('aria-invalid'), poll).toBe('true');
    expect((await h.app.db.selectFrom('framework_node').select('name_fr').where('id', '=', line.id).executeTakeFirstOrThrow()).name_fr).toBe(line.name_fr);
    await french.fill('Assistance de sécurité (essai)');
    await form.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByTestId('framework-status').getByText(`Saved as ${line.name}.`).waitFor();
    expect((await h.app.db.selectFrom('framework_node').select('name_fr').where('id', '=', line.id).executeTakeFirstOrThrow()).name_fr).toBe('Assistance de sécurité (essai)');

    // The contributions of that line: its column names the line in the reader's language.
    const lineCells = page.getByTestId('contributions-table').locator('tbody tr td:nth-child(3)');
    await switchLanguage(page, 'Français');
    await page.goto(`${h.base}/contributions?lineId=${line.id}`);
    await expect.poll(() => lineCells.allTextContents(), poll).toContain('Assistance de sécurité (essai)');
    expect(new Set(await lineCells.allTextContents())).toEqual(new Set(['Assistance de sécurité (essai)']));
    await switchLanguage(page, 'العربية');
    await expect.poll(async () => new Set(await lineCells.allTextContents()), poll).toEqual(new Set([line.name_ar]));
    await switchLanguage(page, 'English');
    await expect.poll(async () => new Set(await lineCells.allTextContents()), poll).toEqual(new Set([line.name]));
    await context.close();
  });
});

/** Every control of the main region reached by Tab alone, each with a visible focus ring (as e2e/home.test.ts checks). */
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
        label: el.textContent?.trim().slice(0, 40) || `${el.tagName} ${(el as HTMLInputElement).labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? ''}`,
      };
    });
    if (!info) continue;
    reached.add(info.id);
    if (!info.ring) unringed.add(info.label);
  }
  return { controls: controls.length, missed: controls.filter((c) => !reached.has(c.id)).map((c) => c.label), unringed: [...unringed] };
}

describe('by keyboard', () => {
  it('reaches every control of the groups and framework pages by Tab, each with a visible focus ring', async () => {
    const { page, context } = await h.newPage();
    await signInAs(page, h.base);
    await page.goto(`${h.base}/admin/groups`);
    await page.getByTestId('groups-table').waitFor({ timeout: 60_000 });
    await page.getByTestId('working-groups-table').waitFor();
    const groups = await keyboardReach(page);
    await page.goto(`${h.base}/admin/framework`);
    await page.locator('[data-testid="framework-tree"] > li').first().waitFor({ timeout: 60_000 });
    const framework = await keyboardReach(page);
    expect(groups.controls).toBeGreaterThan(10);
    expect(framework.controls).toBeGreaterThan(20);
    expect({ groups: [groups.missed, groups.unringed], framework: [framework.missed, framework.unringed] }).toEqual({ groups: [[], []], framework: [[], []] });
    await context.close();
  });
});

describe('accessibility', () => {
  for (const language of ['English', 'Français', 'العربية'] as const) {
    it(`passes axe on the groups and framework pages in ${language}, each with a form showing its errors`, async () => {
      const { page, context } = await h.newPage();
      await signInAs(page, h.base);
      if (language !== 'English') await switchLanguage(page, language);
      const report: Record<string, unknown> = {};

      await page.goto(`${h.base}/admin/groups`);
      await page.getByTestId('working-groups-table').waitFor({ timeout: 60_000 });
      await page.getByTestId('groups-table').waitFor();
      report.groups = await axeViolations(page);
      await page.locator('form[aria-labelledby="wg-editor"] button[type="submit"]').click();
      await page.locator('form[aria-labelledby="wg-editor"] [role="alert"]').waitFor();
      await expect.poll(() => page.locator('form[aria-labelledby="wg-editor"] [aria-invalid="true"]').count(), poll).toBeGreaterThan(1);
      report.groupsRefused = await axeViolations(page);

      await page.goto(`${h.base}/admin/framework`);
      const firstLineItem = page.locator('[data-testid="framework-tree"] > li').first();
      await firstLineItem.waitFor({ timeout: 60_000 });
      report.framework = await axeViolations(page);
      // The line's second button adds an objective under it.
      await firstLineItem.locator(':scope > div button').nth(1).click();
      await firstLineItem.locator('form button[type="submit"]').click();
      await firstLineItem.locator('form [role="alert"]').waitFor();
      report.frameworkRefused = await axeViolations(page);
      if (language === 'العربية') expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(report).toEqual({ groups: [], groupsRefused: [], framework: [], frameworkRefused: [] });
      await context.close();
    });
  }
});
