import { existsSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { type ChainHead, checkpointDatabase, checkpointFile, parseHead, readCheckpoints, sealPendingAuditEvents } from '../../server/modules/audit/audit.seal.ts';
import { type Anchor, verifyAuditChain } from '../../server/modules/audit/audit.verify.ts';
import { withDatabase } from './database.ts';

function expectedHead(value: string, previous: ChainHead[] = []): ChainHead[] {
  const head = parseHead(value);
  if (!head) throw new InvalidArgumentError('expected SEQ:HASH, the head printed by an earlier `entente audit verify` (e.g. 42:<64 hex digits>)');
  return [...previous, head];
}

export const auditCommand = () => {
  const audit = new Command('audit').description('The audit log');
  audit
    .command('verify')
    .description(
      'Recompute the hash chain and print its head (SEQ:HASH); exits 1 and names the first broken event if any. ' +
        'Heads saved earlier (--expect, and the checkpoints the server appends to DATA_DIR/audit-checkpoints) must still be on the chain.',
    )
    .option('--expect <SEQ:HASH>', 'a head saved earlier that the chain must still pass through (repeatable)', expectedHead)
    .option('--checkpoints <file>', 'a checkpoint file to check against (default: DATA_DIR/audit-checkpoints, when present)')
    .action(async (opts: { expect?: ChainHead[]; checkpoints?: string }) => {
      if (opts.checkpoints && !existsSync(opts.checkpoints)) {
        console.error(`entente: --checkpoints: no file ${opts.checkpoints}`);
        process.exitCode = 2;
        return;
      }
      await withDatabase(
        async ({ db }, config) => {
          const file = opts.checkpoints ?? checkpointFile(config);
          const anchors: Anchor[] = [
            ...(opts.expect ?? []).map((h) => ({ ...h, source: '--expect' })),
            ...readCheckpoints(file, checkpointDatabase(config)).map((h) => ({ ...h, source: `${file} (${h.at})` })),
          ];
          const bar = new SingleBar({ format: 'verifying [{bar}] {value}/{total} events', noTTYOutput: false, stream: process.stderr });
          await sealPendingAuditEvents(db);
          let started = false;
          const result = await verifyAuditChain(
            db,
            (done, total) => {
              if (!process.stderr.isTTY) return;
              if (!started) bar.start(total, 0);
              started = true;
              bar.update(done);
            },
            anchors,
          );
          if (started) bar.stop();
          if (result.ok) {
            const checked = anchors.length ? `, through ${result.anchors} saved head${result.anchors === 1 ? '' : 's'}` : '';
            console.log(`Audit chain verified: ${result.events} events, no break${checked}.`);
          } else {
            console.error(`Audit chain BROKEN at event ${result.brokenSeq}: ${result.reason} (${result.events} events verified before it).`);
            process.exitCode = 1;
          }
          console.log(`Head: ${result.head.seq}:${result.head.hash}`);
        },
        { checkpoint: false },
      );
    });
  return audit;
};
