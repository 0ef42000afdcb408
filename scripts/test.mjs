// `npm test`: the whole suite (server, command line and browser tests) with vitest.
// Extra arguments go to vitest, e.g. `npm test -- --project server`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDependencies, ensureWebBuild } from './prepare.mjs';

ensureDependencies();
ensureWebBuild();
const where = process.env.TEST_DATABASE_URL ? 'TEST_DATABASE_URL' : 'the embedded PostgreSQL';
console.log(`Running the suite on ${where}…`);
const report = join(mkdtempSync(join(tmpdir(), 'entente-vitest-')), 'report.json');
const result = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
// One plain closing line that any CI can read.
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
process.exit(result.status ?? 1);
