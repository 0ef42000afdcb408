// `entente export <entity> --as EMAIL` (one subcommand per registered entity): what that user may pass on, as HXL CSV
// or XLSX — the columns the import reads, so the file imports back unchanged.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Command, Option } from 'commander';
// The app's module list: each module that exports files defines its spec when it loads.
import '../../server/app.ts';
import type { ExportFormat } from '../../server/modules/interchange/interchange.export.ts';
import { interchangeSpecs } from '../../server/modules/interchange/interchange.registry.ts';
import { exportRows } from '../../server/modules/interchange/interchange.routes.ts';
import { actorFor, withDatabase } from './database.ts';

export const exportCommand = () => {
  const command = new Command('export').description('Export data files: what the user may pass on (never a RED row, nor other organisations’ AMBER+STRICT rows)');
  for (const spec of interchangeSpecs()) {
    const name = spec.name;
    command
      .command(name)
      .description(`Export ${name} as an HXL-tagged CSV or XLSX file`)
      .requiredOption('--as <email>', 'the exporting user: the file holds what they may pass on')
      .requiredOption('--out <file>', 'where to write the file')
      .addOption(new Option('--format <format>', 'file format').choices(['csv', 'xlsx']).default('csv'))
      .action(async (opts: { as: string; out: string; format: ExportFormat }) => {
        await withDatabase(async ({ db }) => {
          const actor = await actorFor(db, opts.as);
          // Written beside the target and renamed when complete: a failed export leaves no half file.
          const partial = `${opts.out}.partial`;
          const out = createWriteStream(partial);
          await once(out, 'open');
          try {
            const count = await exportRows(db, { actor }, spec, {}, opts.format, out);
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
