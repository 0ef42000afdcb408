// The real app (built web app, demo data, a fresh database) on a loopback port, and
// the system Chromium driven by playwright-core.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { WEB_DIST } from '../server/infra/web.ts';
import { DEMO_PASSWORD, loadDemo } from '../server/seed/demo.ts';
import { type TestApp, buildTestApp } from '../server/test/app.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  base: string;
  browser: Browser;
  app: TestApp;
  newPage: (opts?: { locale?: string }) => Promise<{ page: Page; context: BrowserContext }>;
  close: () => Promise<void>;
}

/** `build` gives the app (buildTestApp unless a test needs more modules); the demo is loaded into it. */
export async function startHarness(build: () => Promise<TestApp> = () => buildTestApp()): Promise<Harness> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` first (npm test does)');
  const app = await build();
  await loadDemo(app.db, resolve(import.meta.dirname, '../server/seed/coalition-2015.json'));
  await app.app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.app.server.address();
  const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const profile = mkdtempSync(join(tmpdir(), 'entente-chromium-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${profile}`,
    ].filter((a) => !a.startsWith('--user-data-dir')),
  });
  return {
    base,
    browser,
    app,
    newPage: async ({ locale = 'en-GB' } = {}) => {
      // A laptop's width; reduced motion so that axe reads colours after, not during, transitions.
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale, reducedMotion: 'reduce' });
      const page = await context.newPage();
      page.on('pageerror', (err) => {
        throw err;
      });
      return { page, context };
    },
    close: async () => {
      await browser.close();
      await app.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function signInAs(page: Page, base: string, email = 'admin@secretariat.demo') {
  await page.goto(`${base}/members`);
  await page.getByLabel(/E-mail address/).fill(email);
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Members' }).waitFor();
}

export async function switchLanguage(page: Page, label: 'English' | 'Français' | 'العربية') {
  await page.getByTestId('language-select').click();
  await page.getByRole('option', { name: label }).click();
  // French and Arabic words are fetched when first chosen; the page changes language once they are in.
  const code = { English: 'en', Français: 'fr', العربية: 'ar' }[label];
  await page.waitForFunction((lang) => document.documentElement.lang === lang, code);
  // …and has rendered in it: the list shows the language's name once React has re-rendered.
  await page.waitForFunction((name) => (document.querySelector('[data-testid="language-select"]') as HTMLInputElement | null)?.value === name, label);
}

// ---- checks the pages' tests share

/** The tags of WCAG 2.2 AA: what issue 9's acceptance asks axe to find nothing against. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Waits until no transition or finite animation is running: Mantine's dropdowns fade in and out
 * whatever the reduced-motion setting, and axe run meanwhile reads their colours half-faded.
 */
export async function whenStill(page: Page) {
  await page.waitForFunction(
    () => !document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY),
    undefined,
    { timeout: 10_000 },
  );
}

/** Puts axe into the page's document (once per load): `window.axe`, for a test that runs it in the page. */
export async function injectAxe(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
}

/**
 * axe's WCAG 2.2 AA violations on the page, or only inside the elements `include` selects (an
 * open menu's dropdown, a form): each as "rule: help" with up to five of its nodes. axe is put
 * into the document once (not again on every run, as AxeBuilder does), and only violations are
 * collected, so a run costs what the rules cost. A run on a part of the page does not read
 * the style sheets first (they serve only rules about the whole document).
 */
export async function axeViolations(page: Page, include?: string[]): Promise<{ id: string; help: string; nodes: string[] }[]> {
  await injectAxe(page);
  return page.evaluate(
    async ({ include, tags }) => {
      // biome-ignore lint/suspicious/noExplicitAny: axe-core's global, put there above
      const axe = (window as any).axe;
      const result = await axe.run(include ? { include: include.map((s) => [s]) } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
        // The style sheets are read for the page's own rules (orientation lock), not for a part of it.
        preload: !include,
      });
      return result.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
      }));
    },
    { include, tags: WCAG_AA },
  );
}

/** Every key of a nested words object ('meetings.states.held'). */
export const keysOf = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

/**
 * The words of a module's pages: each language's keys, sorted (they should be the same), and
 * the keys `t('<prefix>.…')` the pages of web/src/scenes/<scenes> use that English lacks.
 */
export function wordsOf(words: Record<'en' | 'fr' | 'ar', object>, scenes: string, prefix: string) {
  const [en, fr, ar] = [words.en, words.fr, words.ar].map((w) => keysOf(w).sort()) as [string[], string[], string[]];
  const dir = resolve(import.meta.dirname, '../web/src/scenes', scenes);
  const used = readdirSync(dir)
    .filter((f) => f.endsWith('.tsx'))
    .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(new RegExp(`\\bt\\('(${prefix}\\.[A-Za-z0-9_.]+)'`, 'g'))].map((m) => m[1]!));
  return { en, fr, ar, used, missing: used.filter((k) => !en.includes(k)) };
}

/**
 * The weight of the built app (web/dist), gzipped at level 9: the shell (the entry's static
 * imports) and each scene matching `scenes` — its own chunks beyond the shell, with those it
 * loads on demand (charts, maps) — in KB.
 */
export function pageWeights(scenes: RegExp) {
  const dist = resolve(import.meta.dirname, '../web/dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` first');
  const asset = (name: string) => readFileSync(join(dist, 'assets', name));
  const gz = (names: Iterable<string>) => [...names].reduce((n, name) => n + gzipSync(asset(name), { level: 9 }).length, 0);
  /** The chunks a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), itself included. */
  const staticClosure = (entry: string, into = new Set<string>()): Set<string> => {
    if (into.has(entry)) return into;
    into.add(entry);
    for (const m of asset(entry)
      .toString('utf8')
      .matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
      staticClosure(m[1]!, into);
    return into;
  };
  /** The chunks a chunk loads on demand (`import("./x.js")`). */
  const dynamicImports = (chunk: string) =>
    [
      ...asset(chunk)
        .toString('utf8')
        .matchAll(/import\("\.\/([^"]+\.js)"\)/g),
    ].map((m) => m[1]!);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html)![1]!;
  const shell = staticClosure(entry);
  const found = readdirSync(join(dist, 'assets')).filter((f) => scenes.test(f));
  const pages = Object.fromEntries(
    found.map((scene) => {
      const own = staticClosure(scene);
      for (const lazy of dynamicImports(scene)) staticClosure(lazy, own);
      for (const chunk of shell) own.delete(chunk);
      return [scene.replace(/-.*$/, ''), Math.round(gz(own) / 1024)];
    }),
  );
  return { shellKb: gz(shell) / 1024, scenes: found, inShell: found.filter((s) => shell.has(s)), pages };
}
