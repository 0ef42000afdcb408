import { z } from 'zod';

/** The pages a view can be saved of; the web app knows each one's address. */
export const SAVED_VIEW_PAGES = ['contributions', 'needs', 'coverage', 'pivot'] as const;
export type SavedViewPage = (typeof SAVED_VIEW_PAGES)[number];

const name = z.string().trim().min(1).max(100);
/**
 * The page's query string, without its "?": filters and order as the address holds them. Kept
 * as parameters only (re-encoded by the service), so opening a view can only fill the page's
 * own filters; the paging cursor is not part of a view.
 */
const query = z
  .string()
  .max(2000)
  .refine((v) => !v.includes('#') && [...v].every((ch) => ch.charCodeAt(0) >= 0x20), { message: 'must be a query string (no "#" or control characters)' });

export const savedViewInput = z.object({ page: z.enum(SAVED_VIEW_PAGES), name, query: query.default('') });
export const savedViewPatch = z.object({ name });
export const savedViewListQuery = z.object({ page: z.enum(SAVED_VIEW_PAGES).optional().describe('Only the views of this page') });

export const savedViewOut = z.object({
  id: z.uuid(),
  page: z.enum(SAVED_VIEW_PAGES),
  name: z.string(),
  query: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type SavedViewInput = z.infer<typeof savedViewInput>;
export type SavedViewPatch = z.infer<typeof savedViewPatch>;
export type SavedViewListQuery = z.infer<typeof savedViewListQuery>;
export type SavedViewOut = z.infer<typeof savedViewOut>;
