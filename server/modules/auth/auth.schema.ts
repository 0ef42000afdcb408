import { z } from 'zod';
import { LOCALES, ROLES } from '../../../common/enums.ts';

export const sessionOut = z.object({
  csrfToken: z.string(),
  passwordResetByAdminAt: z.string().nullable().describe('When an admin last set this password; given once, in the answer to the first sign-in after it, else null'),
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
});
