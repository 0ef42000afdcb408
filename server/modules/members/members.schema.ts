import { z } from 'zod';
import { translatedNamesInput, translatedNamesOut } from '../../infra/translated-names.ts';
import { GROUP_KINDS, MEMBERSHIP_STATUSES, ORGANISATION_KINDS } from '../../../common/enums.ts';
import { pageQuery } from '../../infra/pagination.ts';

const isoDate = z.iso.date();

export const organisation = z.object({
  id: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(ORGANISATION_KINDS),
  iso3: z.string().nullable(),
  membershipStatus: z.enum(MEMBERSHIP_STATUSES),
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
});

export const organisationInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    shortName: z.string().trim().max(50).nullable().default(null),
    kind: z.enum(ORGANISATION_KINDS),
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166-1 alpha-3)')
      .nullable()
      .default(null),
    membershipStatus: z.enum(MEMBERSHIP_STATUSES).default('member'),
    joinedOn: isoDate.nullable().default(null),
    leftOn: isoDate.nullable().default(null),
  })
  .refine((o) => o.iso3 === null || o.kind === 'state', {
    path: ['iso3'],
    message: 'only states have an ISO 3166-1 code',
  });

/** Another name an organisation goes by (its name in French or Arabic, an acronym, a former name), matched by imports. */
export const organisationAlias = z.object({
  name: z.string().trim().min(1).max(200),
  lang: z.enum(['en', 'fr', 'ar']).nullable().default(null).describe('The language of the name, when it is one'),
});

export const organisationPatch = z
  .object({
    name: z.string().trim().min(1).max(200),
    shortName: z.string().trim().max(50).nullable(),
    kind: z.enum(ORGANISATION_KINDS),
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166-1 alpha-3)')
      .nullable(),
    membershipStatus: z.enum(MEMBERSHIP_STATUSES),
    joinedOn: isoDate.nullable(),
    leftOn: isoDate.nullable(),
    aliases: z.array(organisationAlias).max(50).describe('Replaces the other names it goes by'),
  })
  .partial();

export const organisationChanged = organisation.extend({ aliases: z.array(organisationAlias) });

export const organisationListQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(200).optional().describe('Part of the name, short name or ISO code'),
  kind: z.enum(ORGANISATION_KINDS).optional(),
  status: z.enum(MEMBERSHIP_STATUSES).optional(),
  groupId: z.uuid().optional().describe('Only members of this group'),
});

const ref = z.object({ id: z.uuid(), name: z.string() });

export const organisationDetail = organisation.extend({
  groups: z.array(ref.extend({ ...translatedNamesOut, kind: z.enum(GROUP_KINDS) })),
  workingGroups: z.array(ref.extend({ ...translatedNamesOut, coLead: z.boolean() })),
  userCount: z.number().int(),
  aliases: z.array(organisationAlias),
});

export const group = z.object({
  id: z.uuid(),
  name: z.string(),
  ...translatedNamesOut,
  kind: z.enum(GROUP_KINDS),
  description: z.string(),
  memberCount: z.number().int(),
});

export const groupDetail = group.extend({ members: z.array(ref) });

export const groupInput = z.object({
  name: z.string().trim().min(1).max(200),
  nameFr: translatedNamesInput(200).nameFr.optional(),
  nameAr: translatedNamesInput(200).nameAr.optional(),
  kind: z.enum(GROUP_KINDS).default('custom'),
  description: z.string().max(2000).default(''),
  memberOrgIds: z.array(z.uuid()).max(1000).default([]),
});

export const groupPatch = z
  .object({
    name: z.string().trim().min(1).max(200),
    ...translatedNamesInput(200),
    description: z.string().max(2000),
    memberOrgIds: z.array(z.uuid()).max(1000),
  })
  .partial();

export const groupListQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(200).optional(),
  kind: z.enum(GROUP_KINDS).optional(),
});

export type OrganisationInput = z.infer<typeof organisationInput>;
export type OrganisationPatch = z.infer<typeof organisationPatch>;
export type GroupInput = z.infer<typeof groupInput>;
export type GroupPatch = z.infer<typeof groupPatch>;
