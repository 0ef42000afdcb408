// Everybody signed in reads the member registry; only admins (the secretariat) change it.
import { definePolicy, hasRole, signedIn } from '../../infra/policy.ts';

export const membersPolicy = definePolicy('members', {
  read: signedIn,
  manage: hasRole(['admin'], 'manage members and groups'),
});
