import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command, Option } from 'commander';
import { MARKINGS, type Marking } from '../../common/sharing.ts';
import { AppError } from '../../server/infra/errors.ts';
// The app's module list: each module that imports files defines its spec when it loads.
import '../../server/app.ts';
import { TEXT_ENCODINGS, type TextEncodingChoice } from '../../server/modules/interchange/interchange.encoding.ts';
import { IMPORT_MODES, type ImportMode, type ImportReport, runImport } from '../../server/modules/interchange/interchange.import.ts';
import { TABLE_FORMATS, type TableFormat, formatOf } from '../../server/modules/interchange/interchange.read.ts';
import { type InterchangeSpec, interchangeSpecs } from '../../server/modules/interchange/interchange.registry.ts';
import { actorFor, withDatabase } from './database.ts';
import { formatList } from './export.ts';

function printReport(report: ImportReport) {
  console.log(`${report.rows} rows read (hashtags on row ${report.hashtagRow ?? '?'}).`);
  if (report.ignoredColumns.length) console.log(`Ignored columns: ${report.ignoredColumns.join(', ')}`);
  for (const w of report.warnings) console.log(`Warning: ${w}`);
  for (const p of report.problems) {
    const rows = p.rows.join(', ') + (p.count > p.rows.length ? ` … (${p.count} rows)` : '');
    console.error(`${p.column}: ${p.message} — rows ${rows}`);
    for (const v of p.values ?? []) console.error(`    "${v.value}"${v.suggestions.length ? ` — did you mean ${v.suggestions.map((s) => `"${s}"`).join(' or ')}?` : ''}`);
  }
  if (report.encoding !== 'utf-8') console.log(`Read as ${report.encoding}.`);
  const nothing = !report.dryRun || (report.problems.length > 0 && report.mode === 'all-or-nothing');
  const verb = report.committed ? '' : nothing ? 'nothing written; would have ' : 'dry run: would have ';
  console.log(`${verb}created ${report.created}, updated ${report.updated}, left ${report.unchanged} unchanged.`);
  if (report.validRows && report.problems.length) {
    const v = report.validRows;
    console.log(
      report.mode === 'valid-rows'
        ? `${v.rejected} rows with problems left out.`
        : `With --mode valid-rows: would create ${v.created}, update ${v.updated}, leave out ${v.rejected} rows with problems.`,
    );
  }
}

/** `--value '#activity+type=training'`, repeatable: values for the whole file, by hashtag. */
const collectValue = (pair: string, values: Record<string, string>) => {
  const at = pair.indexOf('=');
  if (at < 1) throw new Error(`--value ${pair}: give it as hashtag=value ('#activity+type=training')`);
  return { ...values, [pair.slice(0, at).trim()]: pair.slice(at + 1) };
};

/** An entity's hashtags, as its help names them. */
const hashtagsOf = (spec: InterchangeSpec) => [...new Set(spec.columns.map((c) => `#${[c.tag, ...(c.with ?? [])].join('+')}`))].join(', ');

export const importCommand = () => {
  const command = new Command('import').description('Import data files (all or nothing, or the valid rows)');
  // One subcommand per registered entity (interchange.registry.ts).
  for (const spec of interchangeSpecs()) {
    command
      .command(spec.name)
      .description(`Import ${spec.label} from an HXL-tagged ${formatList(TABLE_FORMATS)} file`)
      .argument('<file>', `${formatList(TABLE_FORMATS)} file whose columns are HXL hashtags (${hashtagsOf(spec)}): a row of them in a table, the keys of its objects in JSON`)
      .requiredOption('--as <email>', 'the importing user: rows belong to their organisation, or to the #org named if they are the secretariat’s')
      .option('--dry-run', 'check and report, write nothing')
      .addOption(new Option('--marking <marking>', `marking of the new ${spec.label}`).choices(MARKINGS).default('GREEN'))
      .addOption(new Option('--format <format>', 'file format (default: from the file name’s ending, else csv)').choices(TABLE_FORMATS))
      .addOption(new Option('--encoding <encoding>', 'a CSV file’s text encoding (latin-1 is read as windows-1252)').choices(TEXT_ENCODINGS).default('auto'))
      .addOption(
        new Option('--mode <mode>', 'all-or-nothing: any problem and nothing is written; valid-rows: the rows without a problem are written')
          .choices(IMPORT_MODES)
          .default('all-or-nothing'),
      )
      .option('--value <hashtag=value>', 'a value for the whole file: a column it lacks, or its blank cells (repeatable)', collectValue, {})
      .option('--rejected <file>', 'write the rows with problems, with their problems, to this CSV (to correct and import again)')
      .action(
        async (
          file: string,
          opts: {
            as: string;
            dryRun?: boolean;
            marking: Marking;
            format?: TableFormat;
            encoding: TextEncodingChoice;
            mode: ImportMode;
            value: Record<string, string>;
            rejected?: string;
          },
        ) => {
          const size = statSync(file).size;
          await withDatabase(async ({ db }) => {
            const actor = await actorFor(db, opts.as);
            const bar = new SingleBar({ format: 'importing [{bar}] {percentage}% | {rows} rows', stream: process.stderr, hideCursor: true }, undefined);
            const tty = process.stderr.isTTY;
            let reported = 0;
            if (tty) bar.start(size, 0, { rows: 0 });
            try {
              const report = await runImport(
                db,
                { actor },
                createReadStream(file),
                {
                  dryRun: Boolean(opts.dryRun),
                  fileName: basename(file),
                  format: opts.format ?? formatOf(file),
                  encoding: opts.encoding,
                  mode: opts.mode,
                  values: opts.value,
                  rejected: opts.rejected ? { reopen: () => createReadStream(file), path: async () => opts.rejected! } : undefined,
                  sharing: { marking: opts.marking, audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] },
                  onProgress: ({ bytes, rows }) => {
                    if (tty) bar.update(bytes, { rows });
                    else if (rows % 50_000 === 0 && rows > reported) {
                      reported = rows;
                      console.error(`${rows} rows read`);
                    }
                  },
                },
                spec,
              );
              if (tty) bar.stop();
              printReport(report);
              if (report.rejectedFile) console.log(`Rows with problems written to ${opts.rejected}.`);
              // A valid-rows import that wrote its good rows succeeded; rows left out are in its report (and --rejected file).
              if (report.problems.length && !report.committed) process.exitCode = 1;
            } catch (err) {
              if (tty) bar.stop();
              if (err instanceof AppError) throw new Error(err.message);
              throw err;
            }
          });
        },
      );
  }
  return command;
};
