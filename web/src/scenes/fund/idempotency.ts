// One Idempotency-Key per attempt to post: made in the browser when a request is first sent,
// sent again unchanged with every retry of that same request (a double click, a lost answer),
// and replaced as soon as the request changes — so the server posts it at most once, and a
// corrected form is a new request rather than a refused reuse of the old key.
import { ApiError } from '../../api/client.ts';

/** A random version 4 UUID: crypto.randomUUID where the page is a secure context, the same from getRandomValues elsewhere. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Keeps the key of the request being posted: the same request gets the same key until it succeeds. */
export class IdempotentAttempt {
  private current: { key: string; request: string } | null = null;

  keyFor(request: unknown): string {
    const text = JSON.stringify(request);
    if (this.current?.request !== text) this.current = { key: newKey(), request: text };
    return this.current.key;
  }

  /** After an answer that settles the request (posted, or refused for good): the next one is new. */
  done() {
    this.current = null;
  }
}

/**
 * Whether an error may go away if the same request is sent again with the same key: no
 * answer at all (the network), a server error, or the key's own 409 (the first send still
 * running, or too much contention). An overdraft's 409 names no key and is final.
 */
export function isRetryable(err: unknown): boolean {
  if (!(err instanceof ApiError)) return true;
  if (err.status >= 500) return true;
  return err.status === 409 && err.errors.some((e) => e.path === 'headers.idempotency-key');
}

/** Sends `send(key)` and, on a retryable failure, sends it again with the same key (up to `tries` times in all). */
export async function withRetries<T>(send: () => Promise<T>, tries = 3, wait = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (err) {
      if (attempt >= tries || !isRetryable(err)) throw err;
      await wait(400 * 2 ** (attempt - 1));
    }
  }
}
