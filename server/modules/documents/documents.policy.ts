// Documents are shared rows: the edit rule is sharing's (the owner organisation, not a
// viewer), for the document, its audience, its marking and its attached file. Who reads a
// document is `visibleTo`, in the SQL, so the public portal's reads have no policy here.
import type { Actor, UserActor } from '../../infra/actor.ts';
import { can, definePolicy } from '../../infra/policy.ts';
import { type OwnedRow, createShared, editShared } from '../sharing/sharing.policy.ts';

export const documentsPolicy = definePolicy('documents', {
  /** Creating a document: it is owned by the creator's organisation. */
  create: (actor: UserActor) => createShared(actor, actor.orgId),
  update: editShared,
  delete: editShared,
  attachFile: editShared,
});

/** What a document's answer tells the web app it may do with it. */
export const documentAbilities = (actor: Actor, row: OwnedRow) => ({
  update: can(actor, documentsPolicy, 'update', row),
  delete: can(actor, documentsPolicy, 'delete', row),
  attachFile: can(actor, documentsPolicy, 'attachFile', row),
});
