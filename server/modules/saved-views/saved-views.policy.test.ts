import { describe } from 'vitest';
import { itFollowsItsTable } from '../../test/policies.ts';
import { savedViewsPolicy } from './saved-views.policy.ts';

describe('saved views policy', () => {
  itFollowsItsTable(savedViewsPolicy, {
    manage: {
      allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'secretariatViewer', 'memberCoordinator', 'memberFocalPoint', 'memberViewer', 'partnerFocalPoint'],
    },
  });
});
