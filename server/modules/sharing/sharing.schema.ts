import { z } from 'zod';
import { MARKINGS } from '../../../common/sharing.ts';

export const markingSchema = z.enum(MARKINGS);

export const sharingInput = z.object({
  marking: markingSchema.describe('TLP 2.0 marking'),
  audienceGroupIds: z.array(z.uuid()).max(200).default([]).describe('Groups that may read an AMBER row'),
  audienceOrgIds: z.array(z.uuid()).max(500).default([]).describe('Organisations that may read an AMBER row'),
  recipientUserIds: z.array(z.uuid()).max(200).default([]).describe('Users who may read a RED row'),
});
export type SharingInput = z.infer<typeof sharingInput>;

export const sharingOutput = z.object({
  ownerOrgId: z.uuid(),
  ownerOrgName: z.string(),
  marking: markingSchema,
  audienceGroups: z.array(z.object({ id: z.uuid(), name: z.string() })),
  audienceOrgs: z.array(z.object({ id: z.uuid(), name: z.string() })),
  recipients: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type SharingOutput = z.infer<typeof sharingOutput>;
