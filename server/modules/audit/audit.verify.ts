// Recomputes the chain from the first event and names the first one that does not hold:
// a changed field breaks its own hash, a deleted event breaks the next one's link.
import type { Db } from '../../db/database.ts';
import { type ChainedFields, GENESIS_HASH, chainHash } from './audit.service.ts';

export type VerifyResult =
  | { ok: true; events: number }
  | { ok: false; events: number; brokenSeq: string; reason: string };

export async function verifyAuditChain(
  db: Db,
  onProgress?: (done: number, total: number) => void,
): Promise<VerifyResult> {
  const { count } = await db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  const total = Number(count);
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1n;
  let checked = 0;
  const batch = 5000;
  for (;;) {
    const rows = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('seq', '>=', String(expectedSeq))
      .orderBy('seq')
      .limit(batch)
      .execute();
    for (const row of rows) {
      if (BigInt(row.seq) !== expectedSeq) {
        return { ok: false, events: checked, brokenSeq: row.seq, reason: `event ${expectedSeq} is missing before it` };
      }
      if (row.prev_hash !== prevHash) {
        return { ok: false, events: checked, brokenSeq: row.seq, reason: 'its link to the previous event does not match' };
      }
      const fields: ChainedFields = {
        seq: row.seq,
        occurred_at: row.occurred_at.toISOString(),
        actor_user_id: row.actor_user_id,
        actor_org_id: row.actor_org_id,
        action: row.action,
        entity: row.entity,
        entity_id: row.entity_id,
        before: row.before ?? null,
        after: row.after ?? null,
        request_id: row.request_id,
      };
      if (chainHash(prevHash, fields) !== row.hash) {
        return { ok: false, events: checked, brokenSeq: row.seq, reason: 'its content does not match its hash' };
      }
      prevHash = row.hash;
      expectedSeq += 1n;
      checked += 1;
    }
    onProgress?.(checked, total);
    if (rows.length < batch) break;
  }
  return { ok: true, events: checked };
}
