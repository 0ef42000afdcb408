// Every signed-in user has a home (reading it records their visit); the coalition-wide
// figures are the secretariat's. What any figure counts is decided in SQL (`visibleTo`).
import type { UserActor } from '../../infra/actor.ts';
import { definePolicy, signedIn } from '../../infra/policy.ts';

export const homePolicy = definePolicy('home', {
  read: signedIn,
  seeCoalition: (actor: UserActor) => actor.orgKind === 'secretariat' || 'Only the secretariat sees the coalition-wide figures',
});
