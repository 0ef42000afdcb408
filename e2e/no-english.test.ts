// No English in the French and Arabic renderings of any page (issue 9, item 8's acceptance),
// apart from data that has no translation. Every page route of web/src/App.tsx is opened
// (with a real id, from the demo or made through the API) in English, French and Arabic.
// From each rendering come the texts a reader reads: the visible text nodes (and those kept
// for screen readers), the attributes read out or shown (aria-label, title, placeholder,
// alt…) and the document's title. What the API answered while the page loaded is data:
// every string in its JSON. A string of the English rendering that is not data is a UI
// string; it must appear in neither the French nor the Arabic rendering. In Arabic, moreover,
// no Latin word is left once the data and the names written the same in every language are
// taken out. A route with no id to open it fails the test, so a new page cannot slip past.
//
// The same walk runs axe with the WCAG 2.2 AA tags (issue 9's acceptance) on each page and
// language: as loaded; with each menu open, one at a time (what has aria-haspopup: selects,
// comboboxes, menus, popovers; the header's once, as it is the same everywhere); and with each
// form of the page submitted with its fields emptied, so its errors show. A failure names the
// page (the test), the language and state, and each rule with its nodes.
// One tab per language for the whole walk, the three languages side by side, and a page is
// read once it is still (no request, spinner or transition) rather than after network idleness.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.ts';
import { signIn } from '../server/test/app.ts';
import { type Harness, WCAG_AA, axeViolations, injectAxe, signInAs, startHarness } from './harness.ts';

let h: Harness;
const LANGS = ['en', 'fr', 'ar'] as const;
type Lang = (typeof LANGS)[number];
const ids: Record<string, string> = {};

/** Written the same in every language: the app's name, the languages' own names, names of formats and keys (acronyms and code are taken out by wordsLeft). */
const SAME_EVERYWHERE = new Set(['Entente', 'English', 'Français', 'العربية', 'Markdown', 'P-code', 'Enter', 'Tab', 'https']);
/** English UI words that are also French words, letter for letter (so French may show them). */
const SAME_IN_FRENCH = new Set(
  'contribution contributions document documents description type types date dates organisation organisations total note notes source sources action actions transaction transactions budget question questions code codes format formats minutes agenda audit message messages options page pages session sessions position positions distribution coordination participants consensus communiqué article articles simple'.split(
    ' ',
  ),
);

/** The page routes of App.tsx, read from it: a page added later is checked too. */
const routes = [...readFileSync(resolve(import.meta.dirname, '../web/src/App.tsx'), 'utf8').matchAll(/<Route path="([^"]+)" element={<(\w+)/g)]
  .filter((m) => m[1] !== '*' && m[2] !== 'Navigate')
  .map((m) => m[1]!);

/** The address of a route with its parameters filled from `ids` (key: the route's first segment and the parameter), or null when one has no id. */
function addressOf(route: string): string | null {
  const first = route.split('/')[1]!;
  let missing = false;
  const path = route.replace(/:(\w+)/g, (_, name: string) => {
    const id = ids[`${first}:${name}`];
    if (!id) missing = true;
    return id ?? '';
  });
  return missing ? null : path;
}

const normal = (s: string) =>
  s
    .replace(/[\u2066-\u2069\u200e\u200f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Every string in a JSON answer. */
function stringsOf(value: unknown, into: Set<string>) {
  if (typeof value === 'string') into.add(normal(value));
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, into);
}

interface Rendering {
  lang: string;
  texts: string[];
  data: Set<string>;
  errors: string[];
}

/** A violation as a CI log should show it: the rule, what it asks, and where. */
type Found = string[];
/** One tab per language, kept for the whole walk: what it loads, what it answers, what it changes. */
interface Tab {
  lang: Lang;
  page: Page;
  /** Requests not answered yet (an event stream never is, so none is counted). */
  inflight: Set<Request>;
  /** The strings of the API's JSON answers since the current route was opened. */
  data: Set<string>;
  pending: Promise<void>[];
  errors: string[];
  /** Writes (not GET) the API answered with a success since the current form was submitted. */
  accepted: string[];
  /** The menus checked open in this language, by their markup. */
  menusSeen: Set<string>;
}
const tabs = {} as Record<Lang, Tab>;
/** What the walk did, for the log: page states, menus opened (and checked), forms submitted and those that showed an error. */
const walked = { pages: 0, menus: 0, menusChecked: 0, forms: 0, formsInError: 0, formsWithoutError: [] as string[], seconds: { load: 0, pageAxe: 0, menus: 0, forms: 0 } };

async function openTab(lang: Lang, context: BrowserContext): Promise<Tab> {
  const page = await context.newPage();
  const tab: Tab = { lang, page, inflight: new Set(), data: new Set(), pending: [], errors: [], accepted: [], menusSeen: new Set() };
  page.on('pageerror', (e) => tab.errors.push(e.message));
  // Leaving a form the walk changed: the browser asks first (useLeaveGuard); the walk leaves.
  page.on('dialog', (d) => void d.accept().catch(() => undefined));
  page.on('request', (r) => {
    if (!['eventsource', 'websocket'].includes(r.resourceType())) tab.inflight.add(r);
  });
  page.on('requestfinished', (r) => tab.inflight.delete(r));
  page.on('requestfailed', (r) => tab.inflight.delete(r));
  page.on('response', (res) => {
    if (!new URL(res.url()).pathname.startsWith('/api/')) return;
    const method = res.request().method();
    if (method !== 'GET' && res.status() < 300) tab.accepted.push(`${method} ${new URL(res.url()).pathname} ${res.status()}`);
    if (!(res.headers()['content-type'] ?? '').includes('json')) return;
    const into = tab.data;
    tab.pending.push(
      res
        .json()
        .then((body) => stringsOf(body, into))
        .catch(() => undefined),
    );
  });
  return tab;
}

/**
 * Waits until the page is still: no request unanswered, no spinner (a lazy page, a query, a
 * button saving), no dropdown moving, for three looks in a row. Quicker than the network's
 * idleness, which waits half a second after the last request each time.
 */
async function settle(tab: Tab, what: string) {
  const deadline = Date.now() + 30_000;
  for (let still = 0; still < 3; ) {
    if (Date.now() > deadline) throw new Error(`${tab.lang} ${what}: still loading after 30 s (${[...tab.inflight].map((r) => r.url()).join(', ')})`);
    await new Promise((r) => setTimeout(r, 40));
    const busy =
      tab.inflight.size > 0 ||
      (await tab.page.evaluate(
        () =>
          !document.getElementById('main') ||
          document.querySelector('.mantine-Loader-root') !== null ||
          // A dropdown opening or closing (Mantine's transitions do not follow reduced motion): axe would read its colours half-faded.
          document.getAnimations().some((a) => a.playState === 'running' && !(a instanceof CSSAnimation && a.effect?.getComputedTiming().iterations === Number.POSITIVE_INFINITY)),
      ));
    still = busy ? 0 : still + 1;
  }
}

/** axe's violations, each as one line: "rule (help): node | node". */
const linesOf = (violations: Awaited<ReturnType<typeof axeViolations>>): Found => violations.map((v) => `${v.id} (${v.help}): ${v.nodes.join(' | ')}`);

/** The texts a reader reads on the page: visible text nodes, the attributes read out or shown, the title. */
async function textsOf(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [document.title];
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: false } as CheckVisibilityOptions);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName) || !shown(parent)) continue;
      if (n.textContent?.trim()) out.push(n.textContent);
    }
    for (const el of document.body.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt], [aria-description], [aria-roledescription], input[type=submit], input[type=button]',
    )) {
      if (!shown(el) && !el.closest('[aria-hidden="false"]') && getComputedStyle(el).display === 'none') continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
      if (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'button')) out.push(el.value);
    }
    return { texts: out, htmlLang: document.documentElement.lang };
  });
}

/**
 * Opens each menu under `scope` one at a time (what has aria-haspopup: Mantine's Select,
 * Combobox, Menu and Popover targets), runs axe on it open (its button and its dropdown), and
 * closes it with Escape. Nothing in a menu is chosen. It all runs in the page, in one go: a
 * round trip per step would cost more than axe on a dropdown. A menu with the markup of one
 * already checked in this language (a Role menu on each row, the organisations on many pages)
 * is opened but not checked again.
 */
async function walkMenus(tab: Tab, route: string, scope: string, report: Record<string, Found>) {
  const { page } = tab;
  await injectAxe(page);
  const result = await page.evaluate(
    async ({ scope, tags, seen }) => {
      // biome-ignore lint/suspicious/noExplicitAny: axe-core's global, put there by injectAxe
      const axe = (window as any).axe;
      const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
      /** Still: no spinner and no transition running (Mantine's do not follow reduced motion), three looks in a row. */
      const still = async () => {
        const until = performance.now() + 10_000;
        for (let quiet = 0; quiet < 3 && performance.now() < until; ) {
          await wait(30);
          const busy =
            document.querySelector('.mantine-Loader-root') ||
            document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY);
          quiet = busy ? 0 : quiet + 1;
        }
      };
      const nameOf = (el: Element) => {
        const byId = (ids: string | null) =>
          (ids ?? '')
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ');
        const label = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : undefined;
        return (el.getAttribute('aria-label') || byId(el.getAttribute('aria-labelledby')) || label || el.textContent || el.getAttribute('placeholder') || el.tagName)
          .replace(/\s+/g, ' ')
          .trim();
      };
      const dropdownOf = (el: Element) => {
        const id = el.getAttribute('aria-controls');
        const dropdown = id ? document.getElementById(id) : null;
        // Open: what it controls is shown (Mantine's Select sets aria-controls while open, and no aria-expanded).
        return el.getAttribute('aria-expanded') !== 'false' && dropdown?.checkVisibility() ? dropdown : null;
      };
      // What axe would read: the markup of the button and the dropdown, less what differs between
      // copies of one menu (ids, positions, the button's own name, checked with the page already).
      const bare = (html: string) => html.replace(/\s(id|style|value|aria-(label|labelledby|describedby|controls|activedescendant))="[^"]*"/g, '');
      const hash = (text: string) => {
        let h = 0x811c9dc5;
        for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
        return `${(h >>> 0).toString(36)}.${text.length}`;
      };
      const triggers = [...document.querySelectorAll<HTMLElement>(`${scope} [aria-haspopup]`)].filter(
        (el) => el.checkVisibility() && !el.matches(':disabled, [aria-disabled="true"], [data-disabled]'),
      );
      const found: { name: string; violations: { id: string; help: string; nodes: string[] }[] }[] = [];
      const seenNow: string[] = [];
      let opened = 0;
      for (const el of triggers) {
        el.focus();
        el.click();
        await still();
        const dropdown = dropdownOf(el);
        if (dropdown) {
          opened++;
          // The dropdown, or the box around a listbox (a Select's dropdown holds the options' list).
          const box = dropdown.closest('[class*="-dropdown"]') ?? dropdown;
          const markup = hash(bare((el.cloneNode(false) as Element).outerHTML) + bare(box.outerHTML));
          if (!seen.includes(markup) && !seenNow.includes(markup)) {
            seenNow.push(markup);
            const r = await axe.run({ include: [el, box] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], preload: false });
            found.push({
              name: nameOf(el),
              violations: r.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => ({
                id: v.id,
                help: v.help,
                nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
              })),
            });
          }
        }
        // Escape closes it (from where the focus went: the field, or the menu's first item).
        (document.activeElement ?? el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }));
        await still();
        // A menu that keeps the focus on its button and hears Escape in its dropdown: its button closes it.
        if (dropdownOf(el)) {
          el.click();
          await still();
        }
        if (dropdownOf(el)) found.push({ name: nameOf(el), violations: [{ id: 'stays-open', help: 'neither Escape nor its button closed it', nodes: [] }] });
      }
      return { found, seenNow, opened, count: triggers.length };
    },
    { scope, tags: WCAG_AA, seen: [...tab.menusSeen] },
  );
  for (const m of result.seenNow) tab.menusSeen.add(m);
  walked.menus += result.opened;
  walked.menusChecked += result.seenNow.length;
  for (const { name, violations } of result.found) report[`${tab.lang} · menu "${name}"`] = [...(report[`${tab.lang} · menu "${name}"`] ?? []), ...linesOf(violations)];
  if (result.count) await settle(tab, `${route} menus closed`);
}

/** At a phone's width, the navigation opens from the header's menu button: axe runs on it open, and Escape closes it. */
async function walkPhoneMenu(tab: Tab, route: string, report: Record<string, Found>) {
  const { page } = tab;
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  const burger = page.locator('header button.mantine-Burger-root');
  await burger.click({ timeout: 10_000 });
  await expect.poll(() => burger.getAttribute('aria-expanded')).toBe('true');
  await settle(tab, `${route} phone menu`);
  walked.menus++;
  walked.menusChecked++;
  report[`${tab.lang} · phone navigation open`] = linesOf(await axeViolations(page, ['header', 'nav']));
  await page.keyboard.press('Escape');
  await expect.poll(() => burger.getAttribute('aria-expanded')).toBe('false');
  await page.setViewportSize(size);
  await settle(tab, `${route} phone menu closed`);
}

/**
 * Submits each form of the page with its text fields emptied, so its errors show, and runs
 * axe on the form then (with a dialog or a notice it opened). A form must refuse: one the API
 * accepted empty is reported, to be given an invalid value here instead.
 */
async function walkForms(tab: Tab, route: string, report: Record<string, Found>) {
  const { page } = tab;
  const forms = await page.evaluate(() =>
    [...document.querySelectorAll('#main form')]
      .filter((f) => f.checkVisibility() && f.querySelector('button[type=submit]:not(:disabled)'))
      .map((f, i) => {
        f.setAttribute('data-walk-form', String(i));
        const submit = f.querySelector('button[type=submit]:not(:disabled)')!;
        return (f.getAttribute('aria-label') || f.getAttribute('data-testid') || submit.textContent || '').replace(/\s+/g, ' ').trim();
      }),
  );
  for (const [i, name] of forms.entries()) {
    const state = `form "${name}" refused`;
    const form = `[data-walk-form="${i}"]`;
    if (!(await page.locator(form).count())) continue;
    // Empty every field one types in (as a person would, so React hears it), not the choices.
    await page.locator(form).evaluate((f) => {
      const fields = f.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        'input:not([type=hidden], [type=checkbox], [type=radio], [type=file], [readonly], :disabled, [aria-haspopup]), textarea:not([readonly], :disabled)',
      );
      for (const field of fields) {
        if (!field.value || !field.checkVisibility()) continue;
        const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!;
        setter.call(field, '');
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    tab.accepted = [];
    await page.locator(`${form} button[type=submit]:not(:disabled)`).first().click({ timeout: 10_000 });
    await settle(tab, `${route} ${state}`);
    walked.forms++;
    const shown = await page.evaluate((form) => {
      const f = document.querySelector(form);
      const errorShown = !!f?.querySelector('[aria-invalid="true"], [role="alert"]') || !!document.querySelector('[role="alertdialog"], [role="dialog"]');
      const also = ['[role="dialog"]', '[role="alertdialog"]', '.mantine-Notifications-root'].filter((s) => document.querySelector(s));
      return { errorShown, scope: f ? [form, ...also] : undefined };
    }, form);
    if (shown.errorShown) walked.formsInError++;
    else walked.formsWithoutError.push(`${tab.lang} ${route} ${name}`);
    const found = linesOf(await axeViolations(page, shown.scope));
    if (tab.accepted.length) found.push(`saved empty (${tab.accepted.join(', ')}): give it an invalid value in the walk`);
    report[`${tab.lang} · ${state}`] = found;
  }
}

/**
 * Opens `path` in a language's tab and reads it (texts, data, errors), then runs axe on it as
 * loaded, with each of its menus open (and the header's, once), and with each form refused.
 */
async function visit(lang: Lang, route: string, path: string, report: Record<string, Found>): Promise<Rendering> {
  const tab = tabs[lang];
  const { page } = tab;
  tab.data = new Set();
  tab.pending = [];
  tab.errors = [];
  let t = performance.now();
  /** Adds the time since the last step to `step`'s total, for the log. */
  const took = (step: keyof typeof walked.seconds) => {
    const now = performance.now();
    walked.seconds[step] = Math.round((walked.seconds[step] + (now - t) / 1000) * 10) / 10;
    t = now;
  };
  await page.goto(`${h.base}${path}`);
  await page.locator('#main').waitFor({ state: 'attached', timeout: 30_000 });
  await settle(tab, route);
  await Promise.all(tab.pending);
  const { texts, htmlLang } = await textsOf(page);
  const rendering: Rendering = { lang: htmlLang, texts: [...new Set(texts.map(normal))], data: tab.data, errors: tab.errors };
  took('load');

  walked.pages++;
  report[`${lang} · page`] = linesOf(await axeViolations(page));
  took('pageAxe');
  // The header is the same on every page: its menus are opened on the first page only.
  if (!headerWalked.has(lang)) {
    headerWalked.add(lang);
    await walkMenus(tab, route, 'header', report);
    await walkPhoneMenu(tab, route, report);
  }
  await walkMenus(tab, route, '#main', report);
  took('menus');
  await walkForms(tab, route, report);
  took('forms');
  // The drafts of forms the walk emptied are not kept for the next page.
  await page.evaluate(() => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('entente.draft:')) sessionStorage.removeItem(key);
  });
  return rendering;
}
const headerWalked = new Set<Lang>();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `s` without `part` where it stands as a whole (not inside a longer word). */
const without = (s: string, part: string) => (s.includes(part) ? s.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(part)}(?![\\p{L}\\p{N}])`, 'gu'), ' ') : s);

/** What the API answered while a page loaded: its strings, and its long texts (a text may show a part of one, as Markdown does). */
interface Data {
  strings: Set<string>;
  long: string[];
}
const dataOf = (...renderings: Rendering[]): Data => {
  const strings = new Set(renderings.flatMap((r) => [...r.data]));
  return { strings, long: [...strings].filter((s) => s.length > 60) };
};

/**
 * What is left of a string once the data in it, the names written the same everywhere and
 * what reads as code (an identifier, a file name, a number) are taken out.
 */
function wordsLeft(s: string, data: Data): string {
  // A part of a long text (a heading, a paragraph of Markdown) as a whole: its words, not a word inside one.
  if (data.strings.has(s) || data.long.some((t) => without(t, s) !== t)) return '';
  let rest = s;
  // Longest first, so a long name goes before a word inside it.
  for (const d of [...data.strings].filter((d) => d.length >= 2 && s.includes(d)).sort((a, b) => b.length - a.length)) rest = without(rest, d);
  for (const w of SAME_EVERYWHERE) rest = without(rest, w);
  // Acronyms (ISO, HXL, TLP:AMBER) and code (contribution.create, base_currency, FREQ=MONTHLY, .ics, 2015) are written alike in every language.
  return rest.replace(/[\w-]*[._=;:/\d][\w.=;:/-]*/g, ' ').replace(/(?<![\p{L}])[A-Z]{2,}(?![\p{L}])/gu, ' ');
}

/** The UI strings of the English rendering: those with English words left once the data is taken out. */
const uiStrings = (en: Rendering, data: Data) => new Set(en.texts.filter((s) => /[A-Za-z]{2,}/.test(wordsLeft(s, data))));

/** What a French or Arabic rendering shows of the English UI. */
function englishIn(en: Rendering, other: Rendering, lang: 'fr' | 'ar'): string[] {
  const data = dataOf(en, other);
  const ui = uiStrings(en, data);
  const frenchToo = (s: string) => (wordsLeft(s, data).match(/[\p{L}']{2,}/gu) ?? []).every((w) => SAME_IN_FRENCH.has(w.toLowerCase()));
  const found = other.texts.filter((s) => ui.has(s) && !(lang === 'fr' && frenchToo(s)));
  // In Arabic, an English sentence that is not word for word the English page's (another number in it, another name) shows too.
  if (lang === 'ar')
    for (const s of other.texts) {
      const left = wordsLeft(s, data);
      const latin = (left.match(/[A-Za-z]/g) ?? []).length;
      if (!ui.has(s) && /[A-Za-z]{3,}/.test(left) && latin > (left.match(/\p{Script=Arabic}/gu) ?? []).length) found.push(s);
    }
  return found;
}

beforeAll(async () => {
  h = await startHarness();
  const db = h.app.db;
  const org = async (name: string) => (await db.selectFrom('organisation').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const first = async <T extends { id: string }>(q: Promise<T | undefined>) => (await q)?.id;
  // A fund with a window, a project and a deposit, made through the API by its administrative agent (the demo holds none).
  const aa = await signIn(h.app.app, 'focal@undp.demo', DEMO_PASSWORD);
  const api = async (method: 'POST' | 'PUT', url: string, payload: unknown, headers: Record<string, string> = {}) => {
    const res = await aa.inject({ method, url, payload: payload as Record<string, unknown>, headers });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const fund = await api('POST', '/api/funds', {
    name: 'Stabilisation Fund',
    baseCurrency: 'USD',
    administrativeAgentOrgId: await org('United Nations Development Programme'),
    aaFeeBp: 100,
    launchedOn: '2015-05-15',
    sharing: { marking: 'GREEN' },
  });
  const window = await api('POST', `/api/funds/${fund.id}/windows`, { code: 'W1', name: 'Public works', sectors: ['14030'] });
  const project = await api('POST', `/api/funds/${fund.id}/projects`, {
    windowId: window.id,
    partnerOrgId: await org('Iraq'),
    title: 'Water network, Tikrit',
    budget: { amountMinor: 2_000_000_00, currency: 'USD' },
  });
  const uk = await org('United Kingdom');
  const meeting = await db.selectFrom('meeting').select(['id', 'series_id']).orderBy('starts_at').executeTakeFirstOrThrow();
  Object.assign(ids, {
    'members:id': uk,
    'contributions:id': await first(db.selectFrom('contribution').select('id').where('marking', 'in', ['GREEN', 'CLEAR']).orderBy('created_at').executeTakeFirst()),
    'needs:id': await first(db.selectFrom('need').select('id').where('marking', 'in', ['GREEN', 'CLEAR']).orderBy('created_at').executeTakeFirst()),
    'documents:id': await first(db.selectFrom('document').select('id').where('marking', '=', 'CLEAR').orderBy('created_at').executeTakeFirst()),
    'import:kind': 'contributions',
    'funds:id': fund.id,
    'funds:donorId': uk,
    'funds:projectId': project.id,
    'meetings:id': meeting.id,
    'meeting-series:id': meeting.series_id,
    'indicators:id': await first(db.selectFrom('indicator').select('id').orderBy('code').executeTakeFirst()),
  });
  // One sign-in (the secretariat's administrator: every page, admin ones too), one context per language.
  const { page, context } = await h.newPage();
  await signInAs(page, h.base);
  const storageState = await context.storageState();
  await context.close();
  for (const lang of LANGS) {
    const context = await h.browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce', storageState, locale: lang === 'en' ? 'en-GB' : lang });
    await context.addInitScript((l) => localStorage.setItem('entente.language', l), lang);
    tabs[lang] = await openTab(lang, context);
  }
}, 180_000);
afterAll(async () => {
  console.log('axe walk:', JSON.stringify(walked));
  await h?.close();
});

describe('every page in English, French and Arabic: no English left, axe finds nothing', () => {
  it('reads every page route of App.tsx', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes).toContain('/coverage');
  });

  it.each(routes)('%s', async (route) => {
    const path = addressOf(route);
    expect(path, `no id to open ${route}: add one to the test's ids`).not.toBeNull();
    // The three languages side by side, each in its own tab.
    const report: Record<string, Found> = {};
    const [en, fr, ar] = await Promise.all(LANGS.map((lang) => visit(lang, route, path!, report)));
    // Each rendering is in its language, without errors, and the English one has UI to compare with.
    expect([en.lang, fr.lang, ar.lang]).toEqual(['en', 'fr', 'ar']);
    expect([...en.errors, ...fr.errors, ...ar.errors]).toEqual([]);
    expect(uiStrings(en, dataOf(en, fr, ar)).size, `${route}: no English UI found: the page did not render`).toBeGreaterThan(3);
    expect.soft({ fr: englishIn(en, fr, 'fr'), ar: englishIn(en, ar, 'ar') }, `${route}: English left in French or Arabic`).toEqual({ fr: [], ar: [] });
    // axe (WCAG 2.2 AA) as loaded, with each menu open and each form refused, in each language: only what it found.
    const found = Object.fromEntries(Object.entries(report).filter(([, v]) => v.length));
    expect.soft(found, `${route}: axe WCAG 2.2 AA violations (language · state: rule (help): nodes)`).toEqual({});
  });
});
