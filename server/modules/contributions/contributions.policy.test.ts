import { describe } from 'vitest';
import { OTHER_ROW, OWN_ROW, itFollowsItsTable } from '../../test/policies.ts';
import { contributionsPolicy } from './contributions.policy.ts';

const editors = ['system', 'memberCoordinator', 'memberFocalPoint'] as const;
const onOwnAndOther = [
  { subject: OWN_ROW, allowed: [...editors] },
  { subject: OTHER_ROW, allowed: ['system', 'partnerFocalPoint'] },
] as const;

describe('contributions policy', () => {
  itFollowsItsTable(contributionsPolicy, {
    read: {
      allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'secretariatViewer', 'memberCoordinator', 'memberFocalPoint', 'memberViewer', 'partnerFocalPoint'],
    },
    create: { allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'memberCoordinator', 'memberFocalPoint', 'partnerFocalPoint'] },
    update: onOwnAndOther.map((c) => ({ ...c, allowed: [...c.allowed] })),
    changeStatus: onOwnAndOther.map((c) => ({ ...c, allowed: [...c.allowed] })),
    delete: onOwnAndOther.map((c) => ({ ...c, allowed: [...c.allowed] })),
    linkNeed: onOwnAndOther.map((c) => ({ ...c, allowed: [...c.allowed] })),
  });
});
