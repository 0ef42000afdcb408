import { z } from 'zod';
import { LOCALES, ROLES } from '../../../common/enums.ts';
import { password } from '../users/users.schema.ts';

export const sessionOut = z.object({
  csrfToken: z.string(),
  passwordResetByAdminAt: z
    .string()
    .nullable()
    .describe('When an admin last set this password; given in the answer to every sign-in until the user sets their own password (POST /api/auth/password), else null'),
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    locale: z.enum(LOCALES),
    orgId: z.uuid(),
    orgName: z.string(),
    orgKind: z.string(),
  }),
  abilities: z
    .object({
      createDocument: z.boolean(),
      createContribution: z.boolean(),
      createNeed: z.boolean(),
      stateNeedsForAnyWorkingGroup: z.boolean().describe('May state a need for a working group its organisation does not co-lead (the secretariat)'),
      importFor: z.object({
        ownOrganisation: z.boolean(),
        anyOrganisation: z.boolean().describe('May import on behalf of any organisation (the secretariat)'),
      }),
      manageUsers: z.boolean(),
      manageMembers: z.boolean(),
      manageFramework: z.boolean(),
      manageExchangeRates: z.boolean().describe('May enter, import and delete exchange rates (the secretariat’s admins)'),
      createLocation: z.boolean(),
      loadGazetteer: z.boolean().describe('May load a gazetteer of P-codes and place names (the secretariat’s admins)'),
      readAudit: z.boolean(),
      createMeeting: z.boolean().describe('May create a meeting of its organisation (in a series its organisation runs)'),
      createMeetingSeries: z.boolean(),
    })
    .describe("What the user may do, from each module's policy; a row's own abilities come with the row"),
});

export const passwordChangeInput = z
  .object({
    currentPassword: z.string().min(1).max(256),
    newPassword: password,
  })
  // Keeping the password an admin set would leave the admin knowing it.
  .refine((p) => p.newPassword !== p.currentPassword, { path: ['newPassword'], message: 'must differ from the current password' });
