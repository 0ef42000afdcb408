import { useInfiniteQuery } from '@tanstack/react-query';
import type { Page } from '../api/client.ts';

/** A cursor-paginated list: every page loaded so far, flattened, and how to load the next. */
export function usePagedList<T, X = object>(queryKey: unknown[], fetchPage: (cursor: string | undefined) => Promise<Page<T> & X>) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam ?? undefined),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  return { query, rows: query.data?.pages.flatMap((p) => p.items) ?? [], first: query.data?.pages[0] };
}
