// Who may send a request with an Idempotency-Key: a signed-in person, whose keys are theirs
// alone (the key's row names the user; another user's key is simply a different key). What the
// request does is its own module's policy, asked inside the work the key guards.
import { definePolicy, signedIn } from '../../infra/policy.ts';

export const idempotencyPolicy = definePolicy('idempotency', {
  /** Using a key: a person (keys are scoped to a user); the system actor has none. */
  use: signedIn,
});
