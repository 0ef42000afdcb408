import { describe, expect, it } from 'vitest';
import { ACTORS, OTHER_ROW, OWN_ROW, itFollowsItsTable } from '../../test/policies.ts';
import { documentAbilities, documentsPolicy } from './documents.policy.ts';

const editors = ['system', 'memberCoordinator', 'memberFocalPoint'] as const;

describe('documents policy', () => {
  itFollowsItsTable(documentsPolicy, {
    // Everyone creates for their own organisation, except viewers.
    create: { allowed: ['system', 'secretariatAdmin', 'secretariatCoordinator', 'memberCoordinator', 'memberFocalPoint', 'partnerFocalPoint'] },
    update: [
      { subject: OWN_ROW, allowed: [...editors] },
      { subject: OTHER_ROW, allowed: ['system', 'partnerFocalPoint'] },
    ],
    delete: [
      { subject: OWN_ROW, allowed: [...editors] },
      { subject: OTHER_ROW, allowed: ['system', 'partnerFocalPoint'] },
    ],
    attachFile: [
      { subject: OWN_ROW, allowed: [...editors] },
      { subject: OTHER_ROW, allowed: ['system', 'partnerFocalPoint'] },
    ],
  });

  it("a document's abilities are its policy's answers", () => {
    expect(documentAbilities(ACTORS.memberFocalPoint, OWN_ROW)).toEqual({ update: true, delete: true, attachFile: true });
    expect(documentAbilities(ACTORS.memberViewer, OWN_ROW)).toEqual({ update: false, delete: false, attachFile: false });
    expect(documentAbilities(ACTORS.secretariatAdmin, OWN_ROW)).toEqual({ update: false, delete: false, attachFile: false });
  });
});
