// A place name holding HTML stays text in the map's tooltip. ECharts sets a formatter's
// string as the tooltip's innerHTML; this puts the formatter's output there in Chromium,
// as ECharts does, and looks for elements the name would have made.
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pointTooltip } from '../web/src/components/map/tooltip.ts';
import { CHROMIUM } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(async () => browser?.close());

it('renders a place name with HTML in it as text, with no element and no script run', async () => {
  const page = await browser.newPage();
  const name = `Kirkuk <img src=x onerror="window.__injected=1"><b id="bold">&amp;</b> "q" 'a'`;
  const html = pointTooltip('Open <i>needs</i>')({ name, value: [44.4, 35.5, 3] });
  const result = await page.evaluate(async (markup) => {
    const tip = document.createElement('div');
    document.body.append(tip);
    tip.innerHTML = markup;
    await new Promise((r) => setTimeout(r, 50));
    return { text: tip.textContent, elements: tip.querySelectorAll('*').length, injected: (window as { __injected?: number }).__injected ?? 0 };
  }, html);
  expect(result).toEqual({ text: `${name} — Open <i>needs</i>: 3`, elements: 0, injected: 0 });
  await page.close();
});
