// `npm run check`: the house rules, checked in order. Each step prints its tool's own output,
// then one line; the first that fails stops the run with a non-zero exit.
//
//   npm run check                  every step
//   npm run check -- lint deps     only the named steps
import { spawnSync } from 'node:child_process';

const STEPS = [
  { name: 'types', what: 'TypeScript (tsc --noEmit)', fix: 'fix the type errors above', cmd: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', what: 'Biome lint and format', fix: 'run `npm run format`, then fix what `npm run lint` still reports', cmd: ['npx', 'biome', 'ci', '.'] },
  {
    name: 'deps',
    what: 'dependency rules (dependency-cruiser)',
    fix: 'a forbidden import or a cycle: see .dependency-cruiser.cjs and docs/adr/0010-module-layout.md',
    cmd: ['npx', 'depcruise', '--config', '.dependency-cruiser.cjs', '--output-type', 'err', 'server', 'web/src', 'cli', 'common', 'bench', 'scripts', 'e2e'],
  },
  {
    name: 'owners',
    what: "each module names only its own tables (another's through its <m>.sql.ts or service)",
    fix: "read the table through its owner's <m>.sql.ts fragments, write it through its service (CODE_STYLE.md); scripts/table-owners-allowed.json only with a reason",
    cmd: ['node', 'scripts/check-table-owners.mjs'],
  },
  {
    name: 'openapi',
    what: 'OpenAPI document valid, web/src/api/schema.d.ts generated from it',
    fix: 'fix the route schema, or run `npm run api:client` and commit web/src/api/schema.d.ts',
    cmd: ['npx', 'tsx', 'scripts/openapi.ts', '--check'],
  },
  {
    name: 'sql',
    what: 'SQL snapshots (server/queries/*.sql)',
    fix: 'run `npm run sql:snapshots`, review the SQL diff, commit it',
    cmd: ['npx', 'tsx', 'scripts/sql-snapshots.ts', '--check'],
  },
  {
    name: 'tables',
    what: 'table types against the migrated schema',
    fix: 'make the .table.ts types match the migrations',
    cmd: ['npx', 'vitest', 'run', '--project', 'server', 'server/db/table-types.test.ts'],
  },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !STEPS.some((s) => s.name === w));
if (unknown.length) {
  console.error(`check: no step named ${unknown.join(', ')}; steps: ${STEPS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
for (const step of STEPS.filter((s) => !wanted.length || wanted.includes(s.name))) {
  const started = Date.now();
  const [command, ...args] = step.cmd;
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\ncheck FAILED at ${step.name}: ${step.what} — ${step.fix}`);
    process.exit(1);
  }
  console.log(`check ok: ${step.name}: ${step.what} (${seconds} s)`);
}
