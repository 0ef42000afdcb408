import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { type ConstraintFields, translateDbError } from '../../infra/db-errors.ts';
import { invalid, notFound } from '../../infra/errors.ts';
import { toPage } from '../../infra/pagination.ts';
import { can } from '../../infra/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { endSessionsOfIn, hashPassword } from '../auth/auth.service.ts';
import { usersPolicy } from './users.policy.ts';
import * as q from './users.queries.ts';
import type { UserInput, UserPatch } from './users.schema.ts';

const CONSTRAINTS: ConstraintFields = {
  app_user_email: ['body.email', 'another user has this e-mail address'],
  app_user_org_id_fkey: ['body.orgId', 'no such organisation'],
};

type Row = NonNullable<Awaited<ReturnType<typeof q.findUser>>>;

function toUser(row: Row, showEmail: boolean) {
  return {
    id: row.id,
    email: showEmail ? row.email : null,
    displayName: row.display_name,
    orgId: row.org_id,
    orgName: row.org_name,
    role: row.role,
    locale: row.locale,
    disabled: row.disabled,
  };
}

export async function listUsers(db: Db, ctx: Ctx, filter: Parameters<typeof q.listUsers>[1]) {
  usersPolicy.read(ctx.actor);
  const showEmails = can(ctx.actor, usersPolicy, 'readEmails');
  const rows = await q.listUsers(db, filter, showEmails);
  return toPage(
    rows,
    filter.limit,
    (r) => [r.display_name, r.id],
    (r) => toUser(r, showEmails),
  );
}

export async function getUser(db: Db, ctx: Ctx, id: string) {
  usersPolicy.read(ctx.actor);
  const row = await q.findUser(db, id);
  if (!row) throw notFound('User');
  return toUser(row, can(ctx.actor, usersPolicy, 'readEmailOf', { id }));
}

export async function createUser(db: Kysely<Database>, ctx: Ctx, input: UserInput) {
  usersPolicy.manage(ctx.actor);
  const passwordHash = await hashPassword(input.password);
  const id = await db.transaction().execute(async (trx) => {
    const { id } = await q
      .insertUser(trx, {
        email: input.email,
        display_name: input.displayName,
        org_id: input.orgId,
        role: input.role,
        locale: input.locale,
        password_hash: passwordHash,
        // An admin who creates an account knows its first password, as after a reset: the user is
        // told until they set their own. (The command line's operator creates accounts, the first
        // admin's included, for people who then hold the password they were given.)
        password_reset_by_admin_at: ctx.actor.kind === 'user' ? new Date() : null,
      })
      .catch((e) => translateDbError(e, CONSTRAINTS));
    const { password: _secret, ...after } = input;
    await recordAudit(trx, ctx, { action: 'user.create', entity: 'app_user', entityId: id, after });
    return id;
  });
  return await getUser(db, ctx, id);
}

/**
 * An admin may set any user's password — and could then sign in as that user, RED rows
 * included. So a reset is never silent: it ends the user's sessions, is recorded in the
 * audit log (without the password or its hash), and the user is told at every sign-in
 * until they set their own (POST /api/auth/password), which the admin then no longer knows.
 */
export async function updateUser(db: Kysely<Database>, ctx: Ctx, id: string, patch: UserPatch) {
  usersPolicy.manage(ctx.actor);
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  await db.transaction().execute(async (trx) => {
    const before = await q.findUser(trx, id);
    if (!before) throw notFound('User');
    // An admin does not demote or disable themselves (another admin does): else the last admin
    // could leave the app with none, and only the command line could name one again.
    if (ctx.actor.kind === 'user' && ctx.actor.userId === id) {
      if (patch.role !== undefined && patch.role !== before.role) throw invalid('body.role', 'you cannot change your own role: another admin does');
      if (patch.disabled === true) throw invalid('body.disabled', 'you cannot deactivate your own account: another admin does');
    }
    const resetByAnother = passwordHash !== undefined && !(ctx.actor.kind === 'user' && ctx.actor.userId === id);
    await q.updateUser(trx, id, {
      display_name: patch.displayName,
      role: patch.role,
      locale: patch.locale,
      disabled: patch.disabled,
      password_hash: passwordHash,
      password_reset_by_admin_at: resetByAnother ? new Date() : undefined,
    });
    // A new password or a disabled account ends the sessions that exist.
    const sessionsEnded = passwordHash || patch.disabled ? await endSessionsOfIn(trx, id) : 0;
    const { password: _secret, ...after } = patch;
    await recordAudit(trx, ctx, {
      action: passwordHash ? 'user.password_reset' : 'user.update',
      entity: 'app_user',
      entityId: id,
      before: toUser(before, true),
      after: { ...after, passwordChanged: Boolean(passwordHash), sessionsEnded },
    });
  });
  return await getUser(db, ctx, id);
}
