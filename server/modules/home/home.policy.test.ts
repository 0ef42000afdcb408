import { describe } from 'vitest';
import { itFollowsItsTable } from '../../test/policies.ts';
import { homePolicy } from './home.policy.ts';

describe('home policy', () => {
  itFollowsItsTable(homePolicy, {
    read: {
      allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'secretariatViewer', 'memberCoordinator', 'memberFocalPoint', 'memberViewer', 'partnerFocalPoint'],
    },
    seeCoalition: { allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'secretariatViewer'] },
  });
});
