import { useQuery } from '@tanstack/react-query';
import { type FrameworkNode, api } from '../api/client.ts';

/** Lines of effort and everything under them, as select options indented by depth. */
export function useFrameworkOptions({ linesOnly = false } = {}) {
  const tree = useQuery({ queryKey: ['framework'], queryFn: api.framework });
  const options: { value: string; label: string }[] = [];
  const walk = (nodes: FrameworkNode[], depth: number) => {
    for (const n of nodes) {
      options.push({ value: n.id, label: `${'— '.repeat(depth)}${n.name}` });
      if (!linesOnly) walk(n.children, depth + 1);
    }
  };
  walk(tree.data ?? [], 0);
  return options;
}
