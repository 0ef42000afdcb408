import { z } from 'zod';
import { DOCUMENT_KINDS } from '../../../common/enums.ts';
import { pageQuery } from '../../infra/pagination.ts';
import { markingSchema, sharingInput, sharingOutput } from '../sharing/sharing.schema.ts';

export const documentOut = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  documentDate: z.string(),
  body: z.string(),
  file: z.object({ name: z.string(), type: z.string(), size: z.number().int(), sha256: z.string() }).nullable(),
  sharing: sharingOutput,
  createdBy: z.uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z
    .object({ update: z.boolean(), delete: z.boolean(), attachFile: z.boolean() })
    .describe('What the reader may do with this document (documents.policy.ts); the service checks again'),
});

export const documentSummary = documentOut.omit({ body: true }).extend({
  excerpt: z.string().describe('Start of the body, or the search hit in context'),
});

export const documentInput = z.object({
  title: z.string().trim().min(1).max(300),
  kind: z.enum(DOCUMENT_KINDS),
  documentDate: z.iso.date(),
  body: z.string().max(200_000).default(''),
  sharing: sharingInput,
});

export const documentPatch = z
  .object({
    title: z.string().trim().min(1).max(300),
    kind: z.enum(DOCUMENT_KINDS),
    documentDate: z.iso.date(),
    body: z.string().max(200_000),
    sharing: sharingInput,
  })
  .partial();

export const documentListQuery = z.object({
  ...pageQuery,
  q: z.string().trim().min(1).max(200).optional().describe('Full-text search in title and body'),
  kind: z.enum(DOCUMENT_KINDS).optional(),
  marking: markingSchema.optional(),
  ownerOrgId: z.uuid().optional(),
});

export type DocumentInput = z.infer<typeof documentInput>;
export type DocumentPatch = z.infer<typeof documentPatch>;
export type DocumentListQuery = z.infer<typeof documentListQuery>;
