// `entente export <entity> --as EMAIL` (one subcommand per registered entity): what that user may pass on, as HXL CSV
// or XLSX or as JSON (the engine's list of formats) — the columns the import reads, so the file imports back unchanged.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Command, Option } from 'commander';
// The app's module list: each module that exports files defines its spec when it loads.
import '../../server/app.ts';
import { ENTITY_EXPORT_FORMATS, type EntityExportFormat } from '../../server/modules/interchange/interchange.export.ts';
import { interchangeSpecs } from '../../server/modules/interchange/interchange.registry.ts';
import { exportRows } from '../../server/modules/interchange/interchange.routes.ts';
import { actorFor, withDatabase } from './database.ts';

/** The formats as a reader names them: "CSV, XLSX or JSON". */
export const formatList = (formats: readonly string[]) =>
  formats.length > 1 ? `${formats.slice(0, -1).join(', ').toUpperCase()} or ${formats.at(-1)!.toUpperCase()}` : (formats[0] ?? '').toUpperCase();

/** The format a file's name ends with, if it is one of `formats`. */
export const formatByName = <F extends string>(file: string, formats: readonly F[]): F | undefined => formats.find((f) => file.toLowerCase().endsWith(`.${f}`));

export const exportCommand = () => {
  const command = new Command('export').description('Export data files: what the user may pass on (never a RED row, nor other organisations’ AMBER+STRICT rows)');
  for (const spec of interchangeSpecs()) {
    const name = spec.name;
    command
      .command(name)
      .description(`Export ${name} as an HXL-tagged ${formatList(ENTITY_EXPORT_FORMATS)} file`)
      .requiredOption('--as <email>', 'the exporting user: the file holds what they may pass on')
      .requiredOption('--out <file>', 'where to write the file')
      .addOption(new Option('--format <format>', 'file format (default: the ending of --out if it is one of these, else csv)').choices(ENTITY_EXPORT_FORMATS))
      .action(async (opts: { as: string; out: string; format?: EntityExportFormat }) => {
        const format = opts.format ?? formatByName(opts.out, ENTITY_EXPORT_FORMATS) ?? 'csv';
        await withDatabase(async ({ db }) => {
          const actor = await actorFor(db, opts.as);
          // Written beside the target and renamed when complete: a failed export leaves no half file.
          const partial = `${opts.out}.partial`;
          const out = createWriteStream(partial);
          await once(out, 'open');
          try {
            const count = await exportRows(db, { actor }, spec, {}, format, out);
            await rename(partial, opts.out);
            console.log(`${count} ${name} written to ${opts.out}`);
          } catch (err) {
            out.destroy();
            await rm(partial, { force: true });
            throw err;
          }
        });
      });
  }
  return command;
};
