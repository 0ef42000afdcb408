// Writing ledger postings (ADR 0041). A posting is read, validated and authorised by
// fund.service.ts; what it writes — the transaction, its entries, its balances, the overdraft
// check, the audit event and, with an Idempotency-Key, the key's answer — is one statement
// that commits on its own (`writePostings`). Under load the postings that arrive while such a
// statement is running are written together by the next one, one fund's to a statement (group
// commit): one statement, one commit and one flush of the WAL for several postings, which is
// most of a posting's cost on the server. A statement is all or nothing, so when one of a group is refused (an
// overdraft, a key taken or still in use, a reversal already made) the whole group is
// written again one posting at a time, and each gets its own answer or refusal.
import { type Kysely, sql } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { type AuditEntry, appendEventsSql } from '../audit/audit.service.ts';
import { type KeyClaim, keysInStatement } from '../idempotency/idempotency.service.ts';
import * as q from './fund.queries.ts';
import { type Entry, isCreditAccount } from './fund.rules.ts';

/** A posting read, validated and authorised: what it writes. */
export interface PreparedPosting {
  row: q.TransactionInsert;
  entries: Entry[];
  audit: { ctx: Ctx; entry: AuditEntry };
  /** With an Idempotency-Key: the key, and the answer to store under it but for its `seq`. */
  key?: { claim: KeyClaim; status: number; template: string };
}

/** What the statement gave back for a posting: its transaction's number, and with a key the answer stored. */
export interface Written {
  seq: string;
  storedBody: string | null;
}

/** Away-from-the-limit changes go to one of these slot rows, drawn per statement (fund.table.ts). */
const SLOTS = 63;
/** Postings written by one statement at most (a statement's arrays stay small). */
const MAX_GROUP = 32;
/**
 * Group statements running at once per database: one, so that the postings arriving meanwhile
 * make the next group bigger (two at once were measured no faster: ADR 0041).
 */
const MAX_RUNNING = 1;
/**
 * A statement running longer than this (waiting for a row another transaction holds — an
 * import's, say) no longer counts against MAX_RUNNING: the postings behind it are not held up
 * by a wait that is not theirs.
 */
const STALLED_MS = 25;

/**
 * The postings as one statement's rows: their balances' changes summed per account, each
 * drawn-on account checked. Each posting's change to an account is summed with the others'
 * in its direction: towards the limit in slot 0 (checked), away from it in a slot drawn per
 * statement. The check counts only the changes towards the limit (`away` is taken off slot 0's
 * new value, since the check's fresh snapshot sees this statement's own slot row): what
 * passes it passes in every order of the group's postings. Summed in both directions, two
 * postings neither of which fits on its own (a transfer and a refund of one project with
 * nothing on either side) would net to zero and both be let through.
 */
function toWrite(postings: PreparedPosting[]): q.PostingsWrite {
  const towards = (account: string, delta: bigint) => (isCreditAccount(account) ? delta > 0n : delta < 0n);
  const net = new Map<string, { fund_id: string; account: string; currency: string; towards: bigint; away: bigint }>();
  for (const p of postings) {
    const own = new Map<string, { account: string; currency: string; delta: bigint }>();
    for (const e of p.entries) {
      const id = `${p.row.fund_id} ${e.account} ${e.currency}`;
      const c = own.get(id) ?? { account: e.account, currency: e.currency, delta: 0n };
      c.delta += e.amountMinor;
      own.set(id, c);
    }
    for (const [id, c] of own) {
      if (c.delta === 0n) continue;
      const n = net.get(id) ?? { fund_id: p.row.fund_id, account: c.account, currency: c.currency, towards: 0n, away: 0n };
      if (towards(c.account, c.delta)) n.towards += c.delta;
      else n.away += c.delta;
      net.set(id, n);
    }
  }
  // A change towards the account's limit is checked under slot 0's lock; one away from it cannot overdraw and waits for nobody.
  const awaySlot = 1 + Math.floor(Math.random() * SLOTS);
  const moved = [...net.values()];
  const changes = moved
    .flatMap((c) => [
      ...(c.towards !== 0n ? [{ fund_id: c.fund_id, account: c.account, currency: c.currency, slot: 0, delta: c.towards.toString() }] : []),
      ...(c.away !== 0n ? [{ fund_id: c.fund_id, account: c.account, currency: c.currency, slot: awaySlot, delta: c.away.toString() }] : []),
    ])
    .sort((a, b) =>
      a.fund_id !== b.fund_id
        ? a.fund_id < b.fund_id
          ? -1
          : 1
        : a.account !== b.account
          ? a.account < b.account
            ? -1
            : 1
          : a.currency !== b.currency
            ? a.currency < b.currency
              ? -1
              : 1
            : a.slot - b.slot,
    );
  const keyed = postings.filter((p) => p.key);
  return {
    transactions: postings.map((p) => p.row),
    entries: postings.flatMap((p) => p.entries.map((e) => ({ transaction_id: p.row.id, account: e.account, currency: e.currency, amount_minor: e.amountMinor.toString() }))),
    changes,
    // In the order the entries name them, so that a refusal names what a posting draws on first.
    limits: moved
      .filter((c) => c.towards !== 0n)
      .map((c) => ({ fund_id: c.fund_id, account: c.account, currency: c.currency, credit: isCreditAccount(c.account), away: c.away.toString() })),
    audit: appendEventsSql(postings.map((p) => p.audit)),
    keys: keyed.length
      ? {
          lock: keysInStatement.lock(keyed.map((p) => p.key!.claim)),
          // Every keyed posting here answers 201 (the route's): one status for the group.
          storeAnswers: (bodies) =>
            keysInStatement.storeAnswers(
              keyed.map((p) => p.key!.claim),
              keyed[0]!.key!.status,
              bodies,
            ),
          free: keysInStatement.free(keyed.map((p) => p.key!.claim)),
          answers: keyed.map((p) => ({ user_id: p.key!.claim.userId, key: p.key!.claim.key, transaction_id: p.row.id, template: p.key!.template })),
        }
      : undefined,
  };
}

/** Writes `postings` in one statement now (in `db`'s transaction, if it is one); a refusal is the database's error as it came. */
export async function writeNow(db: Db, postings: PreparedPosting[]): Promise<Written[]> {
  const w = toWrite(postings);
  const out = db.isTransaction
    ? await q.writePostings(db, w)
    : await (db as Kysely<Database>).connection().execute(async (conn) => {
        try {
          return await q.writePostings(conn, w);
        } catch (err) {
          // pg hands a statement's error over on PostgreSQL's error message, before the statement's
          // transaction has ended (its ReadyForQuery): its keys' locks may still be held. A
          // statement on the same connection runs once it has — only then may anyone act on the
          // refusal (write the group's postings again, answer, let the key be sent again), or a
          // key never used before could be refused as "still in progress".
          await sql`SELECT 1`.execute(conn).catch(() => {});
          throw err;
        }
      });
  const seqs = new Map(out.seqs.map((s) => [s.id, s.seq]));
  const answers = new Map((out.answers ?? []).map((a) => [`${a.user_id} ${a.key}`, a.body]));
  return postings.map((p) => ({
    seq: seqs.get(p.row.id)!,
    storedBody: p.key ? (answers.get(`${p.key.claim.userId} ${p.key.claim.key}`) ?? null) : null,
  }));
}

/** Since the process started: statements written, the postings they wrote, and the groups written again one by one (bench/fund.ts reports them). */
export const writerCounts = { statements: 0, postings: 0, regrouped: 0 };

interface Waiting {
  posting: PreparedPosting;
  resolve: (w: Written) => void;
  reject: (err: unknown) => void;
}

/** The postings waiting for a statement, per database. */
class Group {
  private waiting: Waiting[] = [];
  /** The statements running, each with when it started. */
  private readonly running = new Set<{ started: number }>();
  private recheck: NodeJS.Timeout | undefined;

  constructor(private readonly db: Kysely<Database>) {}

  submit(posting: PreparedPosting): Promise<Written> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ posting, resolve, reject });
      this.next();
    });
  }

  private next() {
    while (this.waiting.length) {
      const now = performance.now();
      const busy = [...this.running].filter((run) => now - run.started < STALLED_MS).length;
      if (busy >= MAX_RUNNING) {
        // Look again when the oldest running statement counts as stalled, unless one ends first.
        this.recheck ??= setTimeout(() => {
          this.recheck = undefined;
          this.next();
        }, STALLED_MS).unref();
        return;
      }
      // Two requests under one key never share a statement: the second waits for the next one.
      // One fund's postings a statement: a statement waiting for a lock on one fund's rows (an
      // import's) holds up no other fund's postings beyond STALLED_MS.
      const group: Waiting[] = [];
      const later: Waiting[] = [];
      const keys = new Set<string>();
      const fundId = this.waiting[0]!.posting.row.fund_id;
      for (const w of this.waiting) {
        const key = w.posting.key && `${w.posting.key.claim.userId} ${w.posting.key.claim.key}`;
        if (group.length < MAX_GROUP && w.posting.row.fund_id === fundId && !(key && keys.has(key))) {
          group.push(w);
          if (key) keys.add(key);
        } else later.push(w);
      }
      this.waiting = later;
      const run = { started: now };
      this.running.add(run);
      void this.write(group).finally(() => {
        this.running.delete(run);
        this.next();
      });
    }
  }

  private async write(group: Waiting[]) {
    writerCounts.statements++;
    writerCounts.postings += group.length;
    try {
      const written = await writeNow(
        this.db,
        group.map((w) => w.posting),
      );
      for (const [i, w] of group.entries()) w.resolve(written[i]!);
    } catch (err) {
      if (group.length === 1) return group[0]!.reject(err);
      writerCounts.regrouped++;
      // One of them stopped the statement: each alone then, for its own answer or refusal.
      await Promise.all(
        group.map((w) =>
          writeNow(this.db, [w.posting]).then(
            ([written]) => w.resolve(written!),
            (e) => w.reject(e),
          ),
        ),
      );
    }
  }
}

const groups = new WeakMap<Kysely<Database>, Group>();

/**
 * Writes a posting: inside the caller's transaction (an import, the demo) at once; otherwise
 * with the postings that arrive while the database's statements are busy, in one statement.
 */
export function writePosting(db: Db, posting: PreparedPosting): Promise<Written> {
  if (db.isTransaction) return writeNow(db, [posting]).then(([written]) => written!);
  const root = db as Kysely<Database>;
  let group = groups.get(root);
  if (!group) {
    group = new Group(root);
    groups.set(root, group);
  }
  return group.submit(posting);
}
