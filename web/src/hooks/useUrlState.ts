import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/** Filters live in the URL, so a filtered list can be bookmarked and shared. */
export function useUrlState<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>;
  const set = useCallback(
    (key: K, value: string) =>
      setParams(
        () => {
          // Not the updater's argument: react-router hands it the params of the last render, so two
          // changes before the next render (typing "From", then "To") would lose the first. The
          // address itself is replaced at once, so it always holds every change made so far.
          const next = new URLSearchParams(window.location.search);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [values, set] as const;
}
