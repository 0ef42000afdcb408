// Time-ordered ids (UUID version 7, RFC 9562) for rows created in bulk: consecutive ids
// sort together, so a million new rows append to the end of a primary-key index rather
// than touching pages all over it. Built on node:crypto's randomUUID (which draws from a
// pooled buffer): the uuid package's v7 costs about 6.7 µs an id here, this about 0.6 µs
// (`docs/PERFORMANCE.md`). Within one millisecond a 12-bit counter keeps ids increasing
// (RFC 9562 §6.2, method 1); past 4,096 ids in a millisecond the clock is stepped on.
import { randomUUID } from 'node:crypto';

let lastMs = 0;
let counter = 0;

export function uuidv7(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    ms = lastMs;
    counter += 1;
    if (counter > 0xfff) {
      ms += 1;
      counter = 0;
    }
  } else counter = 0;
  lastMs = ms;
  const time = ms.toString(16).padStart(12, '0');
  const random = randomUUID();
  // randomUUID: xxxxxxxx-xxxx-4xxx-Nxxx-xxxxxxxxxxxx; keep its variant and last 62 random bits.
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${counter.toString(16).padStart(3, '0')}${random.slice(18)}`;
}
