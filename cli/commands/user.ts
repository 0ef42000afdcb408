import { Command, Option } from 'commander';
import { ROLES } from '../../common/enums.ts';
import { systemCtx } from '../../server/infra/actor.ts';
import { AppError } from '../../server/infra/errors.ts';
import { listOrganisations } from '../../server/modules/members/members.service.ts';
import { userInput } from '../../server/modules/users/users.schema.ts';
import { password as passwordSchema } from '../../server/modules/users/users.schema.ts';
import { createUser, listUsers, updateUser } from '../../server/modules/users/users.service.ts';
import { withDatabase } from './database.ts';

async function readPassword(): Promise<string> {
  if (process.env.ENTENTE_PASSWORD) return process.env.ENTENTE_PASSWORD;
  if (process.stdin.isTTY) throw new Error('Give the password in ENTENTE_PASSWORD or on standard input');
  let data = '';
  for await (const chunk of process.stdin) data += chunk;
  return data.replace(/\r?\n$/, '');
}

export const userCommand = () => {
  const user = new Command('user').description('Manage user accounts');
  user
    .command('create')
    .description('Create a user (the password is read from ENTENTE_PASSWORD or standard input)')
    .requiredOption('--email <email>', 'sign-in e-mail address')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--org <name>', 'organisation name (exact) or ISO 3166-1 alpha-3 code')
    .addOption(new Option('--role <role>', 'role').choices(ROLES).default('admin'))
    .action(async (opts: { email: string; name: string; org: string; role: string }) => {
      const password = await readPassword();
      await withDatabase(async ({ db }) => {
        const found = await listOrganisations(db, systemCtx, { q: opts.org, limit: 50 });
        const org = found.items.find((o) => o.name === opts.org || o.iso3 === opts.org.toUpperCase());
        if (!org) throw new Error(`No organisation named ${opts.org}`);
        const parsed = userInput.safeParse({ email: opts.email, displayName: opts.name, orgId: org.id, role: opts.role, password });
        if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
        try {
          const created = await createUser(db, systemCtx, parsed.data);
          console.log(`Created ${created.role} ${opts.email} in ${created.orgName}.`);
        } catch (err) {
          if (err instanceof AppError) throw new Error(err.message);
          throw err;
        }
      });
    });
  user
    .command('set-password')
    .description("Set a user's password (read from ENTENTE_PASSWORD or standard input): ends their sessions, is audited, and the user is told at their next sign-in")
    .requiredOption('--email <email>', 'sign-in e-mail address of the account')
    .action(async (opts: { email: string }) => {
      const password = await readPassword();
      const parsed = passwordSchema.safeParse(password);
      if (!parsed.success) throw new Error(`password: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
      await withDatabase(async ({ db }) => {
        const found = await listUsers(db, systemCtx, { q: opts.email, limit: 50 });
        const target = found.items.find((u) => u.email?.toLowerCase() === opts.email.toLowerCase());
        if (!target) throw new Error(`No user with the e-mail address ${opts.email}`);
        await updateUser(db, systemCtx, target.id, { password: parsed.data });
        console.log(`Set the password of ${target.email}; their sessions are ended and they will be told at their next sign-in.`);
      });
    });
  return user;
};
