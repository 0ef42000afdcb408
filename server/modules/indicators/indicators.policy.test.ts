import { describe } from 'vitest';
import { OTHER_ROW, OWN_ROW, itFollowsItsTable } from '../../test/policies.ts';
import { indicatorsPolicy } from './indicators.policy.ts';

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
const coordinators = ['system', 'secretariatAdmin', 'secretariatCoordinator', 'memberCoordinator'] as const;

describe('indicators policy', () => {
  itFollowsItsTable(indicatorsPolicy, {
    read: { allowed: [...everyoneSignedIn] },
    // A line's coordinators (their organisation co-leads one of its working groups) and admins.
    create: [
      { subject: { coordinatesLine: true }, allowed: [...coordinators] },
      { subject: { coordinatesLine: false }, allowed: ['system', 'secretariatAdmin'] },
    ],
    update: [
      { subject: OWN_ROW, allowed: ['system', 'memberCoordinator'] },
      { subject: OTHER_ROW, allowed: ['system'] },
    ],
    delete: [
      { subject: OWN_ROW, allowed: ['system', 'memberCoordinator'] },
      { subject: OTHER_ROW, allowed: ['system'] },
    ],
    // Values are reported by their own organisation's users who are not viewers.
    report: [
      { subject: OWN_ROW, allowed: ['system', 'memberCoordinator', 'memberFocalPoint'] },
      { subject: OTHER_ROW, allowed: ['system', 'partnerFocalPoint'] },
    ],
    approve: [
      { subject: { coordinatesLine: true }, allowed: [...coordinators] },
      { subject: { coordinatesLine: false }, allowed: ['system', 'secretariatAdmin'] },
    ],
    closePeriod: [
      { subject: { coordinatesLine: true, coalitionWide: false }, allowed: [...coordinators] },
      { subject: { coordinatesLine: false, coalitionWide: false }, allowed: ['system', 'secretariatAdmin'] },
      { subject: { coordinatesLine: true, coalitionWide: true }, allowed: ['system', 'secretariatAdmin'] },
    ],
  });
});
