import { describe } from 'vitest';
import { OTHER_ROW, OWN_ROW, itFollowsItsTable } from '../../test/policies.ts';
import { sharedRowsPolicy } from './sharing.policy.ts';

// The edit rule of every shared row: the owner organisation's users who are not viewers.
// The secretariat reads other organisations' AMBER rows but changes none of them.
describe('shared rows policy (the edit rule)', () => {
  itFollowsItsTable(sharedRowsPolicy, {
    create: [
      { subject: OWN_ROW.owner_org_id, allowed: ['system', 'memberCoordinator', 'memberFocalPoint'] },
      { subject: OTHER_ROW.owner_org_id, allowed: ['system', 'partnerFocalPoint'] },
    ],
    edit: [
      { subject: OWN_ROW, allowed: ['system', 'memberCoordinator', 'memberFocalPoint'] },
      { subject: OTHER_ROW, allowed: ['system', 'partnerFocalPoint'] },
    ],
  });
});
