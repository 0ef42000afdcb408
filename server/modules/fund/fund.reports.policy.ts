// Who may read a donor's statement of a fund: the donor's own users, the fund's administrative
// agent's users, the secretariat, and admins — any role, viewers included (reading is all a
// statement is). Another donor, a partner, an audience member of the fund: 403. Whether the
// fund itself is readable is `visibleTo`, in the SQL, before this is asked (a hidden fund is a 404).
import type { UserActor } from '../../infra/actor.ts';
import { type Verdict, definePolicy, signedIn } from '../../infra/policy.ts';

export interface StatementSubject {
  /** The fund's administrative agent's organisation. */
  fund: { owner_org_id: string };
  donorOrgId: string;
}

export const fundReportsPolicy = definePolicy('fundReports', {
  /** The funding status: whoever may read the fund (visibleTo decides, and which projects count). */
  status: signedIn,
  statement: (actor: UserActor, s: StatementSubject): Verdict =>
    actor.role === 'admin' || actor.orgKind === 'secretariat' || actor.orgId === s.donorOrgId || actor.orgId === s.fund.owner_org_id
      ? true
      : "Only the donor, the fund's administrative agent and the secretariat read a donor's statement",
});
