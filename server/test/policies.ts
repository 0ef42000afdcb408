// The table every policy file is tested with: actor kinds × abilities, each cell the answer
// `can` must give, and `authorize` checked to agree (nothing thrown when allowed, 401 for
// the anonymous actor, 403 with a reason otherwise). A policy gaining an ability without a
// row in its table fails the test, so no ability goes untested.
import { expect, it } from 'vitest';
import type { Actor, UserActor } from '../infra/actor.ts';
import { AppError } from '../infra/errors.ts';
import { type Policy, authorize, can, rulesOf } from '../infra/policy.ts';

const ORG = '00000000-0000-4000-8000-00000000000a';
const OTHER_ORG = '00000000-0000-4000-8000-00000000000b';
const SECRETARIAT = '00000000-0000-4000-8000-00000000000c';

const user = (role: UserActor['role'], orgKind: UserActor['orgKind'], orgId: string, n: number): UserActor => ({
  kind: 'user',
  userId: `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
  orgId,
  orgKind,
  role,
  email: `${role}.${n}@test`,
});

/** The actor kinds every table has a column for. Members belong to ORG; the secretariat to SECRETARIAT. */
export const ACTORS = {
  system: { kind: 'system' },
  anonymous: { kind: 'anonymous' },
  secretariatAdmin: user('admin', 'secretariat', SECRETARIAT, 1),
  secretariatCoordinator: user('coordinator', 'secretariat', SECRETARIAT, 2),
  secretariatViewer: user('viewer', 'secretariat', SECRETARIAT, 3),
  memberCoordinator: user('coordinator', 'state', ORG, 4),
  memberFocalPoint: user('focal_point', 'state', ORG, 5),
  memberViewer: user('viewer', 'state', ORG, 6),
  partnerFocalPoint: user('focal_point', 'partner', OTHER_ORG, 7),
} satisfies Record<string, Actor>;

export type ActorName = keyof typeof ACTORS;
export const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

/** Subjects owned by ORG (the members' organisation) and by OTHER_ORG. */
export const OWN_ROW = { owner_org_id: ORG };
export const OTHER_ROW = { owner_org_id: OTHER_ORG };
export const IDS = { ORG, OTHER_ORG, SECRETARIAT };

/** Who is allowed, listed; everyone else is refused. */
export interface AbilityCase {
  /** The subject the ability is asked about (none for a global ability). */
  subject?: unknown;
  allowed: ActorName[];
}

/** Any module's policy (its abilities are looked up by name below). */
type AnyPolicy = Pick<Policy<Record<string, never>>, 'policyName'>;

export function itFollowsItsTable(policy: AnyPolicy, table: Record<string, AbilityCase | AbilityCase[]>) {
  it('has a row for every ability', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(rulesOf(policy as Policy<Record<string, never>>)).sort());
  });
  for (const [ability, cases] of Object.entries(table)) {
    for (const [i, c] of (Array.isArray(cases) ? cases : [cases]).entries()) {
      it(`${ability}${Array.isArray(cases) ? ` (case ${i + 1})` : ''}: allowed for ${c.allowed.join(', ')} only`, () => {
        // The system actor may do everything; the anonymous actor nothing: every table says so.
        expect(c.allowed).toContain('system');
        expect(c.allowed).not.toContain('anonymous');
        for (const name of ACTOR_NAMES) {
          const actor: Actor = ACTORS[name];
          const subject = 'subject' in c ? [c.subject] : [];
          // biome-ignore lint/suspicious/noExplicitAny: the table's subjects are the policy's
          const allowed = (can as any)(actor, policy, ability, ...subject) as boolean;
          expect(allowed, `${name} may ${ability}`).toBe(c.allowed.includes(name));
          let thrown: unknown;
          try {
            // biome-ignore lint/suspicious/noExplicitAny: as above
            (authorize as any)(actor, policy, ability, ...subject);
          } catch (e) {
            thrown = e;
          }
          if (allowed) expect(thrown, `${name}: authorize agrees with can`).toBeUndefined();
          else {
            expect(thrown).toBeInstanceOf(AppError);
            expect((thrown as AppError).code).toBe(name === 'anonymous' ? 'unauthenticated' : 'forbidden');
            // The ability as the policy's own check throws the same.
            // biome-ignore lint/suspicious/noExplicitAny: as above
            expect(() => (policy as any)[ability](actor, ...subject)).toThrow(AppError);
          }
        }
      });
    }
  }
}
