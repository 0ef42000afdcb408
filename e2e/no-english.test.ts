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
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.ts';
import { signIn } from '../server/test/app.ts';
import { type Harness, signInAs, startHarness } from './harness.ts';

let h: Harness;
const LANGS = ['en', 'fr', 'ar'] as const;
type Lang = (typeof LANGS)[number];
const contexts = {} as Record<Lang, BrowserContext>;
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

async function render(lang: Lang, path: string): Promise<Rendering> {
  const page: Page = await contexts[lang].newPage();
  const data = new Set<string>();
  const errors: string[] = [];
  const pending: Promise<void>[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (res) => {
    if (!new URL(res.url()).pathname.startsWith('/api/') || !(res.headers()['content-type'] ?? '').includes('json')) return;
    pending.push(
      res
        .json()
        .then((body) => stringsOf(body, data))
        .catch(() => undefined),
    );
  });
  await page.goto(`${h.base}${path}`);
  await page.locator('#main').waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  // Loaded: no spinner left (a lazy page, a query still answering).
  await expect.poll(() => page.locator('.mantine-Loader-root').count(), { timeout: 20_000 }).toBe(0);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const { texts, htmlLang } = await page.evaluate(() => {
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
  await page.close();
  return {
    lang: htmlLang,
    texts: [
      ...new Set(
        texts.map((t) =>
          t
            .replace(/[\u2066-\u2069\u200e\u200f]/g, '')
            .replace(/\s+/g, ' ')
            .trim(),
        ),
      ),
    ],
    data,
    errors,
  };
}

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
    contexts[lang] = await h.browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce', storageState, locale: lang === 'en' ? 'en-GB' : lang });
    await contexts[lang].addInitScript((l) => localStorage.setItem('entente.language', l), lang);
  }
}, 180_000);
afterAll(async () => h?.close());

describe('no English in French and Arabic', () => {
  it('reads every page route of App.tsx', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes).toContain('/coverage');
  });

  it.each(routes)('%s', async (route) => {
    const path = addressOf(route);
    expect(path, `no id to open ${route}: add one to the test's ids`).not.toBeNull();
    const [en, fr, ar] = [await render('en', path!), await render('fr', path!), await render('ar', path!)];
    // Each rendering is in its language, without errors, and the English one has UI to compare with.
    expect([en.lang, fr.lang, ar.lang]).toEqual(['en', 'fr', 'ar']);
    expect([...en.errors, ...fr.errors, ...ar.errors]).toEqual([]);
    expect(uiStrings(en, dataOf(en, fr, ar)).size, `${route}: no English UI found: the page did not render`).toBeGreaterThan(3);
    expect({ fr: englishIn(en, fr, 'fr'), ar: englishIn(en, ar, 'ar') }).toEqual({ fr: [], ar: [] });
  });
});
