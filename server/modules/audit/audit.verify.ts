// Recomputes the chain from the first event and names the first one that does not hold:
// a changed field breaks its own hash, a deleted event breaks the next one's link, and
// the chain head catches a deleted last event.
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import { GENESIS_HASH, chainHash } from './audit.service.ts';
import { chainedFields } from './audit.seal.ts';

export type VerifyResult =
  | { ok: true; events: number; pending: number }
  | { ok: false; events: number; pending: number; brokenSeq: string; reason: string };

/** Verifies in one snapshot (repeatable read), so a sealer at work cannot confuse it. */
export async function verifyAuditChain(
  db: Kysely<Database>,
  onProgress?: (done: number, total: number) => void,
): Promise<VerifyResult> {
  return await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute((trx) => verifyInSnapshot(trx, onProgress));
}

async function verifyInSnapshot(db: Db, onProgress?: (done: number, total: number) => void): Promise<VerifyResult> {
  const head = await db.selectFrom('audit_chain_head').select(['seq', 'hash']).executeTakeFirstOrThrow();
  const { pending } = await db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<string>().as('pending'))
    .where('seq', 'is', null)
    .executeTakeFirstOrThrow();
  const total = Number(head.seq);
  const waiting = Number(pending);
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1n;
  let checked = 0;
  const batch = 5000;
  const broken = (seq: string, reason: string): VerifyResult => ({ ok: false, events: checked, pending: waiting, brokenSeq: seq, reason });
  for (;;) {
    const rows = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('seq', '>=', String(expectedSeq))
      .orderBy('seq')
      .limit(batch)
      .execute();
    for (const row of rows) {
      const seq = row.seq!;
      if (BigInt(seq) !== expectedSeq) return broken(seq, `event ${expectedSeq} is missing before it`);
      if (row.prev_hash !== prevHash) return broken(seq, 'its link to the previous event does not match');
      if (chainHash(prevHash, chainedFields({ ...row, seq })) !== row.hash) return broken(seq, 'its content does not match its hash');
      prevHash = row.hash!;
      expectedSeq += 1n;
      checked += 1;
    }
    onProgress?.(checked, total);
    if (rows.length < batch) break;
  }
  if (String(expectedSeq - 1n) !== head.seq || prevHash !== head.hash)
    return broken(String(expectedSeq), `the chain ends at event ${expectedSeq - 1n} but its head says ${head.seq}: events were removed from its end`);
  return { ok: true, events: checked, pending: waiting };
}
