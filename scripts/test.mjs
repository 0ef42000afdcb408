// `npm test`: the whole suite (server, command line and browser tests) with vitest.
// Extra arguments go to vitest, e.g. `npm test -- --project server`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDependencies, ensureWebBuild } from './prepare.mjs';

/** The projects vitest will run: every one unless --project names some. */
function projects(args) {
  const named = [];
  args.forEach((a, i) => {
    if (a === '--project' && args[i + 1]) named.push(args[i + 1]);
    else if (a.startsWith('--project=')) named.push(a.slice('--project='.length));
  });
  return named;
}

/**
 * The browser tests drive the system Chromium (e2e/harness.ts). Missing, they would fail
 * one by one with a stack trace from chromium.launch; instead, as root we install it from
 * Debian's packages, as .ci/run does, and otherwise stop at once with the command to run.
 */
function ensureChromium(args) {
  const named = projects(args);
  if (named.length && !named.includes('e2e')) return;
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  const hint = `run \`sudo apt-get install chromium\` (or set CHROMIUM_PATH), or only the server tests: npm test -- --project server`;
  if (process.getuid?.() !== 0 || process.env.CHROMIUM_PATH) {
    console.error(`npm test: Chromium is missing (${path}) for the browser tests: ${hint}.`);
    process.exit(1);
  }
  console.log('Installing Chromium for the browser tests (apt-get install chromium)…');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error(`npm test: Chromium could not be installed with apt-get: ${hint}.`);
    process.exit(1);
  }
  if (!existsSync(path)) {
    console.error(`npm test: apt-get installed chromium but ${path} is still missing: ${hint}.`);
    process.exit(1);
  }
}

ensureChromium(process.argv.slice(2));
ensureDependencies();
ensureWebBuild();
const where = process.env.TEST_DATABASE_URL ? 'TEST_DATABASE_URL' : 'the embedded PostgreSQL';
console.log(`Running the suite on ${where}…`);
const report = join(mkdtempSync(join(tmpdir(), 'entente-vitest-')), 'report.json');
const result = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], { stdio: 'inherit' });
// One plain closing line that any CI can read.
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
process.exit(result.status ?? 1);
