import { describe } from 'vitest';
import { itFollowsItsTable } from '../../test/policies.ts';
import { frameworkPolicy } from './framework.policy.ts';

describe('framework policy', () => {
  itFollowsItsTable(frameworkPolicy, {
    read: {
      allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'secretariatViewer', 'memberCoordinator', 'memberFocalPoint', 'memberViewer', 'partnerFocalPoint'],
    },
    manage: { allowed: ['system', 'secretariatAdmin'] },
  });
});
