// The policy kit. Each module declares who may do what in its `<module>.policy.ts`:
//
//   export const documentsPolicy = definePolicy('documents', {
//     update: (actor, row: { owner_org_id: string }) => editShared(actor, row),
//   });
//
// and each service function's first line is `authorize(ctx.actor, documentsPolicy, 'update', row)`
// (or, for a row it must read first, the first line after reading it under `visibleTo`).
// The web app is told the same answers through `can(...)` (the session's abilities, a row's
// `abilities`), so nothing recomputes a rule elsewhere.
//
// An ability is asked only about a signed-in user: the system actor (command line, demo
// loader) may do everything, and an anonymous actor nothing (401). Policies never read the
// database and never decide visibility: a row the actor may not see is not found by the
// SQL (`visibleTo`) before any policy is asked about it.
import type { Role } from '../../common/enums.ts';
import type { Actor, UserActor } from './actor.ts';
import { AppError, forbidden } from './errors.ts';

/** An ability's answer: `true` allows; `false`, or the reason as a sentence, refuses. */
export type Verdict = true | false | string;

// biome-ignore lint/suspicious/noExplicitAny: an ability's subject is whatever its module says it is
type Ability = (actor: UserActor, subject?: any) => Verdict;
type Abilities = Record<string, Ability>;

/** What an ability is asked about: nothing, or its one subject. */
type SubjectOf<F> = F extends (actor: UserActor) => Verdict ? [] : F extends (actor: UserActor, subject: infer S) => Verdict ? [subject: S] : never;

const RULES = Symbol('rules');

/**
 * A module's policy: each ability is also its own check, so a service's first line reads
 * `documentsPolicy.update(ctx.actor, row)` (401 for no user, 403 with the reason), and
 * `can(actor, documentsPolicy, 'update', row)` asks the same rule without throwing.
 */
export type Policy<A extends Abilities> = {
  readonly [K in keyof A]: (actor: Actor, ...subject: SubjectOf<A[K]>) => void;
} & { readonly [RULES]: A; readonly policyName: string };

export function definePolicy<A extends Abilities>(name: string, abilities: A): Policy<A> {
  const policy = { [RULES]: abilities, policyName: name } as Record<string | symbol, unknown>;
  for (const ability of Object.keys(abilities))
    policy[ability] = (actor: Actor, ...subject: unknown[]) => (authorize as (...a: unknown[]) => void)(actor, policy, ability, ...subject);
  return policy as Policy<A>;
}

/** The rules of a policy, for its tables in tests. */
export const rulesOf = <A extends Abilities>(policy: Policy<A>): A => policy[RULES];

function verdictOf<A extends Abilities>(actor: Actor, policy: Policy<A>, ability: keyof A, subject: unknown): Verdict {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  return policy[RULES][ability]!(actor, subject);
}

/** Whether `actor` may do `ability` (on `subject`): the answer the web app is given. */
export function can<A extends Abilities, K extends keyof A & string>(actor: Actor, policy: Policy<A>, ability: K, ...subject: SubjectOf<A[K]>): boolean {
  return verdictOf(actor, policy, ability, (subject as unknown[])[0]) === true;
}

/** The same question as a check: 401 for no user, 403 with the ability's reason when refused. */
export function authorize<A extends Abilities, K extends keyof A & string>(actor: Actor, policy: Policy<A>, ability: K, ...subject: SubjectOf<A[K]>): void {
  if (actor.kind === 'anonymous') throw new AppError('unauthenticated', 'Sign in to use this');
  const verdict = verdictOf(actor, policy, ability, (subject as unknown[])[0]);
  if (verdict !== true) throw forbidden(typeof verdict === 'string' ? verdict : `You may not ${ability} (${policy.policyName})`);
}

/**
 * `authorize` for what only a person can do (their organisation owns what they create, a job
 * is theirs): the system actor is refused with a 401 too, as it has no organisation.
 */
export function authorizeUser<A extends Abilities, K extends keyof A & string>(
  actor: Actor,
  policy: Policy<A>,
  ability: K,
  ...subject: SubjectOf<A[K]>
): asserts actor is UserActor {
  if (actor.kind !== 'user') throw new AppError('unauthenticated', 'Sign in to use this');
  authorize(actor, policy, ability, ...subject);
}

// The rules every policy is made of, written once.

/** Anyone signed in. */
export const signedIn = (_actor: UserActor): Verdict => true;

/** One of `roles`; the refusal names them. */
export const hasRole =
  (roles: readonly Role[], doing: string) =>
  (actor: UserActor): Verdict =>
    roles.includes(actor.role) || `Only ${roles.join(' or ')} users may ${doing}`;

/** Admins (the secretariat's managers): framework data, members, users, the audit log. */
export const isAdminUser = (actor: UserActor) => actor.role === 'admin';

// Kept for callers not yet on a policy file (sign-in check for a route's own use).
export function assertSignedIn(actor: Actor): asserts actor is UserActor {
  if (actor.kind !== 'user') throw new AppError('unauthenticated', 'Sign in to use this');
}

/** Kept for callers not yet on a policy file: the system actor passes, others need one of `roles`. */
export function assertRole(actor: Actor, roles: readonly Role[], doing: string): void {
  if (actor.kind === 'system') return;
  assertSignedIn(actor);
  if (!roles.includes(actor.role)) throw forbidden(`Only ${roles.join(' or ')} users may ${doing}`);
}
