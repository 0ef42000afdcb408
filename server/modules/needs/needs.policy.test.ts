import { describe } from 'vitest';
import { OTHER_ROW, OWN_ROW, itFollowsItsTable } from '../../test/policies.ts';
import { needsPolicy } from './needs.policy.ts';

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

describe('needs policy', () => {
  itFollowsItsTable(needsPolicy, {
    read: { allowed: [...everyoneSignedIn] },
    create: { allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'memberCoordinator', 'memberFocalPoint', 'partnerFocalPoint'] },
    update: [
      { subject: OWN_ROW, allowed: ['system', 'memberCoordinator', 'memberFocalPoint'] },
      { subject: OTHER_ROW, allowed: ['system', 'partnerFocalPoint'] },
    ],
    delete: [
      { subject: OWN_ROW, allowed: ['system', 'memberCoordinator', 'memberFocalPoint'] },
      { subject: OTHER_ROW, allowed: ['system', 'partnerFocalPoint'] },
    ],
    stateForWorkingGroup: [
      // A co-lead's users state needs for their group (the rule asks nothing of the role: creating the need is what needs one).
      { subject: { coLead: true }, allowed: [...everyoneSignedIn] },
      // Otherwise only the secretariat speaks for a group.
      { subject: { coLead: false }, allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'secretariatViewer'] },
    ],
  });
});
