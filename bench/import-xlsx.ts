// Reading XLSX against reading CSV: the same generated rows imported (dry run: read,
// check, resolve, stage — everything but the final writes, which do not depend on the
// format) from an HXL CSV and from the same table saved as an Excel workbook with shared
// strings, as Excel itself saves. Rows/s and peak memory of each, in the same run; each
// import runs in a process of its own so that its peak memory is its own.
//
//   npx tsx bench/import-xlsx.ts [rows=200000]
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { createKysely } from '../server/db/connect.ts';
import { startEmbeddedServer } from '../server/db/embedded.ts';
import { migrateToLatest } from '../server/db/migrator.ts';
import type { UserActor } from '../server/infra/actor.ts';
import { importContributions } from '../server/modules/contributions/contributions.interchange.ts';
import { type TableFormat, readTable } from '../server/modules/interchange/interchange.read.ts';
import { loadDemo } from '../server/seed/demo.ts';
import { writeHxlContributions } from './generators/hxl-contributions.ts';
import { countArg } from './args.ts';

/** One dry-run import in this process: prints { seconds, peakMb } as JSON. */
async function importOnce(format: TableFormat, path: string, url: string, rows: number) {
  const db = createKysely(url, 2);
  const user = await db
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.org_id')
    .select(['u.id', 'u.org_id', 'o.kind'])
    .where('u.email', '=', 'focal@uk.demo')
    .executeTakeFirstOrThrow();
  const actor: UserActor = { kind: 'user', userId: user.id, orgId: user.org_id, orgKind: user.kind, role: 'focal_point', email: 'focal@uk.demo' };
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  const report = await importContributions(db, { actor }, createReadStream(path), {
    dryRun: true,
    fileName: path,
    format,
    sharing: { marking: 'GREEN', audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] },
  });
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  await db.destroy();
  if (report.created !== rows || report.problems.length) throw new Error(`${format}: ${JSON.stringify(report.problems).slice(0, 300)}`);
  console.log(JSON.stringify({ seconds, peakMb: peak / 2 ** 20 }));
}

if (process.argv[2] === '--import') {
  await importOnce(process.argv[3] as TableFormat, process.argv[4]!, process.argv[5]!, Number(process.argv[6]));
} else {
  const rows = countArg(2, 200_000, 'npx tsx bench/import-xlsx.ts [rows=200000]');
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
  const server = await startEmbeddedServer(dir);
  const db = createKysely(server.url('postgres'), 4);
  try {
    await migrateToLatest(db);
    await loadDemo(db, 'server/seed/coalition-2015.json');
    await db.destroy();
    const csv = join(dir, 'contributions.csv');
    const xlsx = join(dir, 'contributions.xlsx');
    await writeHxlContributions(csv, {
      rows,
      organisation: 'United Kingdom',
      sectors: ['security_assistance', 'iraq_capacity', 'humanitarian', 'finance'],
      locations: ['IQ-NI', 'IQ-AN', 'IQ-BG', 'IQ-SD', 'IQ-KI', 'SY-RA', 'SY-HL'],
    });
    // The same table as a workbook, strings shared as Excel shares them.
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: createWriteStream(xlsx), useSharedStrings: true, useStyles: false });
    const sheet = workbook.addWorksheet('Contributions');
    for await (const cells of readTable(createReadStream(csv), 'csv').rows) sheet.addRow(cells as string[]).commit();
    sheet.commit();
    await workbook.commit();
    console.log(`${rows} rows: CSV ${(statSync(csv).size / 1e6).toFixed(0)} MB, XLSX ${(statSync(xlsx).size / 1e6).toFixed(0)} MB`);
    const run = (format: TableFormat, path: string) =>
      JSON.parse(
        execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, '--import', format, path, server.url('postgres'), String(rows)], { encoding: 'utf8' })
          .trim()
          .split('\n')
          .at(-1)!,
      ) as { seconds: number; peakMb: number };
    const fromCsv = run('csv', csv);
    const fromXlsx = run('xlsx', xlsx);
    console.log('\n| dry-run import of the same rows | rows/s | seconds | ratio to CSV | peak RSS of the importing process (MB) |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    console.log(`| HXL CSV (baseline) | ${(rows / fromCsv.seconds).toFixed(0)} | ${fromCsv.seconds.toFixed(1)} | 1.00 | ${fromCsv.peakMb.toFixed(0)} |`);
    console.log(
      `| XLSX with shared strings | ${(rows / fromXlsx.seconds).toFixed(0)} | ${fromXlsx.seconds.toFixed(1)} | ${(fromCsv.seconds / fromXlsx.seconds).toFixed(2)} | ${fromXlsx.peakMb.toFixed(0)} |`,
    );
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
