// A build step (ADR 0029): beside index.html, the pages the server opens the app with, so that
// what the first render needs downloads at once, beside the app's code, instead of after it:
//   index.<lang>.html   for each language but the fallback: the page already in that language
//                       (<html lang dir>), preloading its words file (`<link rel=preload
//                       as=fetch crossorigin>`, which the app's `fetch` of the words takes);
//   index[.<lang>].<page>.html  the same, also preloading a page's code (`<link
//                       rel=modulepreload>` of its chunk and the chunks it imports that the
//                       app's own code does not), for a signed-in reader opening that page:
//                       `home` at `/`, `coverage` at `/coverage` (common/opening-pages.ts, which
//                       the server reads too). Only the page's own code: the code it loads
//                       later (the coverage page's charts) would share the link with the app's
//                       and delay the first render and the page's data more than it gains.
// The server picks the page (server/infra/web.ts); web/precompress.ts compresses these pages
// like every other file.
import { resolve } from 'node:path';
import type { OutputAsset, OutputBundle, OutputChunk } from 'rollup';
import type { Plugin } from 'vite';
import { FALLBACK_LANGUAGE, LANGUAGES } from '../common/languages.ts';
import { OPENING_PAGES, type OpeningPage } from '../common/opening-pages.ts';

/** The chunks `from` imports statically, itself included, followed through their own imports. */
function importedChunks(bundle: OutputBundle, from: OutputChunk): Set<string> {
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    const chunk = bundle[fileName];
    if (chunk?.type === 'chunk') for (const next of chunk.imports) visit(next);
  };
  visit(from.fileName);
  return seen;
}

/** `pages`: for each page opened with its code preloaded, its module as App.tsx loads it, relative to the web app's root. */
export function openingPages(pages: Record<OpeningPage, string>): Plugin {
  let base = '/';
  let root = '';
  return {
    name: 'entente-opening-pages',
    apply: 'build',
    // After Vite's own HTML step has put index.html in the bundle.
    enforce: 'post',
    configResolved(config) {
      base = config.base;
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') return this.error('index.html is not in the bundle');
      const html = String(page.source);
      const opening = /<html lang="[a-z]+" dir="(?:ltr|rtl)">/;
      if (!opening.test(html) || !/\n *<\/head>/.test(html)) return this.error('index.html does not open with <html lang dir> or has no </head> line');
      const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!entry) return this.error("the app's entry is not a chunk of the bundle");
      const loadedWithTheApp = importedChunks(bundle, entry);
      const codeOf = new Map<OpeningPage, string[]>();
      for (const name of Object.values(OPENING_PAGES)) {
        const chunk = chunks.find((c) => c.facadeModuleId === resolve(root, pages[name]));
        // A build that lost what a page names must fail, not ship a page preloading nothing.
        if (!chunk) return this.error(`${pages[name]}, the ${name} page, is not a chunk of the bundle`);
        const code = [...importedChunks(bundle, chunk)].filter((fileName) => !loadedWithTheApp.has(fileName));
        codeOf.set(
          name,
          code.map((fileName) => `<link rel="modulepreload" crossorigin href="${base}${fileName}">`),
        );
      }

      const write = (fileName: string, lang: string, dir: string, links: string[]) =>
        this.emitFile({
          type: 'asset',
          fileName,
          source: html
            .replace(opening, `<html lang="${lang}" dir="${dir}">`)
            .replace(/\n( *)<\/head>/, (_, indent: string) => `${links.map((link) => `\n${indent}  ${link}`).join('')}\n${indent}</head>`),
        });
      for (const { code, dir } of LANGUAGES) {
        const words: string[] = [];
        const prefix = code === FALLBACK_LANGUAGE ? 'index' : `index.${code}`;
        if (code !== FALLBACK_LANGUAGE) {
          // The file src/i18n/index.ts imports with `?url`.
          const file = Object.values(bundle).find((f): f is OutputAsset => f.type === 'asset' && f.originalFileNames.some((name) => name.endsWith(`src/i18n/${code}.json`)));
          if (!file) return this.error(`the words of ${code} (src/i18n/${code}.json) are not a file of the bundle`);
          words.push(`<link rel="preload" href="${base}${file.fileName}" as="fetch" crossorigin="anonymous" />`);
          write(`${prefix}.html`, code, dir, words);
        }
        for (const [name, pageCode] of codeOf) write(`${prefix}.${name}.html`, code, dir, [...words, ...pageCode]);
      }
    },
  };
}
