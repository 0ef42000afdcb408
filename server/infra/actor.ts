// Who is asking. Set on every request by the auth plugin; passed to every service.
import type { Role } from '../../common/enums.ts';

export interface UserActor {
  kind: 'user';
  userId: string;
  orgId: string;
  orgKind: 'state' | 'organisation' | 'secretariat' | 'partner';
  role: Role;
  email: string;
}

export interface AnonymousActor {
  kind: 'anonymous';
}

/** The command line and the demo loader act as the system. */
export interface SystemActor {
  kind: 'system';
}

export type Actor = UserActor | AnonymousActor | SystemActor;

/** The context a service receives: who, and the request id that ties logs to audit events. */
export interface Ctx {
  actor: Actor;
  requestId?: string;
}

export const systemCtx: Ctx = { actor: { kind: 'system' } };
