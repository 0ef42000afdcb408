// Who may describe a fund's projects, publish it to IATI and report on a project. Describing
// and publishing are the fund's management (fund.policy.ts's `manage`: its administrative
// agent, or an admin); a progress report is the project's partner's, and only theirs. Who
// reads or exports what is exportableBy / visibleTo, in the SQL.
import type { UserActor } from '../../infra/actor.ts';
import { type Verdict, definePolicy, rulesOf, signedIn } from '../../infra/policy.ts';
import type { OwnedRow } from '../sharing/sharing.policy.ts';
import { fundPolicy } from './fund.policy.ts';

export const fundProjectsPolicy = definePolicy('fundProjects', {
  /** The IATI and FTS files: what is exported is decided in the SQL. */
  export: signedIn,
  describe: (actor: UserActor, fund: OwnedRow): Verdict => rulesOf(fundPolicy).manage(actor, fund),
  publish: (actor: UserActor, fund: OwnedRow): Verdict => rulesOf(fundPolicy).manage(actor, fund),
  report: (actor: UserActor, project: { partnerOrgId: string }): Verdict => {
    if (actor.orgId !== project.partnerOrgId) return "Only the project's partner reports its progress";
    return actor.role === 'viewer' ? 'Viewers cannot report progress' : true;
  },
});
