// Shared by `npm start` and `npm test`: install dependencies when they are missing or
// older than the lock file, and build the web app when its sources changed since the
// last build. Plain Node, no dependencies, so it runs on a fresh clone.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

export function ensureDependencies() {
  const installed = join(root, 'node_modules/.package-lock.json');
  if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(join(root, 'package-lock.json')).mtimeMs) {
    console.log('Installing dependencies (npm ci)…');
    run('npm ci --no-audit --no-fund');
  }
}

export function ensureWebBuild() {
  const built = join(root, 'web/dist/index.html');
  const sources = Math.max(
    newestMtime(join(root, 'web/src')),
    newestMtime(join(root, 'web/index.html')),
    newestMtime(join(root, 'web/vite.config.ts')),
    // The build's own steps (lighter world outlines; the opening pages; Mantine's CSS; the .br and .gz files the server sends).
    newestMtime(join(root, 'web/world-map.ts')),
    newestMtime(join(root, 'web/opening-pages.ts')),
    newestMtime(join(root, 'web/mantine-styles.ts')),
    newestMtime(join(root, 'web/precompress.ts')),
    newestMtime(join(root, 'common')),
    newestMtime(join(root, 'package-lock.json')),
  );
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    console.log('Building the web app…');
    run('npx vite build --config web/vite.config.ts --logLevel warn');
  }
}
