// The signed-in session (null when signed out), read once and kept: the app shell and the
// scenes that show what the user may do read it from here, so no scene imports App.tsx.
import { useQuery } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from '../api/client.ts';

export function useSession() {
  return useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      try {
        const session = await api.session();
        setCsrfToken(session.csrfToken);
        return session;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
