// Prints a self-contained HTML document to PDF — or draws it as a PNG — with Chromium (playwright-core), for any module:
// nothing here knows what is printed. One browser is launched on first use and kept warm; each
// print gets its own page (its own context: no cookie or cache is shared between prints), with
// every network request refused, so a page can only show what its HTML carries (fonts as data:
// URLs). A missing or broken Chromium is a 503 that says what to install, never a 500 (ADR 0024).
import { existsSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { type Browser, chromium } from 'playwright-core';
import { AppError } from './errors.ts';

/** The flags the closed network needs (STACK-NOTES: without them connections are refused many at a time). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface PdfMetadata {
  /** The document's title (Chromium takes it from <title>; set again here so that it is certain). */
  title: string;
  subject?: string;
  keywords?: string[];
}

const unavailable = (why: string) =>
  new AppError(
    'service_unavailable',
    `PDF printing and chart images are not available on this server: ${why}. Install Chromium (apt-get install chromium) or set CHROMIUM_PATH to its executable.`,
  );

export class PdfPrinter {
  private browser: Promise<Browser> | undefined;
  private closed = false;

  constructor(private readonly opts: { executablePath: string; timeoutMs: number }) {}

  /** Whether the configured executable is there at all (a cheap check before any work). */
  get available() {
    return existsSync(this.opts.executablePath);
  }

  private launch(): Promise<Browser> {
    if (this.closed) return Promise.reject(unavailable('the server is shutting down'));
    if (!this.available) return Promise.reject(unavailable(`no Chromium at ${this.opts.executablePath}`));
    if (!this.browser) {
      const launching = chromium.launch({ executablePath: this.opts.executablePath, headless: true, args: CHROMIUM_ARGS, timeout: this.opts.timeoutMs });
      this.browser = launching.then(
        (browser) => {
          // A browser that dies (killed, crashed) is launched again on the next print.
          browser.on('disconnected', () => {
            if (this.browser === launching) this.browser = undefined;
          });
          return browser;
        },
        (err) => {
          this.browser = undefined;
          throw unavailable(`Chromium at ${this.opts.executablePath} did not start (${String((err as Error).message).split('\n')[0]})`);
        },
      );
    }
    return this.browser;
  }

  /** `html` as an A4 PDF, with `@page` rules honoured (margin boxes, counters) and `meta` in its Info dictionary. */
  async print(html: string, meta: PdfMetadata): Promise<Buffer> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(this.opts.timeoutMs);
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(html, { waitUntil: 'load', timeout: this.opts.timeoutMs });
      await page.evaluate(() => document.fonts.ready).catch(() => undefined);
      const printing = page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error('print timed out'), { name: 'TimeoutError' })), this.opts.timeoutMs);
      });
      const pdf = await Promise.race([printing, late]).finally(() => clearTimeout(timer));
      return await withMetadata(pdf, meta);
    } catch (err) {
      if (err instanceof AppError) throw err;
      if ((err as Error).name === 'TimeoutError') throw unavailable(`printing took longer than ${this.opts.timeoutMs / 1000} s`);
      throw err;
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  /** `html` (a self-contained page, a chart's SVG say) as a PNG of `size` CSS pixels, drawn at twice that for sharp lines. */
  async screenshot(html: string, size: { width: number; height: number }): Promise<Buffer> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, viewport: size, deviceScaleFactor: 2 });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(this.opts.timeoutMs);
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(html, { waitUntil: 'load', timeout: this.opts.timeoutMs });
      return await page.screenshot({ type: 'png', fullPage: false, timeout: this.opts.timeoutMs });
    } catch (err) {
      if (err instanceof AppError) throw err;
      if ((err as Error).name === 'TimeoutError') throw unavailable(`drawing took longer than ${this.opts.timeoutMs / 1000} s`);
      throw err;
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  async close() {
    this.closed = true;
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await (await browser.catch(() => undefined))?.close();
  }
}

async function withMetadata(pdf: Buffer, meta: PdfMetadata): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.keywords) doc.setKeywords(meta.keywords);
  doc.setProducer('Entente (Chromium)');
  return Buffer.from(await doc.save());
}
