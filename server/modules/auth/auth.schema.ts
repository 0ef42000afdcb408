import { z } from 'zod';
import { LOCALES, ROLES } from '../../../common/enums.ts';

export const sessionOut = z.object({
  csrfToken: z.string(),
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
