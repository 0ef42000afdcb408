// `entente fund check`: every invariant of the pooled funds' ledger (ADR 0015), read-only.
import { Command } from 'commander';
import { checkStatusSummary } from '../../server/modules/fund/fund.reports.ts';
import { checkLedger, ledgerSize } from '../../server/modules/fund/fund.service.ts';
import { withDatabase } from './database.ts';

export const fundCommand = () => {
  const fund = new Command('fund').description('The pooled funds');
  fund
    .command('check')
    .description(
      "Verify the ledger: each transaction's entries sum to zero per currency, every running balance equals the sum of its entries, " +
        'no account is on the wrong side of zero, every reversal cancels what it reverses, and the reports’ summaries equal the ledger up to their watermark. ' +
        'Exits 1 naming the first violation.',
    )
    .action(async () => {
      await withDatabase(
        async ({ db }) => {
          const violation = (await checkLedger(db)) ?? (await checkStatusSummary(db));
          if (violation) {
            console.error(`Fund ledger BROKEN: ${violation}`);
            process.exitCode = 1;
            return;
          }
          const size = await ledgerSize(db);
          console.log(`Fund ledger verified: ${size.transactions} transactions, ${size.entries} entries, every invariant holds.`);
        },
        { checkpoint: false },
      );
    });
  return fund;
};
