import { describe } from 'vitest';
import { IDS, OTHER_ROW, OWN_ROW, itFollowsItsTable } from '../../test/policies.ts';
import { fundPolicy } from './fund.policy.ts';

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
// The fund below is owned by ORG: the members' organisation is its administrative agent.
const administrativeAgent = ['system', 'secretariatAdmin', 'memberCoordinator', 'memberFocalPoint'] as const;

describe('fund policy', () => {
  itFollowsItsTable(fundPolicy, {
    read: { allowed: [...everyoneSignedIn] },
    create: [
      { subject: { orgId: IDS.ORG }, allowed: [...administrativeAgent] },
      // Only an admin creates a fund for another organisation.
      { subject: { orgId: IDS.OTHER_ORG }, allowed: ['system', 'secretariatAdmin', 'partnerFocalPoint'] },
    ],
    manage: [
      { subject: OWN_ROW, allowed: [...administrativeAgent] },
      { subject: OTHER_ROW, allowed: ['system', 'secretariatAdmin', 'partnerFocalPoint'] },
    ],
    import: [
      { subject: OWN_ROW, allowed: [...administrativeAgent] },
      { subject: OTHER_ROW, allowed: ['system', 'secretariatAdmin', 'partnerFocalPoint'] },
    ],
    post: [
      { subject: { fund: OWN_ROW, kind: 'deposit', projectPartnerOrgId: null }, allowed: [...administrativeAgent] },
      // The partner reports expenditure on its own project, not on another's; never a transfer.
      { subject: { fund: OWN_ROW, kind: 'expenditure', projectPartnerOrgId: IDS.OTHER_ORG }, allowed: [...administrativeAgent, 'partnerFocalPoint'] },
      { subject: { fund: OWN_ROW, kind: 'refund', projectPartnerOrgId: IDS.OTHER_ORG }, allowed: [...administrativeAgent, 'partnerFocalPoint'] },
      { subject: { fund: OWN_ROW, kind: 'interest', projectPartnerOrgId: IDS.OTHER_ORG }, allowed: [...administrativeAgent, 'partnerFocalPoint'] },
      { subject: { fund: OWN_ROW, kind: 'transfer', projectPartnerOrgId: IDS.OTHER_ORG }, allowed: [...administrativeAgent] },
      { subject: { fund: OWN_ROW, kind: 'reversal', projectPartnerOrgId: IDS.OTHER_ORG }, allowed: [...administrativeAgent] },
      // A partner's viewers report nothing.
      { subject: { fund: OWN_ROW, kind: 'expenditure', projectPartnerOrgId: IDS.SECRETARIAT }, allowed: [...administrativeAgent, 'secretariatCoordinator'] },
    ],
  });
});
