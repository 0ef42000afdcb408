// Recomputes the chain from the first event and names the first one that does not hold:
// a changed field breaks its own hash, a deleted event breaks the next one's link, and
// the chain head catches a deleted last event. A chain rewritten consistently (by the
// database's owner) passes all of that; heads saved earlier outside the database (anchors:
// `--expect SEQ:HASH`, DATA_DIR/audit-checkpoints) catch it, as the rewritten chain no
// longer passes through them.
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import { GENESIS_HASH, chainHash } from './audit.service.ts';
import type { Ctx } from '../../infra/actor.ts';
import { auditPolicy } from './audit.policy.ts';
import { type ChainHead, chainedFields, sealPendingAuditEvents } from './audit.seal.ts';

/** A head saved earlier, and where it was saved (for the message). */
export interface Anchor extends ChainHead {
  source: string;
}

export type VerifyResult =
  | { ok: true; events: number; pending: number; head: ChainHead; anchors: number }
  | { ok: false; events: number; pending: number; head: ChainHead; anchors: number; brokenSeq: string; reason: string };

/** Verifies in one snapshot (repeatable read), so a sealer at work cannot confuse it. */
export async function verifyAuditChain(db: Kysely<Database>, onProgress?: (done: number, total: number) => void, anchors: Anchor[] = []): Promise<VerifyResult> {
  return await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute((trx) => verifyInSnapshot(trx, onProgress, anchors));
}

function short(hash: string) {
  return hash.slice(0, 12);
}

async function verifyInSnapshot(db: Db, onProgress: ((done: number, total: number) => void) | undefined, anchors: Anchor[]): Promise<VerifyResult> {
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
  const chainHead = { seq: head.seq, hash: head.hash };
  const broken = (seq: string, reason: string): VerifyResult => ({ ok: false, events: checked, pending: waiting, head: chainHead, anchors: anchorsHeld, brokenSeq: seq, reason });
  const bySeq = new Map<string, Anchor[]>();
  for (const a of anchors) if (a.seq !== '0') bySeq.set(a.seq, [...(bySeq.get(a.seq) ?? []), a]);
  let anchorsHeld = 0;
  let lastHeld: Anchor | undefined;
  for (;;) {
    const rows = await db.selectFrom('audit_event').selectAll().where('seq', '>=', String(expectedSeq)).orderBy('seq').limit(batch).execute();
    for (const row of rows) {
      const seq = row.seq!;
      if (BigInt(seq) !== expectedSeq) return broken(seq, `event ${expectedSeq} is missing before it`);
      if (row.prev_hash !== prevHash) return broken(seq, 'its link to the previous event does not match');
      if (chainHash(prevHash, chainedFields({ ...row, seq })) !== row.hash) return broken(seq, 'its content does not match its hash');
      for (const anchor of bySeq.get(seq) ?? []) {
        if (anchor.hash !== row.hash)
          return broken(
            seq,
            `the chain no longer passes through the head saved in ${anchor.source} (${seq}:${short(anchor.hash)}…, now ${short(row.hash!)}…): ` +
              `it was rewritten from event ${lastHeld ? BigInt(lastHeld.seq) + 1n : 1n} to event ${seq}` +
              (lastHeld ? ` (the head saved in ${lastHeld.source} at event ${lastHeld.seq} still holds)` : ''),
          );
        anchorsHeld += 1;
        lastHeld = anchor;
      }
      prevHash = row.hash!;
      expectedSeq += 1n;
      checked += 1;
    }
    onProgress?.(checked, total);
    if (rows.length < batch) break;
  }
  if (String(expectedSeq - 1n) !== head.seq || prevHash !== head.hash)
    return broken(String(expectedSeq), `the chain ends at event ${expectedSeq - 1n} but its head says ${head.seq}: events were removed from its end`);
  const beyond = anchors.filter((a) => BigInt(a.seq) > expectedSeq - 1n).sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1))[0];
  if (beyond)
    return broken(
      String(expectedSeq),
      `the chain ends at event ${expectedSeq - 1n} but the head saved in ${beyond.source} reached event ${beyond.seq}: events were removed from its end`,
    );
  return { ok: true, events: checked, pending: waiting, head: chainHead, anchors: anchorsHeld };
}

/** `GET /api/audit/verify`: seals the events waiting, then verifies the chain (admins). */
export async function verifyAudit(db: Kysely<Database>, ctx: Ctx): Promise<VerifyResult> {
  auditPolicy.read(ctx.actor);
  await sealPendingAuditEvents(db);
  return await verifyAuditChain(db);
}
