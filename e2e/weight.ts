// A page loaded as on a field connection (issue 9, item 9): Chromium's own network emulation
// through CDP — 400 kbit/s down and up, 400 ms latency, the cache disabled — on a fresh browser
// context holding only the session cookie. Counts the bytes on the wire (every response's
// encodedDataLength: headers and body as sent, compressed where the server compressed) and the
// time from the navigation's start until the page is usable. Used by e2e/weight.test.ts (which
// asserts the targets) and bench/weight.ts (which prints the figures for docs/PERFORMANCE.md).
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../server/seed/demo.ts';

export const FIELD = { latencyMs: 400, kbitPerSecond: 400 } as const;

export interface Load {
  /** Bytes received for the page, everything it fetched included (KB of 1,024 bytes). */
  kb: number;
  /** Milliseconds from the navigation's start until `usable` resolved. */
  ms: number;
  requests: number;
  /** The five largest responses: path and KB, to show where the weight is. */
  largest: { path: string; kb: number; encoding: string }[];
  /** Each response: path, and when it started and finished (ms after the navigation's start): the waterfall. */
  timeline: string[];
  /** Each response's path with its content-encoding and cache-control, as the browser got them. */
  headers: { path: string; encoding: string; cache: string }[];
}

/** Signs in through the API (no page load) and returns a context holding the session cookie. */
async function signedInContext(browser: Browser, base: string, email: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB', reducedMotion: 'reduce' });
  const res = await context.request.post(`${base}/api/auth/sign-in`, { data: { email, password: DEMO_PASSWORD } });
  if (!res.ok()) throw new Error(`sign-in of ${email} failed: ${res.status()} ${await res.text()}`);
  // The language the page starts in, as a returning reader would have it (WEIGHT_LANG=fr|ar to
  // measure another): stored by the app, and in the cookie it sets beside, from which the server
  // serves the page in that language (web/opening-pages.ts).
  await context.addInitScript((lang) => {
    if (!localStorage.getItem('entente.language')) localStorage.setItem('entente.language', lang);
  }, WEIGHT_LANG);
  await context.addCookies([{ name: 'entente-lang', value: WEIGHT_LANG, url: base }]);
  return context;
}

/**
 * Opens `path` cold on the emulated field connection and waits for `usable(page)`; `budgetMs`
 * bounds the wait (a page past it fails the measurement with its figures so far).
 */
export async function loadOnFieldConnection(
  browser: Browser,
  base: string,
  path: string,
  usable: (page: Page, timeout: number) => Promise<void>,
  { email = 'admin@secretariat.demo', budgetMs = 120_000 } = {},
): Promise<Load> {
  const context = await signedInContext(browser, base, email);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const bytesPerSecond = (FIELD.kbitPerSecond * 1000) / 8;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: FIELD.latencyMs,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
    const urls = new Map<string, { path: string; encoding: string; cache: string }>();
    const sizes = new Map<string, number>();
    const times = new Map<string, [number, number]>();
    const started = Date.now();
    cdp.on('Network.requestWillBeSent', (e) => times.set(e.requestId, [Date.now() - started, 0]));
    cdp.on('Network.responseReceived', (e) => {
      const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
      urls.set(e.requestId, { path: new URL(e.response.url).pathname, encoding: headers['content-encoding'] ?? '', cache: headers['cache-control'] ?? '' });
    });
    cdp.on('Network.loadingFinished', (e) => {
      sizes.set(e.requestId, e.encodedDataLength);
      const t = times.get(e.requestId);
      if (t) t[1] = Date.now() - started;
    });
    await page.goto(`${base}${path}`, { waitUntil: 'commit', timeout: budgetMs });
    await usable(page, Math.max(1, budgetMs - (Date.now() - started)));
    const ms = Date.now() - started;
    // The page's weight is all it loads, not only what had arrived when it became usable: the
    // answers still coming then (the coverage map's places) are counted once they are in.
    await page.waitForLoadState('networkidle', { timeout: budgetMs });
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    const largest = [...sizes]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([id, bytes]) => ({ path: urls.get(id)?.path ?? id, kb: Math.round(bytes / 102.4) / 10, encoding: urls.get(id)?.encoding ?? '' }));
    const timeline = [...times].sort((a, b) => a[1][0] - b[1][0]).map(([id, [from, to]]) => `${urls.get(id)?.path ?? id} ${from}–${to}`);
    return { kb: Math.round(total / 102.4) / 10, ms, requests: sizes.size, largest, timeline, headers: [...urls.values()] };
  } finally {
    await context.close();
  }
}

/** The language the pages are opened in: English unless WEIGHT_LANG says otherwise (en, fr or ar). */
const WEIGHT_LANG = ((lang) => {
  if (!['en', 'fr', 'ar'].includes(lang)) throw new Error(`WEIGHT_LANG must be en, fr or ar, not ${lang}`);
  return lang as 'en' | 'fr' | 'ar';
})(process.env.WEIGHT_LANG ?? 'en');
/** The two pages' headings in that language. */
const HEADINGS = {
  en: { home: 'Home', coverage: 'Coverage and gaps' },
  fr: { home: 'Accueil', coverage: 'Couverture et lacunes' },
  ar: { home: 'الرئيسية', coverage: 'التغطية والفجوات' },
}[WEIGHT_LANG];

/** The signed-in home: its main heading visible, and the page answering a click on its menu. */
export async function homeUsable(page: Page, timeout: number) {
  await page.getByRole('heading', { level: 2, name: HEADINGS.home }).waitFor({ timeout });
  // Interactive: the main thread is free to run a task (a busy one would delay this evaluate).
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

/** The coverage page: its heatmap and its map both drawn (each chart's canvas has coloured pixels). */
export async function coverageChartsDrawn(page: Page, timeout: number) {
  await page.getByRole('heading', { level: 2, name: HEADINGS.coverage }).waitFor({ timeout });
  await page.waitForFunction(
    () => {
      const canvases = [...document.querySelectorAll<HTMLCanvasElement>('#main [role="img"] canvas')];
      if (canvases.length < 2) return false;
      return canvases.every((c) => {
        const ctx = c.getContext('2d');
        if (!ctx || c.width === 0) return false;
        const data = ctx.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < data.length; i += 4 * 97) if (data[i]! > 0) return true;
        return false;
      });
    },
    undefined,
    { timeout, polling: 100 },
  );
}
