// Who may describe a fund's projects, publish it to IATI and report on a project. Describing
// and publishing are the fund's management (fund.policy.ts's `manage`: its administrative
// agent, or an admin); a progress report is the project's partner's, and only theirs. Who
// reads or exports what is exportableBy / visibleTo, in the SQL.
import type { Actor, UserActor } from '../../infra/actor.ts';
import { type Verdict, can, definePolicy, rulesOf, signedIn } from '../../infra/policy.ts';
import type { OwnedRow } from '../sharing/sharing.policy.ts';
import { fundPolicy } from './fund.policy.ts';
import type { ProjectAbilities } from './fund.projects.schema.ts';
import type { FundKind } from './fund.table.ts';

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

/** What a partner posts on its own project from the project's page (fund.policy.ts's partner kinds). */
const EXPENDITURE: FundKind = 'expenditure';

/**
 * What a project's answer tells the web app the reader may do with it: the same rules the
 * services check (describe, report, and post with the expenditure kind), asked without throwing.
 */
export const projectAbilities = (actor: Actor, fund: OwnedRow, project: { partnerOrgId: string }): ProjectAbilities => ({
  update: can(actor, fundProjectsPolicy, 'describe', fund),
  report: can(actor, fundProjectsPolicy, 'report', project),
  postExpenditure: can(actor, fundPolicy, 'post', { fund, kind: EXPENDITURE, projectPartnerOrgId: project.partnerOrgId }),
});
