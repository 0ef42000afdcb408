// Every signed-in user keeps their own views; whose a view is, is decided in SQL (the owner's
// id in every statement), so another's view is not found rather than refused.
import { definePolicy, signedIn } from '../../infra/policy.ts';

export const savedViewsPolicy = definePolicy('saved-views', {
  manage: signedIn,
});
