// Lines of effort and working groups: everybody signed in reads; admins change them.
import { definePolicy, hasRole, signedIn } from '../../infra/policy.ts';

export const frameworkPolicy = definePolicy('framework', {
  read: signedIn,
  manage: hasRole(['admin'], 'change the framework'),
});
