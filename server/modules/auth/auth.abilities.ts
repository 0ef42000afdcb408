// What the signed-in user may do, for the web app to show or hide its buttons: each answer
// is the module's own policy asked through `can`, so the web never recomputes a rule (no
// `role !== 'viewer'` in the browser). Single rows carry their own `abilities` the same way.
// These only shape the screen: every change is checked again by its service.
import type { UserActor } from '../../infra/actor.ts';
import { can } from '../../infra/policy.ts';
import { auditPolicy } from '../audit/audit.policy.ts';
import { contributionsPolicy } from '../contributions/contributions.policy.ts';
import { documentsPolicy } from '../documents/documents.policy.ts';
import { exchangeRatesPolicy } from '../exchange-rates/exchange-rates.policy.ts';
import { frameworkPolicy } from '../framework/framework.policy.ts';
import { importsPolicy } from '../interchange/interchange.policy.ts';
import { locationsPolicy } from '../locations/locations.policy.ts';
import { meetingsPolicy } from '../meetings/meetings.policy.ts';
import { membersPolicy } from '../members/members.policy.ts';
import { needsPolicy } from '../needs/needs.policy.ts';
import { usersPolicy } from '../users/users.policy.ts';

export function sessionAbilities(actor: UserActor) {
  return {
    createDocument: can(actor, documentsPolicy, 'create'),
    createContribution: can(actor, contributionsPolicy, 'create'),
    createNeed: can(actor, needsPolicy, 'create'),
    stateNeedsForAnyWorkingGroup: can(actor, needsPolicy, 'stateForWorkingGroup', { coLead: false }),
    importFor: {
      ownOrganisation: can(actor, importsPolicy, 'importFor', actor.orgId),
      anyOrganisation: can(actor, importsPolicy, 'importOnBehalf'),
    },
    manageUsers: can(actor, usersPolicy, 'manage'),
    manageMembers: can(actor, membersPolicy, 'manage'),
    manageFramework: can(actor, frameworkPolicy, 'manage'),
    manageExchangeRates: can(actor, exchangeRatesPolicy, 'manage'),
    createLocation: can(actor, locationsPolicy, 'create'),
    loadGazetteer: can(actor, locationsPolicy, 'loadGazetteer'),
    readAudit: can(actor, auditPolicy, 'read'),
    createMeeting: can(actor, meetingsPolicy, 'create'),
    createMeetingSeries: can(actor, meetingsPolicy, 'createSeries'),
  };
}
