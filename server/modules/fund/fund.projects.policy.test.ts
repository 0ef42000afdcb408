import { describe } from 'vitest';
import { IDS, OTHER_ROW, OWN_ROW, itFollowsItsTable } from '../../test/policies.ts';
import { fundProjectsPolicy } from './fund.projects.policy.ts';

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

// The fund's management (fund.policy.ts's manage): its administrative agent's users (not viewers), or an admin.
const manages = [
  { subject: OWN_ROW, allowed: ['system', 'secretariatAdmin', 'memberCoordinator', 'memberFocalPoint'] as const },
  { subject: OTHER_ROW, allowed: ['system', 'secretariatAdmin', 'partnerFocalPoint'] as const },
];

describe('fund projects policy', () => {
  itFollowsItsTable(fundProjectsPolicy, {
    export: { allowed: [...everyoneSignedIn] },
    describe: manages.map((c) => ({ subject: c.subject, allowed: [...c.allowed] })),
    publish: manages.map((c) => ({ subject: c.subject, allowed: [...c.allowed] })),
    // Only the project's partner's users (not viewers) report on it; not even an admin of another organisation.
    report: [
      { subject: { partnerOrgId: IDS.OTHER_ORG }, allowed: ['system', 'partnerFocalPoint'] },
      { subject: { partnerOrgId: IDS.ORG }, allowed: ['system', 'memberCoordinator', 'memberFocalPoint'] },
    ],
  });
});
