// Who may see a job: the user who started it, and nobody else — not the secretariat, not an
// admin. A job's result may name rows only its starter may read (an import report, an
// export), and its mere existence says what someone is doing; so for anyone else a job
// answers exactly like a missing one (404), and that check is in the query's WHERE
// (`created_by = <the reader>`), not here. What a job itself does (an import for an
// organisation) is its own module's policy, checked before it is started.
import { definePolicy, signedIn } from '../../infra/policy.ts';

export const jobsPolicy = definePolicy('jobs', {
  /** Starting a job: a signed-in person (the job runs as them); the system actor has no one to run as. */
  start: signedIn,
  /** Reading one's own jobs; which ones are one's own is the query's. */
  read: signedIn,
});
