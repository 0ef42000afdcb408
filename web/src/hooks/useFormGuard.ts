// What a form keeps for its user (issue 9, "forms that forgive"):
//   - whether it holds changes not yet saved (its value against the baseline it was loaded
//     with), so leaving the page asks first (FormPage);
//   - a draft of those changes in this tab's sessionStorage, written as they are typed, so a
//     session that expires mid-form (the save answers 401, the app asks to sign in again)
//     loses nothing: the same page restores the draft once signed in, and says so.
// The draft lives in sessionStorage (this tab only, gone with it) and is removed on save, on
// discard and on sign-out (clearDrafts), so a shared computer keeps nobody's words.
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';

const PREFIX = 'entente.draft:';

export interface FormGuard {
  /** The value differs from the baseline: leaving asks first. */
  dirty: boolean;
  /** A draft was put back into the form when the page opened. */
  restored: boolean;
  /** Forget the draft (after a save). */
  clear: () => void;
  /** Forget the draft and put the baseline back. */
  discard: () => void;
}

/**
 * Guards the form whose state is `value`, loaded as `baseline` (undefined while it loads:
 * nothing is restored or compared before), with `restore` to put a value back. `scope` names
 * the form where a page has several (one per row of a list): each keeps its own draft.
 */
export function useFormGuard<T>(value: T, baseline: T | undefined, restore: (value: T) => void, scope = ''): FormGuard {
  const key = PREFIX + useLocation().pathname + (scope ? `#${scope}` : '');
  const [restored, setRestored] = useState(false);
  const checked = useRef(false);
  const ready = baseline !== undefined;
  const dirty = ready && JSON.stringify(value) !== JSON.stringify(baseline);

  // Once the baseline is known: a draft left by an interrupted session goes back into the form.
  useEffect(() => {
    if (!ready || checked.current) return;
    checked.current = true;
    const saved = sessionStorage.getItem(key);
    if (!saved || saved === JSON.stringify(baseline)) return;
    try {
      restore(JSON.parse(saved) as T);
      setRestored(true);
    } catch {
      sessionStorage.removeItem(key);
    }
  }, [ready, key, baseline, restore]);

  // Every change is the draft; back to the baseline, there is none.
  useEffect(() => {
    if (!ready || !checked.current) return;
    if (dirty) sessionStorage.setItem(key, JSON.stringify(value));
    else sessionStorage.removeItem(key);
  }, [ready, dirty, key, value]);

  const clear = () => {
    sessionStorage.removeItem(key);
    setRestored(false);
  };
  return {
    dirty,
    restored,
    clear,
    discard: () => {
      clear();
      if (baseline !== undefined) restore(baseline);
    },
  };
}

/** Forgets every form's draft in this tab (on sign-out). */
export function clearDrafts() {
  for (const k of Object.keys(sessionStorage)) if (k.startsWith(PREFIX)) sessionStorage.removeItem(k);
}
