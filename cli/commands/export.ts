// `entente export contributions|needs --as EMAIL`: what that user may pass on, as HXL CSV
// or XLSX — the columns the import reads, so the file imports back unchanged.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Command, Option } from 'commander';
import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/database.ts';
import type { Ctx } from '../../server/infra/actor.ts';
import { exportContributions } from '../../server/modules/hxl/hxl.contributions.ts';
import type { ExportFormat } from '../../server/modules/hxl/hxl.export.ts';
import { exportNeeds } from '../../server/modules/hxl/hxl.needs.ts';
import { actorFor, withDatabase } from './database.ts';

type Exporter = (db: Kysely<Database>, ctx: Ctx, format: ExportFormat, out: NodeJS.WritableStream) => Promise<number>;
const EXPORTERS: Record<'contributions' | 'needs', Exporter> = {
  contributions: (db, ctx, format, out) => exportContributions(db, ctx, {}, format, out),
  needs: (db, ctx, format, out) => exportNeeds(db, ctx, {}, format, out),
};

export const exportCommand = () => {
  const command = new Command('export').description('Export data files: what the user may pass on (never a RED row, nor other organisations’ AMBER+STRICT rows)');
  for (const [name, run] of Object.entries(EXPORTERS)) {
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
            const count = await run(db, { actor }, opts.format, out);
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
