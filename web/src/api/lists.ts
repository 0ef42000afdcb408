// The calls of the lists' saved views and of the contributions pivot, kept beside the client
// (client.ts) so the pages that use them load them with their own chunk.
import type { z } from 'zod';
import type { coveragePivotOut } from '../../../server/modules/analytics/analytics.schema.ts';
import type { SavedViewPage, savedViewOut } from '../../../server/modules/saved-views/saved-views.schema.ts';
import { call, qs } from './client.ts';

export type SavedView = z.infer<typeof savedViewOut>;
export type { SavedViewPage };
export type ContributionsPivot = z.infer<typeof coveragePivotOut>;

export const listsApi = {
  savedViews: (page?: SavedViewPage) => call<{ items: SavedView[] }>('GET', `/api/saved-views${qs({ page })}`),
  saveView: (body: { page: SavedViewPage; name: string; query: string }) => call<SavedView>('POST', '/api/saved-views', body),
  renameView: (id: string, name: string) => call<SavedView>('PATCH', `/api/saved-views/${id}`, { name }),
  deleteView: (id: string) => call<void>('DELETE', `/api/saved-views/${id}`),
  pivot: (p: Record<string, string | number | undefined>) => call<ContributionsPivot>('GET', `/api/coverage/pivot${qs(p)}`),
  /** The pivot as a file, one row per cell, built by the server under the export rule. */
  pivotFileUrl: (format: 'csv' | 'xlsx', p: Record<string, string | number | undefined>) => `/api/coverage/pivot.${format}${qs(p)}`,
};

/** Where a saved view opens: its page's address with the view's query. */
export const SAVED_VIEW_PATHS: Record<SavedViewPage, string> = {
  contributions: '/contributions',
  needs: '/needs',
  coverage: '/coverage',
  pivot: '/contributions/pivot',
};
export const savedViewHref = (v: Pick<SavedView, 'page' | 'query'>) => `${SAVED_VIEW_PATHS[v.page]}${v.query ? `?${v.query}` : ''}`;
