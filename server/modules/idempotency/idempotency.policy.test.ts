import { describe } from 'vitest';
import { itFollowsItsTable } from '../../test/policies.ts';
import { idempotencyPolicy } from './idempotency.policy.ts';

// What a keyed request may do is the guarded work's policy; the key needs only someone signed in.
describe('idempotency policy', () => {
  itFollowsItsTable(idempotencyPolicy, {
    use: {
      allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'secretariatViewer', 'memberCoordinator', 'memberFocalPoint', 'memberViewer', 'partnerFocalPoint'],
    },
  });
});
