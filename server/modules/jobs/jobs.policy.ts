// Who may see a job: the user who started it, and nobody else — not the secretariat, not an
// admin. A job's result may name rows only its starter may read (an import report, an
// export), and its mere existence says what someone is doing; so for anyone else a job
// answers exactly like a missing one (404), and the check is in the query's WHERE.
import type { Actor } from '../../infra/actor.ts';
import { assertSignedIn } from '../../infra/policy.ts';

/** The user id whose jobs `actor` may read; throws 401 for anyone not signed in. */
export function jobReaderId(actor: Actor): string {
  assertSignedIn(actor);
  return actor.userId;
}

/** Starting a job needs a signed-in user; what the job itself allows is its module's policy. */
export function assertMayStartJob(actor: Actor): asserts actor is Extract<Actor, { kind: 'user' }> {
  assertSignedIn(actor);
}
