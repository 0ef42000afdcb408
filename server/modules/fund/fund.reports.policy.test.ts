import { describe } from 'vitest';
import { IDS, itFollowsItsTable } from '../../test/policies.ts';
import { fundReportsPolicy } from './fund.reports.policy.ts';

const secretariat = ['system', 'secretariatAdmin', 'secretariatCoordinator', 'secretariatViewer'] as const;
const members = ['memberCoordinator', 'memberFocalPoint', 'memberViewer'] as const;
const THIRD_ORG = '00000000-0000-4000-8000-00000000000d';

describe('fund reports policy', () => {
  itFollowsItsTable(fundReportsPolicy, {
    status: { allowed: [...secretariat, ...members, 'partnerFocalPoint'] },
    statement: [
      // The members' organisation is the administrative agent; the partner's the donor: both read it, viewers included.
      { subject: { fund: { owner_org_id: IDS.ORG }, donorOrgId: IDS.OTHER_ORG }, allowed: [...secretariat, ...members, 'partnerFocalPoint'] },
      // The members' organisation is the donor.
      { subject: { fund: { owner_org_id: IDS.OTHER_ORG }, donorOrgId: IDS.ORG }, allowed: [...secretariat, ...members, 'partnerFocalPoint'] },
      // Another organisation's statement of another organisation's fund: the secretariat only.
      { subject: { fund: { owner_org_id: IDS.OTHER_ORG }, donorOrgId: THIRD_ORG }, allowed: [...secretariat, 'partnerFocalPoint'] },
      { subject: { fund: { owner_org_id: THIRD_ORG }, donorOrgId: THIRD_ORG }, allowed: [...secretariat] },
    ],
  });
});
