// The page that opens the app (web/opening-pages.ts, server/infra/web.ts, ADR 0029): in the
// reader's language — the app's cookie first, then the browser's most wanted language — with its
// words preloaded, and at `/` and `/coverage` for a reader with a session with that page's code
// preloaded; and what the browser does with it: each preloaded file is fetched once, taken by
// the app rather than fetched again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/seed/demo.ts';
import { type Harness, signInAs, startHarness, switchLanguage } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** The page at `path` as the server sends it to a request with these headers. */
async function opening(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${h.base}${path}`, { headers: { 'accept-encoding': 'br', ...headers } });
  const html = await res.text();
  return {
    res,
    html,
    lang: /<html lang="([a-z]+)" dir="(ltr|rtl)">/.exec(html)?.slice(1, 3).join(' '),
    words: /<link rel="preload" href="(\/assets\/[a-z]+-[\w-]+\.json)"/.exec(html)?.[1],
    code: [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]!),
  };
}

async function sessionCookie() {
  const res = await fetch(`${h.base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@secretariat.demo', password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

describe('the opening page', () => {
  it("is in the browser's first language on a first visit, with that language's words preloaded", async () => {
    const en = await opening('/', { 'accept-language': 'en-GB,fr;q=0.8' });
    expect(en.lang).toBe('en ltr');
    expect(en.words).toBeUndefined();
    const fr = await opening('/coverage', { 'accept-language': 'fr-CA,en;q=0.5' });
    expect(fr.lang).toBe('fr ltr');
    expect(fr.words).toMatch(/^\/assets\/fr-/);
    // What is preloaded is there: the words as JSON, sent compressed and kept for good.
    const words = await fetch(`${h.base}${fr.words}`, { headers: { 'accept-encoding': 'br' } });
    expect(words.status).toBe(200);
    expect(words.headers.get('content-encoding')).toBe('br');
    expect(words.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Object.keys(await words.json()).length).toBeGreaterThan(5);
    // A built file carries the headers that act on it, not a document's (server/infra/security.ts); the page carries all.
    for (const res of [words, await fetch(`${h.base}/assets/no-such-file.js`)]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=/);
      expect(res.headers.get('content-security-policy')).toBeNull();
    }
    // A page's CSP runs only the app's own scripts, never framed; an API answer's is stricter (server/infra/security.ts).
    const pageCsp = String(fr.res.headers.get('content-security-policy'));
    expect(pageCsp).toContain("default-src 'self'");
    expect(pageCsp).toContain("script-src 'self'");
    expect(pageCsp).not.toContain('unsafe-eval');
    expect(pageCsp).toContain("frame-ancestors 'none'");
    expect(fr.res.headers.get('x-frame-options')).toBe('DENY');
    // The most wanted language, as weighed; a weight of 0 refuses one.
    expect((await opening('/', { 'accept-language': 'en;q=0.5, fr-FR;q=0.9' })).lang).toBe('fr ltr');
    expect((await opening('/', { 'accept-language': 'fr;q=0, ar' })).lang).toBe('ar rtl');
    // A language the app does not have comes first by its weight (the app would open in English: so does the page);
    // a weight above 1 does not exist.
    expect((await opening('/', { 'accept-language': 'fil-PH, ar;q=0.9' })).lang).toBe('en ltr');
    expect((await opening('/', { 'accept-language': 'arn, fr;q=0.9' })).lang).toBe('en ltr');
    expect((await opening('/', { 'accept-language': 'en, fr;q=1.5' })).lang).toBe('en ltr');
    // A malformed part (here one built to make a careless pattern backtrack) is passed over.
    expect((await opening('/', { 'accept-language': `fr${' '.repeat(7000)}x, ar;q=0.5` })).lang).toBe('ar rtl');
    // A language the app does not have, or no header: the fallback's page.
    expect((await opening('/', { 'accept-language': 'de-DE' })).lang).toBe('en ltr');
    expect((await opening('/')).lang).toBe('en ltr');
  });

  it("follows the app's cookie over the browser's language; a value it does not know stands for English", async () => {
    const ar = await opening('/members', { 'accept-language': 'fr', cookie: 'entente-lang=ar' });
    expect(ar.lang).toBe('ar rtl');
    expect(ar.words).toMatch(/^\/assets\/ar-/);
    expect((await opening('/', { 'accept-language': 'fr', cookie: 'entente-lang=en' })).lang).toBe('en ltr');
    const odd = await opening('/', { 'accept-language': 'fr', cookie: 'entente-lang=%3Cscript%3E' });
    expect(odd.lang).toBe('en ltr');
    expect(odd.html).not.toContain('script%3E');
    // Every page varies on what chose it, is revalidated on each visit, and comes compressed.
    expect(ar.res.headers.get('vary')).toBe('accept-encoding, accept-language, cookie');
    expect(ar.res.headers.get('cache-control')).toBe('no-cache');
    expect(ar.res.headers.get('content-encoding')).toBe('br');
    // No validators: two languages' pages may share a size and a time, and a revalidation must not swap them.
    expect(ar.res.headers.get('etag')).toBeNull();
    expect(ar.res.headers.get('last-modified')).toBeNull();
  });

  it("preloads a page's code only at / and /coverage and only for a reader with a session", async () => {
    expect((await opening('/')).code).toEqual([]);
    const cookie = await sessionCookie();
    const home = await opening('/', { cookie: `${cookie}; entente-lang=fr` });
    expect(home.lang).toBe('fr ltr');
    expect(home.words).toMatch(/^\/assets\/fr-/);
    expect(home.code.some((href) => /^\/assets\/HomeScene-[\w-]+\.js$/.test(href))).toBe(true);
    for (const href of home.code) {
      const res = await fetch(`${h.base}${href}`);
      expect(res.status, href).toBe(200);
      expect(res.headers.get('content-type'), href).toMatch(/javascript/);
    }
    expect((await opening('/members', { cookie })).code).toEqual([]);
    // The coverage page too, with its own code only (its charts' code is asked for by the app, after its own).
    const coverage = await opening('/coverage', { cookie });
    expect(coverage.lang).toBe('en ltr');
    expect(coverage.code.some((href) => /^\/assets\/CoverageScene-[\w-]+\.js$/.test(href))).toBe(true);
    expect(coverage.code.some((href) => /^\/assets\/(HomeScene|useEChart|HeatmapChart)-/.test(href))).toBe(false);
    for (const href of coverage.code) expect((await fetch(`${h.base}${href}`)).status, href).toBe(200);
    expect((await opening('/coverage')).code).toEqual([]);
    // Only those paths: not a query's variant of the path, nor a name from Object's prototype.
    for (const path of ['/coverage/', '/Coverage', '/home', '/constructor', '/__proto__', '/toString']) expect((await opening(path, { cookie })).code, path).toEqual([]);
    expect((await opening('/coverage?line=x', { cookie })).code.length).toBeGreaterThan(0);
  });

  it('in the browser: what is preloaded is taken by the app, each file fetched once, and the choice is kept in the cookie', async () => {
    const { page, context } = await h.newPage();
    try {
      await signInAs(page, h.base);
      await switchLanguage(page, 'Français');
      expect((await context.cookies()).find((c) => c.name === 'entente-lang')).toMatchObject({ value: 'fr', sameSite: 'Lax', httpOnly: false });

      // A fresh page (nothing in memory) at each page opened with its code preloaded: every file
      // its opening page preloads (the French words, the page's code) fetched once.
      const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      const fetchedOnOpening = async (path: string, shown: (page: Page) => Promise<void>) => {
        const preloaded = await opening(path, { cookie });
        expect(preloaded.words).toMatch(/^\/assets\/fr-/);
        expect(preloaded.code.length).toBeGreaterThan(1);
        const fetched: string[] = [];
        const opened = await context.newPage();
        opened.on('request', (req) => fetched.push(new URL(req.url()).pathname));
        await opened.goto(`${h.base}${path}`);
        await opened.locator('html[lang="fr"]').waitFor();
        await shown(opened);
        await opened.waitForLoadState('networkidle');
        for (const href of [preloaded.words!, ...preloaded.code])
          expect(
            fetched.filter((p) => p === href),
            href,
          ).toHaveLength(1);
        expect(fetched.filter((p) => p === '/api/auth/session')).toHaveLength(1);
        await opened.close();
      };
      await fetchedOnOpening('/', (page) => page.getByRole('heading', { level: 2, name: 'Accueil' }).waitFor());
      // The coverage page: its own code preloaded and taken; its charts drawn with the code the app asks for after.
      await fetchedOnOpening('/coverage', async (page) => {
        await page.getByRole('heading', { level: 2, name: 'Couverture et lacunes' }).waitFor();
        await page.locator('canvas').first().waitFor();
      });
    } finally {
      await context.close();
    }
  });
});
