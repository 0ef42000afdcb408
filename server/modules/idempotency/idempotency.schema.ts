// The Idempotency-Key header at the edge: routes that create money transactions declare
// `headers: idempotencyHeaders`, so a missing or malformed key is a 400 naming
// `headers.idempotency-key` before anything runs (the service checks it again).
import { z } from 'zod';

/** 1 to 255 printable ASCII characters (a UUID, as the web app sends, fits). */
export const IDEMPOTENCY_KEY = /^[\x20-\x7e]{1,255}$/;
export const IDEMPOTENCY_KEY_MESSAGE = 'Idempotency-Key must be 1 to 255 printable ASCII characters (a new UUID for each new request, the same one for its retries)';

export const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string({ error: IDEMPOTENCY_KEY_MESSAGE })
    .regex(IDEMPOTENCY_KEY, IDEMPOTENCY_KEY_MESSAGE)
    .describe('Chosen by the client for this request and sent again, unchanged, with each retry of it: a retry gets the first answer back (kept 24 hours)'),
});
