// A job the reader started (an import, a PDF), followed until it ends: polled a little more
// than twice a second while it is queued or running, then left alone.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';

export function useJob(id: string | undefined) {
  return useQuery({
    queryKey: ['job', id],
    queryFn: () => api.job(id!),
    enabled: Boolean(id),
    refetchInterval: (q) => (q.state.data && ['succeeded', 'failed'].includes(q.state.data.status) ? false : 400),
  });
}
