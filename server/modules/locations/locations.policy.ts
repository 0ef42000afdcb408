// Places: everybody signed in reads; admins and coordinators add places below the shipped ones.
import { definePolicy, hasRole, signedIn } from '../../infra/policy.ts';

export const locationsPolicy = definePolicy('locations', {
  read: signedIn,
  create: hasRole(['admin', 'coordinator'], 'add locations'),
});
