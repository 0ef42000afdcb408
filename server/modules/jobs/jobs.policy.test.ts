import { describe } from 'vitest';
import { itFollowsItsTable } from '../../test/policies.ts';
import { jobsPolicy } from './jobs.policy.ts';

const everyoneSignedIn = [
  'system',
  'secretariatAdmin',
  'secretariatCoordinator',
  'secretariatViewer',
  'memberCoordinator',
  'memberFocalPoint',
  'memberViewer',
  'partnerFocalPoint',
] as const;

// Which job a user reads is the query's (created_by); the policy only needs someone signed in.
describe('jobs policy', () => {
  itFollowsItsTable(jobsPolicy, {
    start: { allowed: [...everyoneSignedIn] },
    read: { allowed: [...everyoneSignedIn] },
  });
});
