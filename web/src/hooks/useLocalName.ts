// Names in the reader's language (issue 9 item 8, ADR 0036): places, framework elements
// (lines of effort, objectives), working groups and groups of organisations have a name and,
// where someone gave them, a French (`nameFr`) and an Arabic (`nameAr`) one. The server returns
// all three; this is the one place the web app chooses: the reader's language where there is
// a translation, else the name. A record that names a framework element by reference
// (`{ id, name }`: a contribution's line, a need's objective, a working group's line) is looked
// up by id in the framework tree, which every page that shows lines already reads (one small
// cached answer), so that no list has to carry the translations of each line it names.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type FrameworkNode, api } from '../api/client.ts';

export type Named = { name: string; nameFr?: string | null; nameAr?: string | null };

/** `n`'s name in `language` ('fr', 'ar', 'fr-CA'…) where it has one, else its name. */
export function localName(n: Named, language: string): string {
  const lang = language.slice(0, 2);
  return (lang === 'fr' ? n.nameFr : lang === 'ar' ? n.nameAr : null) || n.name;
}

/** A function giving a named thing's name in the reader's language. */
export function useLocalName(): (n: Named) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback((n: Named) => localName(n, language), [language]);
}

/** The framework tree (the same cached answer as useFrameworkOptions'). */
export function useFrameworkTree() {
  return useQuery({ queryKey: ['framework'], queryFn: api.framework });
}

/**
 * A function giving a framework element's name in the reader's language from a reference to it
 * (`{ id, name }`): its translation from the framework tree where it has one, else the name the
 * reference carries (also while the tree loads).
 */
export function useFrameworkName(): (ref: { id: string; name: string }) => string {
  const tree = useFrameworkTree();
  const name = useLocalName();
  const byId = useMemo(() => {
    const map = new Map<string, FrameworkNode>();
    const walk = (nodes: FrameworkNode[]) => {
      for (const n of nodes) {
        map.set(n.id, n);
        walk(n.children);
      }
    };
    walk(tree.data ?? []);
    return map;
  }, [tree.data]);
  return useCallback(
    (ref: { id: string; name: string }) => {
      return name(byId.get(ref.id) ?? ref);
    },
    [byId, name],
  );
}

/**
 * A function giving a working group's name in the reader's language from a reference to it
 * (`{ id, name }`: a need stated for a working group), looked up in the working groups' list
 * (a few dozen, the same cached answer as the framework and groups pages').
 */
export function useWorkingGroupName(): (ref: { id: string; name: string }) => string {
  const groups = useQuery({ queryKey: ['working-groups'], queryFn: api.workingGroups });
  const name = useLocalName();
  const byId = useMemo(() => new Map((groups.data ?? []).map((w) => [w.id, w])), [groups.data]);
  return useCallback((ref: { id: string; name: string }) => name(byId.get(ref.id) ?? ref), [byId, name]);
}
