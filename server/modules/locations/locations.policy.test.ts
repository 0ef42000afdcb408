import { describe } from 'vitest';
import { itFollowsItsTable } from '../../test/policies.ts';
import { locationsPolicy } from './locations.policy.ts';

describe('locations policy', () => {
  itFollowsItsTable(locationsPolicy, {
    read: {
      allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'secretariatViewer', 'memberCoordinator', 'memberFocalPoint', 'memberViewer', 'partnerFocalPoint'],
    },
    // A coordinator of any organisation adds places, as an admin does.
    create: { allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'memberCoordinator'] },
    loadGazetteer: { allowed: ['system', 'secretariatAdmin'] },
  });
});
