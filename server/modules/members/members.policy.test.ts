import { describe } from 'vitest';
import { itFollowsItsTable } from '../../test/policies.ts';
import { membersPolicy } from './members.policy.ts';

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

describe('members policy', () => {
  itFollowsItsTable(membersPolicy, {
    read: { allowed: [...everyoneSignedIn] },
    manage: { allowed: ['system', 'secretariatAdmin'] },
  });
});
