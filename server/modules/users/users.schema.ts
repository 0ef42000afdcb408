import { z } from 'zod';
import { LOCALES, PASSWORD_MIN_LENGTH, ROLES } from '../../../common/enums.ts';
import { pageQuery } from '../../infra/pagination.ts';

export const password = z.string().min(PASSWORD_MIN_LENGTH, `must have at least ${PASSWORD_MIN_LENGTH} characters`).max(256);

export const user = z.object({
  id: z.uuid(),
  email: z.string().nullable().describe('Shown to admins only'),
  displayName: z.string(),
  orgId: z.uuid(),
  orgName: z.string(),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES),
  disabled: z.boolean(),
});

export const userInput = z.object({
  email: z.email().max(254),
  displayName: z.string().trim().min(1).max(200),
  orgId: z.uuid(),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES).default('en'),
  password,
});

export const userPatch = z
  .object({
    displayName: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    locale: z.enum(LOCALES),
    disabled: z.boolean(),
    password,
  })
  .partial();

export const userListQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(200).optional(),
  orgId: z.uuid().optional(),
});

export type UserInput = z.infer<typeof userInput>;
export type UserPatch = z.infer<typeof userPatch>;
