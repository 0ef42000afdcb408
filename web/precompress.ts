// A build step (ADR 0029): beside each text file of the built app (web/dist), its brotli (.br,
// quality 11) and gzip (.gz, level 9) forms, written once at build time so that the server
// sends them as they are (@fastify/static's preCompressed, server/infra/web.ts) instead of
// compressing on every request at a lower quality. A form is kept only when it is smaller
// than the file; fonts and images are compressed already and get none.
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|txt|xml|webmanifest)$/;
const br = promisify(brotliCompress);
const gz = promisify(gzip);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))));
  return nested.flat();
}

/** Writes `<file>.br` and `<file>.gz` for every compressible file under `dir`; returns how many files got them. */
export async function precompressDir(dir: string): Promise<number> {
  const files = (await filesUnder(dir)).filter((f) => COMPRESSIBLE.test(f));
  let done = 0;
  await Promise.all(
    files.map(async (file) => {
      const raw = await readFile(file);
      const size = (await stat(file)).size;
      const [brotli, gzipped] = await Promise.all([
        br(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: size } }),
        gz(raw, { level: 9 }),
      ]);
      if (brotli.length < size) await writeFile(`${file}.br`, brotli);
      if (gzipped.length < size) await writeFile(`${file}.gz`, gzipped);
      if (brotli.length < size || gzipped.length < size) done++;
    }),
  );
  return done;
}

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'entente-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressDir(outDir);
    },
  };
}
