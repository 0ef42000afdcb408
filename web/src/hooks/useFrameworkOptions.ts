import type { FrameworkNode } from '../api/client.ts';
import { useFrameworkTree, useLocalName } from './useLocalName.ts';

/** Lines of effort and everything under them, as select options indented by depth, named in the reader's language. */
export function useFrameworkOptions({ linesOnly = false } = {}) {
  const tree = useFrameworkTree();
  const name = useLocalName();
  const options: { value: string; label: string }[] = [];
  const walk = (nodes: FrameworkNode[], depth: number) => {
    for (const n of nodes) {
      options.push({ value: n.id, label: `${'— '.repeat(depth)}${name(n)}` });
      if (!linesOnly) walk(n.children, depth + 1);
    }
  };
  walk(tree.data ?? [], 0);
  return options;
}
