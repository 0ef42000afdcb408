// Exchange rates: everybody signed in reads them (they are how an amount is shown in another
// currency); only the secretariat's admins enter, import or delete them.
import type { UserActor } from '../../infra/actor.ts';
import { definePolicy, signedIn } from '../../infra/policy.ts';

export const exchangeRatesPolicy = definePolicy('exchange-rates', {
  read: signedIn,
  manage: (actor: UserActor) => (actor.role === 'admin' && actor.orgKind === 'secretariat') || 'Only the secretariat’s admins may change exchange rates',
});
