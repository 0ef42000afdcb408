// The sealer gives committed audit events their place in the hash chain. One sealer at
// a time holds the chain head (FOR UPDATE SKIP LOCKED: another process's sealer simply
// lets it be), takes the unsealed events in insertion order and chains a batch in one
// transaction. An event whose write commits late is sealed in a later batch: the chain
// order is the sealing order, and seq numbers it without gaps.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import { type ChainedFields, chainHash } from './audit.service.ts';

const BATCH = 1000;

export function chainedFields(row: {
  seq: string;
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_org_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
}): ChainedFields {
  return {
    seq: row.seq,
    id: row.id,
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
}

/**
 * Seals one batch; returns how many events it sealed. With `wait` false it gives way at
 * once (0) when another sealer holds the head; with `wait` true it queues behind it.
 */
async function sealBatch(db: Kysely<Database>, wait: boolean): Promise<number> {
  return await db.transaction().execute(async (trx) => {
    let headQuery = trx.selectFrom('audit_chain_head').select(['seq', 'hash']).forUpdate();
    if (!wait) headQuery = headQuery.skipLocked();
    const head = await headQuery.executeTakeFirst();
    if (!head) return 0;
    const pending = await trx
      .selectFrom('audit_event')
      .select(['id', 'occurred_at', 'actor_user_id', 'actor_org_id', 'action', 'entity', 'entity_id', 'before', 'after', 'request_id'])
      .where('seq', 'is', null)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (!pending.length) return 0;
    let seq = BigInt(head.seq);
    let prevHash = head.hash;
    const sealed = pending.map((row) => {
      seq += 1n;
      const hash = chainHash(prevHash, chainedFields({ ...row, seq: String(seq) }));
      const out = { id: row.id, seq: String(seq), prev_hash: prevHash, hash };
      prevHash = hash;
      return out;
    });
    const values = sql.join(sealed.map((s) => sql`(${s.id}::bigint, ${s.seq}::bigint, ${s.prev_hash}, ${s.hash})`));
    await sql`
      UPDATE audit_event e SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
      FROM (VALUES ${values}) AS v(id, seq, prev_hash, hash)
      WHERE e.id = v.id`.execute(trx);
    await trx.updateTable('audit_chain_head').set({ seq: String(seq), hash: prevHash }).execute();
    return sealed.length;
  });
}

/** Seals every event committed so far (waiting for a sealer at work elsewhere, unless told not to). */
export async function sealPendingAuditEvents(db: Kysely<Database>, { wait = true } = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await sealBatch(db, wait);
    total += n;
    if (n < BATCH) return total;
  }
}

/**
 * Runs the sealer in the background of a server: shortly after each write (kick) and
 * every few seconds for writes from other processes.
 */
export class AuditSealer {
  private timer: NodeJS.Timeout | undefined;
  private interval: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly onError: (err: unknown) => void,
    private readonly delayMs = 20,
  ) {}

  start(everyMs = 2000) {
    this.interval = setInterval(() => this.kick(), everyMs);
    this.interval.unref();
  }

  kick() {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, this.delayMs);
    this.timer.unref();
  }

  private async run() {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = sealPendingAuditEvents(this.db, { wait: false })
      .then(() => undefined)
      .catch(this.onError)
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
    await this.running;
  }

  /** Stops the timers and seals what is left, so a clean shutdown leaves nothing unsealed. */
  async stop() {
    clearInterval(this.interval);
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
    await sealPendingAuditEvents(this.db).catch(this.onError);
  }
}
