// Who may do what with a pooled fund. The fund is a shared row owned by its administrative
// agent's organisation: its users (not viewers) and admins create windows and projects and
// post every kind of transaction. A partner's users (not viewers) post only what a partner
// reports — expenditure, interest earned on a project's balance, a refund of a project's
// balance to the fund — and only on their own organisation's projects. Who reads a fund,
// and so its transactions and reports, is `visibleTo`, in the SQL.
import type { Actor, UserActor } from '../../infra/actor.ts';
import { type Verdict, can, definePolicy, signedIn } from '../../infra/policy.ts';
import { type OwnedRow, createShared, editShared } from '../sharing/sharing.policy.ts';
import type { FundKind } from './fund.table.ts';

/** What a partner reports on its own project (interest and refunds: those naming a project). */
export const PARTNER_KINDS: readonly FundKind[] = ['expenditure', 'interest', 'refund'];

/** An admin, or a user (not a viewer) of the administrative agent. */
const administers = (actor: UserActor, fund: OwnedRow): Verdict =>
  actor.role === 'admin' || (editShared(actor, fund) === true ? true : 'Only the administrative agent of the fund, or an admin, does this');

export interface PostingSubject {
  fund: OwnedRow;
  kind: FundKind;
  /** The partner of the project the transaction names, if it names one. */
  projectPartnerOrgId: string | null;
}

export const fundPolicy = definePolicy('fund', {
  read: signedIn,
  /** A fund is owned by its administrative agent: an admin creates one for any organisation, others for their own. */
  create: (actor: UserActor, owner: { orgId: string }) => actor.role === 'admin' || createShared(actor, owner.orgId),
  /** Windows and projects. */
  manage: administers,
  /** A file of transactions (fund.interchange.ts): its administrative agent's, each row then posted as `post` allows. */
  import: administers,
  post: (actor: UserActor, s: PostingSubject): Verdict => {
    if (administers(actor, s.fund) === true) return true;
    if (PARTNER_KINDS.includes(s.kind) && s.projectPartnerOrgId !== null && s.projectPartnerOrgId === actor.orgId)
      return actor.role === 'viewer' ? 'Viewers cannot post transactions' : true;
    return PARTNER_KINDS.includes(s.kind)
      ? "Only the administrative agent, an admin, or the project's partner posts this"
      : `Only the administrative agent of the fund, or an admin, posts a ${s.kind}`;
  },
});

/** What a fund's answer tells the web app the reader may do with it. */
export const fundAbilities = (actor: Actor, fund: OwnedRow) => ({
  manage: can(actor, fundPolicy, 'manage', fund),
  post: can(actor, fundPolicy, 'post', { fund, kind: 'deposit', projectPartnerOrgId: null }),
});
