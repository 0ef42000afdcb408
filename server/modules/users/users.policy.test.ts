import { describe } from 'vitest';
import { ACTORS, itFollowsItsTable } from '../../test/policies.ts';
import { usersPolicy } from './users.policy.ts';

describe('users policy', () => {
  itFollowsItsTable(usersPolicy, {
    read: {
      allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'secretariatViewer', 'memberCoordinator', 'memberFocalPoint', 'memberViewer', 'partnerFocalPoint'],
    },
    manage: { allowed: ['system', 'secretariatAdmin'] },
    readEmails: { allowed: ['system', 'secretariatAdmin'] },
    readEmailOf: [
      // Each user reads their own address; only admins read anyone else's.
      { subject: { id: ACTORS.memberViewer.userId }, allowed: ['system', 'secretariatAdmin', 'memberViewer'] },
      { subject: { id: ACTORS.secretariatCoordinator.userId }, allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator'] },
    ],
  });
});
