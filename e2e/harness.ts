// The real app (built web app, demo data, a fresh database) on a loopback port, and
// the system Chromium driven by playwright-core.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
}
