import { describe } from 'vitest';
import { IDS, OTHER_ROW, OWN_ROW, itFollowsItsTable } from '../../test/policies.ts';
import { meetingsPolicy } from './meetings.policy.ts';

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

describe('meetings policy', () => {
  itFollowsItsTable(meetingsPolicy, {
    read: { allowed: [...everyoneSignedIn] },
    createSeries: { allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'memberCoordinator'] },
    updateSeries: [
      { subject: OWN_ROW, allowed: ['system', 'secretariatAdmin', 'memberCoordinator'] },
      { subject: OTHER_ROW, allowed: ['system', 'secretariatAdmin'] },
    ],
    create: { allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'memberCoordinator', 'memberFocalPoint', 'partnerFocalPoint'] },
    addToSeries: [
      // The rule is the series' organisation; creating a meeting at all (create) is what refuses viewers.
      { subject: OWN_ROW, allowed: ['system', 'memberCoordinator', 'memberFocalPoint', 'memberViewer'] },
      { subject: OTHER_ROW, allowed: ['system', 'partnerFocalPoint'] },
    ],
    run: [
      { subject: OWN_ROW, allowed: ['system', 'memberCoordinator', 'memberFocalPoint'] },
      { subject: OTHER_ROW, allowed: ['system', 'partnerFocalPoint'] },
    ],
    reportOnAction: [
      // The meeting's organisation…
      { subject: { owner_org_id: IDS.ORG, owner_org_ids: [IDS.OTHER_ORG] }, allowed: ['system', 'memberCoordinator', 'memberFocalPoint', 'partnerFocalPoint'] },
      // …or an owner organisation of the item; viewers never.
      {
        subject: { owner_org_id: IDS.SECRETARIAT, owner_org_ids: [IDS.ORG] },
        allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'memberCoordinator', 'memberFocalPoint'],
      },
    ],
    editMinutes: [
      // The meeting's organisers…
      { subject: { ...OWN_ROW, participant_role: null }, allowed: ['system', 'memberCoordinator', 'memberFocalPoint'] },
      { subject: { ...OTHER_ROW, participant_role: null }, allowed: ['system', 'partnerFocalPoint'] },
      // …and anyone on the meeting; viewers never.
      {
        subject: { ...OTHER_ROW, participant_role: 'secretariat' },
        allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'memberCoordinator', 'memberFocalPoint', 'partnerFocalPoint'],
      },
    ],
    subscribe: { allowed: [...everyoneSignedIn] },
  });
});
