// Reading what a posting names (its fund, project and window) for postings that arrive
// together, in one statement (ADR 0042). Under load a posting's read was a round trip and a
// statement of its own, about a sixth of a posting's cost; the postings whose requests arrive
// in one turn of the event loop are read by one statement instead, one per reader (the fund's
// sharing rule is the reader's). DataLoader gathers them: each read is made after its request
// arrived, so nothing is read from before a request was sent, and nothing is cached between
// turns. Inside a caller's transaction (imports, the demo) a read is made at once, alone, on
// that transaction.
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import type { Actor } from '../../infra/actor.ts';
import * as q from './fund.queries.ts';

interface PostingRead extends q.PostingRefs {
  actor: Actor;
}

/** Reads in one statement at most (its arrays stay small). */
const MAX_READS = 64;

/** Reads made, and the statements that made them (tests, bench/fund.ts). */
export const postingReadCounts = { reads: 0, statements: 0 };

/** A statement refused for what one read holds (SQLSTATE class 22, data exception: a malformed id): made again read by read. */
const isBadData = (err: unknown) => typeof (err as { code?: unknown }).code === 'string' && (err as { code: string }).code.startsWith('22');

/**
 * One statement per reader among the reads gathered. A statement of several reads refused for one
 * read's data is made again read by read, so only that read gets the error; any other failure
 * (the database gone) is every read's, as it would have been alone.
 */
async function readTogether(db: Kysely<Database>, reads: readonly PostingRead[]): Promise<(q.PostingContextRow | undefined | Error)[]> {
  const byReader = new Map<string, number[]>();
  reads.forEach((read, i) => {
    const reader = JSON.stringify(read.actor);
    byReader.set(reader, [...(byReader.get(reader) ?? []), i]);
  });
  const out: (q.PostingContextRow | undefined | Error)[] = new Array(reads.length);
  await Promise.all(
    [...byReader.values()].map(async (indexes) => {
      const actor = reads[indexes[0]!]!.actor;
      postingReadCounts.reads += indexes.length;
      postingReadCounts.statements++;
      try {
        const rows = await q.findPostingContexts(
          db,
          actor,
          indexes.map((i) => reads[i]!),
        );
        indexes.forEach((i, k) => {
          out[i] = rows[k];
        });
      } catch (err) {
        if (!isBadData(err) || indexes.length === 1) {
          for (const i of indexes) out[i] = err instanceof Error ? err : new Error(String(err));
          return;
        }
        await Promise.all(
          indexes.map(async (i) => {
            out[i] = await q.findPostingContexts(db, actor, [reads[i]!]).then(
              ([row]) => row,
              (readErr: unknown) => (readErr instanceof Error ? readErr : new Error(String(readErr))),
            );
          }),
        );
      }
    }),
  );
  return out;
}

const loaders = new WeakMap<Kysely<Database>, DataLoader<PostingRead, q.PostingContextRow | undefined>>();

/** The fund `refs.fundId` if `actor` may read it, with the project and window the posting names; else undefined. */
export function readPostingContext(db: Db, actor: Actor, refs: q.PostingRefs): Promise<q.PostingContextRow | undefined> {
  if (db.isTransaction) {
    postingReadCounts.reads++;
    postingReadCounts.statements++;
    return q.findPostingContexts(db, actor, [refs]).then(([row]) => row);
  }
  let loader = loaders.get(db);
  if (!loader) {
    // Gathered until the event loop's check phase: the requests read from the sockets in one
    // poll are read together; the wait is no longer than the turn.
    loader = new DataLoader((reads) => readTogether(db, reads), { cache: false, maxBatchSize: MAX_READS, batchScheduleFn: (run) => setImmediate(run) });
    loaders.set(db, loader);
  }
  return loader.load({ actor, ...refs });
}
