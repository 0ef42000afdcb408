import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { Page } from '../api/client.ts';

/**
 * A cursor-paginated list: every page loaded so far, flattened, and how to load the next.
 * `keepRowsWhileFiltering` keeps the rows on screen while a changed filter's answer comes: a list
 * whose rows hold open forms (the organisations page's "Change") would otherwise unmount them,
 * and lose what was typed, each time a debounced filter catches up.
 */
export function usePagedList<T, X = object>(
  queryKey: unknown[],
  fetchPage: (cursor: string | undefined) => Promise<Page<T> & X>,
  options: { keepRowsWhileFiltering?: boolean } = {},
) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam ?? undefined),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    ...(options.keepRowsWhileFiltering ? { placeholderData: keepPreviousData } : {}),
  });
  return { query, rows: query.data?.pages.flatMap((p) => p.items) ?? [], first: query.data?.pages[0] };
}
