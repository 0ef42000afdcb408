// The sealer gives committed audit events their place in the hash chain. It reads the chain
// head and the unsealed events in insertion order, hashes a batch, and writes the batch's chain
// columns with the head moved on in one statement that does nothing if the head has moved
// meanwhile: two sealers (another process's, a command's) never both seal, and the one that
// loses gives way or tries again. An event whose write commits late is sealed in a later
// batch: the chain order is the sealing order, and seq numbers it without gaps.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { type ChainedFields, chainHash } from './audit.service.ts';

const BATCH = 1000;

/** An event as read back from audit_event: what its hash covers, its time a Date and its related rows as stored. */
type StoredEvent = Omit<ChainedFields, 'occurred_at' | 'related'> & { occurred_at: Date; related: unknown };

export function chainedFields(row: StoredEvent): ChainedFields {
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
    // Covered by the hash when present; left out (not null) when empty, so that events
    // sealed before migration 0016 keep their hash. Sealing and verify both come here.
    ...(row.related == null ? {} : { related: row.related as ChainedFields['related'] }),
  };
}

/** An event waiting to be sealed (none: `id` null), with the chain's head as the same snapshot saw it. */
type Waiting = Omit<StoredEvent, 'seq' | 'id'> & { id: string | null; head_seq: string; head_hash: string };

/**
 * Seals one batch in two statements, holding no lock while the hashes are taken in between:
 * the head and the events waiting after it (one snapshot), then the events' chain columns and
 * the head moved on — on condition that the head is still where it was read. A sealer that
 * got there first has moved it (the head moves in the same statement as the events it seals),
 * and then this one writes nothing. Returns how many events it sealed, or null when it lost.
 * (Two round trips where a transaction holding the head's lock took six: under load the
 * sealer runs a batch every few postings; measured in ADR 0043, about 6 % of a posting's CPU.)
 */
async function sealBatch(db: Kysely<Database>): Promise<number | null> {
  const { rows } = await sql<Waiting>`
    SELECT h.seq::text AS head_seq, h.hash AS head_hash, e.id::text AS id, e.occurred_at, e.actor_user_id, e.actor_org_id, e.action, e.entity,
      e.entity_id, e.before, e.after, e.request_id, e.related
    FROM audit_chain_head h
    LEFT JOIN LATERAL (SELECT * FROM audit_event WHERE seq IS NULL ORDER BY id LIMIT ${BATCH}) e ON true
    ORDER BY e.id`.execute(db);
  const head = rows[0];
  if (!head?.id) return 0;
  let seq = BigInt(head.head_seq);
  let prevHash = head.head_hash;
  const sealed = rows.map((row) => {
    seq += 1n;
    const hash = chainHash(prevHash, chainedFields({ ...row, id: row.id!, seq: String(seq) }));
    const out = { id: row.id!, seq: String(seq), prev_hash: prevHash, hash };
    prevHash = hash;
    return out;
  });
  // The app's role may not UPDATE audit_event: audit_seal_events, which runs as the owner,
  // fills in the chain columns of events that have none and nothing else (migration 0007).
  const { rows: done } = await sql<{ sealed: number }>`
    WITH moved AS (
      UPDATE audit_chain_head SET seq = ${String(seq)}, hash = ${prevHash} WHERE seq = ${head.head_seq} AND hash = ${head.head_hash} RETURNING 1
    )
    SELECT audit_seal_events(${sealed.map((s) => s.id)}::bigint[], ${sealed.map((s) => s.seq)}::bigint[],
      ${sealed.map((s) => s.prev_hash)}::text[], ${sealed.map((s) => s.hash)}::text[]) AS sealed
    FROM moved`.execute(db);
  if (!done.length) sealerCounts.lost++;
  return done.length ? sealed.length : null;
}

/** Batches this process hashed and then found sealed by another sealer, since it started (the tests read it). */
export const sealerCounts = { lost: 0 };

/**
 * Seals every event committed so far. With `wait` (the default) a batch another sealer got to
 * first is read and hashed again; without it this sealer gives way to the other as soon as it
 * finds the head moved (the other then seals what it read; the next kick, the rest).
 */
export async function sealPendingAuditEvents(db: Kysely<Database>, { wait = true } = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await sealBatch(db);
    if (n === null) {
      if (wait) continue;
      return total;
    }
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

// Checkpoints anchor the chain outside the database. Its owner (a superuser, or whoever
// holds the owner's password) could switch the append-only trigger off and rewrite the
// whole chain consistently, since every hash can be recomputed; a head written down
// earlier, somewhere the database cannot reach, still catches that: the rewritten chain
// no longer passes through it. The server appends the head to DATA_DIR/audit-checkpoints
// when it has moved (at most every CHECKPOINT_EVERY_MS, and when it stops), commands after
// their writes; `entente audit verify` reads that file by default. Copy it off the
// machine (or keep the printed head) for an anchor the host's root cannot rewrite either.

export const CHECKPOINT_FILE = 'audit-checkpoints';
const CHECKPOINT_EVERY_MS = 30_000;

export interface ChainHead {
  seq: string;
  hash: string;
}

/** Names the database a checkpoint belongs to, so one file may serve several (tests, a move to DATABASE_URL). */
export function checkpointDatabase(config: Pick<Config, 'databaseUrl'>): string {
  if (!config.databaseUrl) return 'embedded';
  const u = new URL(config.databaseUrl);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

export function checkpointFile(config: Pick<Config, 'dataDir'>): string {
  return join(config.dataDir, CHECKPOINT_FILE);
}

/** The heads saved for this database, oldest first. Lines: `SEQ:HASH TIME DATABASE`. */
export function readCheckpoints(file: string, database: string): (ChainHead & { at: string })[] {
  if (!existsSync(file)) return [];
  const out: (ChainHead & { at: string })[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [head, at, db] = line.trim().split(/\s+/);
    if (db !== database || !head) continue;
    const parsed = parseHead(head);
    if (parsed) out.push({ ...parsed, at: at ?? '' });
  }
  return out;
}

export function parseHead(text: string): ChainHead | undefined {
  const m = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  return m ? { seq: String(BigInt(m[1]!)), hash: m[2]! } : undefined;
}

export async function readChainHead(db: Kysely<Database>): Promise<ChainHead> {
  return await db.selectFrom('audit_chain_head').select(['seq', 'hash']).executeTakeFirstOrThrow();
}

/** Appends the current head unless it is the last one written (by this process). */
export class AuditCheckpoints {
  private timer: NodeJS.Timeout | undefined;
  private last: string | undefined;
  private readonly file: string;
  private readonly database: string;

  constructor(
    private readonly db: Kysely<Database>,
    config: Pick<Config, 'dataDir' | 'databaseUrl'>,
  ) {
    this.file = checkpointFile(config);
    this.database = checkpointDatabase(config);
  }

  async write(): Promise<ChainHead> {
    const head = await readChainHead(this.db);
    this.last ??= ((last) => (last ? `${last.seq}:${last.hash}` : ''))(readCheckpoints(this.file, this.database).at(-1));
    const text = `${head.seq}:${head.hash}`;
    if (head.seq !== '0' && text !== this.last) {
      mkdirSync(join(this.file, '..'), { recursive: true });
      appendFileSync(this.file, `${text} ${new Date().toISOString()} ${this.database}\n`);
      this.last = text;
    }
    return head;
  }

  start(everyMs = CHECKPOINT_EVERY_MS) {
    void this.write().catch(() => {});
    this.timer = setInterval(() => void this.write().catch(() => {}), everyMs);
    this.timer.unref();
  }

  /** Seals what is left and writes the final head. */
  async stop() {
    clearInterval(this.timer);
    await sealPendingAuditEvents(this.db).catch(() => {});
    await this.write().catch(() => {});
  }
}
