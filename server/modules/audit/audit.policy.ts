// The audit log is read by admins. What an event shows of a row's content is not decided
// here but in its SQL: only to those who may read that row now (`visibleTo`).
import { definePolicy, hasRole, signedIn } from '../../infra/policy.ts';

export const auditPolicy = definePolicy('audit', {
  read: hasRole(['admin'], 'read the audit log'),
  /** What changed on the rows one may read now (a home's "since your last visit"): events on shared rows under `visibleTo` only. */
  readChanges: signedIn,
});
