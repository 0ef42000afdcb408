// Places: everybody signed in reads; admins and coordinators add places below the shipped ones.
import { definePolicy, hasRole, signedIn } from '../../infra/policy.ts';

export const locationsPolicy = definePolicy('locations', {
  read: signedIn,
  create: hasRole(['admin', 'coordinator'], 'add locations'),
  // A gazetteer changes the whole tree of a country: the secretariat's admins.
  loadGazetteer: hasRole(['admin'], 'load a gazetteer'),
});
