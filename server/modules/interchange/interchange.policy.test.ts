import { describe } from 'vitest';
import { IDS, itFollowsItsTable } from '../../test/policies.ts';
import { importsPolicy } from './interchange.policy.ts';

describe('imports policy', () => {
  itFollowsItsTable(importsPolicy, {
    import: { allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'memberCoordinator', 'memberFocalPoint', 'partnerFocalPoint'] },
    export: {
      allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'secretariatViewer', 'memberCoordinator', 'memberFocalPoint', 'memberViewer', 'partnerFocalPoint'],
    },
    importOnBehalf: { allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator'] },
    importFor: [
      // For the members' organisation: its own non-viewers, and the secretariat's admins and coordinators.
      { subject: IDS.ORG, allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'memberCoordinator', 'memberFocalPoint'] },
      { subject: IDS.OTHER_ORG, allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'partnerFocalPoint'] },
      // A secretariat viewer imports for nobody, its own organisation included.
      { subject: IDS.SECRETARIAT, allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator'] },
    ],
  });
});
