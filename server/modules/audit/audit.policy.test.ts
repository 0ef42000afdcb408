import { describe } from 'vitest';
import { itFollowsItsTable } from '../../test/policies.ts';
import { auditPolicy } from './audit.policy.ts';

describe('audit policy', () => {
  itFollowsItsTable(auditPolicy, {
    read: { allowed: ['system', 'secretariatAdmin'] },
    readChanges: {
      allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'secretariatViewer', 'memberCoordinator', 'memberFocalPoint', 'memberViewer', 'partnerFocalPoint'],
    },
  });
});
