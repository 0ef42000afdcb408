// `npm run bench`: the benchmarks, each in a process of its own (each starts its own embedded
// PostgreSQL, and import-xlsx re-runs its own file per import).
//
//   npm run bench                        every benchmark at a quick size (a smoke run, minutes)
//   npm run bench -- <name> [size]       one benchmark; without a size, the one in docs/PERFORMANCE.md
//   npm run bench -- --list              the names
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const BENCHMARKS: Record<string, { file: string; what: string; quick: string; documented: string }> = {
  'audit-chain': { file: 'audit-chain.ts', what: 'writes/s with and without the hash-chained audit log', quick: '300', documented: '2000' },
  'import-and-coverage': {
    file: 'import-and-coverage.ts',
    what: 'HXL import and the coverage matrix against COPY and a raw GROUP BY',
    quick: '20000',
    documented: '1000000',
  },
  'import-xlsx': { file: 'import-xlsx.ts', what: 'reading XLSX against CSV: rows/s and peak memory', quick: '5000', documented: '200000' },
  list: { file: 'list.ts', what: 'the list routes against a bare Fastify + pg route serving the same rows', quick: '10000', documented: '100000' },
  'fund-http': { file: 'fund-http.ts', what: 'keyed ledger postings/s and p99 through HTTP, 16 clients, the app as `entente serve` builds it', quick: '1000', documented: '5000' },
  'fund-sealing': {
    file: 'fund-sealing.ts',
    what: 'what sealing the audit chain costs a keyed posting: CPU and WAL with the sealer, without the hash indexes, without the sealer',
    quick: '500',
    documented: '3000',
  },
  fund: { file: 'fund.ts', what: 'ledger postings/s and p99 with 16 clients, and the funding status over 1,000,000 entries', quick: '1000', documented: '20000' },
};

function run(name: string, size: string): boolean {
  const bench = BENCHMARKS[name]!;
  console.log(`\n== ${name} (${size}): ${bench.what}`);
  const result = spawnSync(process.execPath, [...process.execArgv, join(import.meta.dirname, bench.file), size], { stdio: 'inherit' });
  return result.status === 0;
}

const [name, size] = process.argv.slice(2);
if (name === '--list') {
  for (const [n, b] of Object.entries(BENCHMARKS)) console.log(`${n.padEnd(20)} ${b.what} (documented size ${b.documented})`);
} else if (name) {
  if (!BENCHMARKS[name]) {
    console.error(`bench: no benchmark named ${name}; one of: ${Object.keys(BENCHMARKS).join(', ')}`);
    process.exit(2);
  }
  process.exit(run(name, size ?? BENCHMARKS[name].documented) ? 0 : 1);
} else {
  const failed = Object.entries(BENCHMARKS).filter(([n, b]) => !run(n, b.quick));
  if (failed.length) {
    console.error(`bench: failed: ${failed.map(([n]) => n).join(', ')}`);
    process.exit(1);
  }
}
