// The ledger against the app's own database role (server/db/roles.ts, migration 0021): it
// posts, but it may not change or delete a posted transaction, entry or balance row, nor
// switch the ledger's guards off — not with session_replication_role (which it may set, for
// the import's fast path), not with ALTER TABLE.
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { type TestDatabase, freshDatabase } from '../../test/database.ts';
import { buildOrganisation, buildUser } from '../../test/factories.ts';
import { checkLedger, createFund, createWindow, postTransaction } from './fund.service.ts';

let t: TestDatabase;
let fundId = '';
let transactionId = '';

beforeAll(async () => {
  t = await freshDatabase();
  const aaOrg = await buildOrganisation(t.db, { name: 'MPTF Office', kind: 'organisation' });
  const donorId = (await buildOrganisation(t.db, { name: 'Germany' })).id;
  const user = await buildUser(t.db, aaOrg.id);
  const ctx: Ctx = { actor: { kind: 'user', userId: user.id, orgId: aaOrg.id, orgKind: 'organisation', role: 'focal_point', email: user.email } };
  fundId = (
    await createFund(t.appDb, ctx, {
      name: 'Stabilisation fund',
      baseCurrency: 'USD',
      administrativeAgentOrgId: aaOrg.id,
      aaFeeBp: 100,
      indirectCostBp: 700,
      launchedOn: null,
      sharing: { marking: 'GREEN', audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] },
    })
  ).id;
  const windowId = (await createWindow(t.appDb, ctx, fundId, { code: 'W1', name: 'Public works', purpose: '', sectors: [] })).id;
  // The app's role posts: a deposit with its AA fee (four entries, three balances).
  transactionId = (
    await postTransaction(t.appDb, ctx, fundId, { kind: 'deposit', valueDate: '2016-01-01', donorOrgId: donorId, windowId, amount: { amountMinor: 100_000, currency: 'USD' } })
  ).id;
});
afterAll(async () => t?.drop());

/** Runs `work` as the app's role in one transaction with the triggers' switch set as the import's fast path sets it. */
const asAppInReplicaMode = (work: (trx: Kysely<Database>) => Promise<unknown>) =>
  t.appDb.transaction().execute(async (trx) => {
    await sql`SET LOCAL session_replication_role = replica`.execute(trx);
    return await work(trx);
  });

describe("the ledger and the app's role", () => {
  it('may not update, delete or truncate a posted transaction or entry, even with the triggers switched to replica mode', async () => {
    for (const statement of [
      sql`UPDATE fund_transaction SET amount_minor = 1 WHERE id = ${transactionId}`,
      sql`DELETE FROM fund_transaction WHERE id = ${transactionId}`,
      sql`TRUNCATE fund_transaction CASCADE`,
      sql`UPDATE fund_entry SET amount_minor = amount_minor * 2 WHERE transaction_id = ${transactionId}`,
      sql`DELETE FROM fund_entry WHERE transaction_id = ${transactionId}`,
      sql`TRUNCATE fund_entry`,
      sql`DELETE FROM fund_balance WHERE fund_id = ${fundId}`,
    ]) {
      await expect(statement.execute(t.appDb)).rejects.toThrow(/permission denied/);
      await expect(asAppInReplicaMode((trx) => statement.execute(trx))).rejects.toThrow(/permission denied/);
    }
  });

  it('may not switch the ledger’s triggers off', async () => {
    await expect(sql`ALTER TABLE fund_entry DISABLE TRIGGER fund_entry_balanced`.execute(t.appDb)).rejects.toThrow(/must be owner/);
    await expect(sql`ALTER TABLE fund_transaction DISABLE TRIGGER ALL`.execute(t.appDb)).rejects.toThrow(/must be owner/);
  });

  it('cannot post an unbalanced entry, nor one of a missing transaction, in replica mode: the commit check still runs', async () => {
    await expect(
      asAppInReplicaMode((trx) =>
        sql`INSERT INTO fund_entry (transaction_id, fund_id, account, currency, amount_minor) VALUES (${transactionId}, ${fundId}, 'fee:aa', 'USD', 1)`.execute(trx),
      ),
    ).rejects.toThrow(/does not balance/);
    await expect(
      asAppInReplicaMode((trx) =>
        sql`INSERT INTO fund_entry (transaction_id, fund_id, account, currency, amount_minor)
            VALUES ('00000000-0000-7000-8000-000000000001', ${fundId}, 'fee:aa', 'USD', 1), ('00000000-0000-7000-8000-000000000001', ${fundId}, 'fee:other', 'USD', -1)`.execute(
          trx,
        ),
      ),
    ).rejects.toThrow(/is not in fund/);
    // The owner's own changes are refused by the append-only trigger in replica mode too.
    await expect(
      t.db.transaction().execute(async (trx) => {
        await sql`SET LOCAL session_replication_role = replica`.execute(trx);
        await sql`DELETE FROM fund_entry WHERE transaction_id = ${transactionId}`.execute(trx);
      }),
    ).rejects.toThrow(/append-only/);
    expect(await checkLedger(t.db)).toBeNull();
  });
});
