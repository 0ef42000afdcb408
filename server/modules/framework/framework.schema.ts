import { z } from 'zod';
import { FRAMEWORK_KINDS } from '../../../common/enums.ts';
import { translatedNamesInput, translatedNamesOut } from '../../infra/translated-names.ts';

export const frameworkNode = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  kind: z.enum(FRAMEWORK_KINDS),
  code: z.string(),
  name: z.string(),
  ...translatedNamesOut,
  description: z.string(),
  position: z.number().int(),
});

export type FrameworkNodeOut = z.infer<typeof frameworkNode> & { children: FrameworkNodeOut[] };
// A recursive schema needs a name in the OpenAPI document: the id (in zod's global registry)
// makes it a component that `children` can point at; without one the reference dangled.
export const frameworkTree: z.ZodType<FrameworkNodeOut> = frameworkNode
  .extend({
    get children() {
      return z.array(frameworkTree);
    },
  })
  .meta({ id: 'FrameworkTreeNode' });

const code = z.string().regex(/^[a-z0-9_.-]{1,64}$/, 'lower-case letters, digits, dot, dash or underscore');

export const frameworkNodeInput = z.object({
  parentId: z.uuid().nullable().default(null).describe('Empty for a line of effort'),
  kind: z.enum(FRAMEWORK_KINDS),
  code,
  name: z.string().trim().min(1).max(300),
  nameFr: translatedNamesInput(300).nameFr.optional(),
  nameAr: translatedNamesInput(300).nameAr.optional(),
  description: z.string().max(5000).default(''),
  position: z.number().int().min(0).max(10000).default(0),
});

export const frameworkNodePatch = z
  .object({
    name: z.string().trim().min(1).max(300),
    ...translatedNamesInput(300),
    description: z.string().max(5000),
    position: z.number().int().min(0).max(10000),
  })
  .partial();

const ref = z.object({ id: z.uuid(), name: z.string() });

export const workingGroup = z.object({
  id: z.uuid(),
  name: z.string(),
  ...translatedNamesOut,
  lineId: z.uuid(),
  lineName: z.string(),
  formedOn: z.string().nullable(),
  membershipGroupId: z.uuid(),
  coLeads: z.array(ref),
  memberCount: z.number().int(),
});

export const workingGroupDetail = workingGroup.extend({ members: z.array(ref) });

export const workingGroupInput = z.object({
  name: z.string().trim().min(1).max(300),
  nameFr: translatedNamesInput(300).nameFr.optional(),
  nameAr: translatedNamesInput(300).nameAr.optional(),
  lineId: z.uuid(),
  formedOn: z.iso.date().nullable().default(null),
  coLeadOrgIds: z.array(z.uuid()).min(1).max(10),
  memberOrgIds: z.array(z.uuid()).max(1000).default([]).describe('Co-leads are always members'),
});

export const workingGroupPatch = z
  .object({
    name: z.string().trim().min(1).max(300),
    ...translatedNamesInput(300),
    formedOn: z.iso.date().nullable(),
    coLeadOrgIds: z.array(z.uuid()).min(1).max(10),
    memberOrgIds: z.array(z.uuid()).max(1000),
  })
  .partial();

export type FrameworkNodeInput = z.infer<typeof frameworkNodeInput>;
export type FrameworkNodePatch = z.infer<typeof frameworkNodePatch>;
export type WorkingGroupInput = z.infer<typeof workingGroupInput>;
export type WorkingGroupPatch = z.infer<typeof workingGroupPatch>;
