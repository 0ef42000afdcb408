import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { sealPendingAuditEvents } from '../../server/modules/audit/audit.seal.ts';
import { verifyAuditChain } from '../../server/modules/audit/audit.verify.ts';
import { withDatabase } from './database.ts';

export const auditCommand = () => {
  const audit = new Command('audit').description('The audit log');
  audit
    .command('verify')
    .description('Recompute the hash chain; exits 1 and names the first broken event if any')
    .action(async () => {
      await withDatabase(async ({ db }) => {
        const bar = new SingleBar({ format: 'verifying [{bar}] {value}/{total} events', noTTYOutput: false, stream: process.stderr });
        await sealPendingAuditEvents(db);
        let started = false;
        const result = await verifyAuditChain(db, (done, total) => {
          if (!process.stderr.isTTY) return;
          if (!started) bar.start(total, 0);
          started = true;
          bar.update(done);
        });
        if (started) bar.stop();
        if (result.ok) {
          console.log(`Audit chain verified: ${result.events} events, no break.`);
        } else {
          console.error(`Audit chain BROKEN at event ${result.brokenSeq}: ${result.reason} (${result.events} events verified before it).`);
          process.exitCode = 1;
        }
      });
    });
  return audit;
};
