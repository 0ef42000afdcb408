// A build step (ADR 0029): `import '@mantine/core/styles.css'` (web/src/main.tsx) brings only
// the CSS of the Mantine components the app uses, not all of Mantine's (204 KB, 25 KB in
// brotli, on every first visit). The components are read from the sources at each build —
// every `import { … } from '@mantine/core'` under web/src — so a page that starts using a
// new component gets its CSS without anyone listing it. Order as Mantine documents it
// (mantine.dev, "CSS files list"): the global styles, then the components' in the order of the
// full file; the styles other components are built on are always in.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const FULL = '@mantine/core/styles.css';
const VIRTUAL = '\0entente-mantine-used.css';

const GLOBAL = ['baseline', 'default-css-variables', 'global'];
/** Styles Mantine's components reuse (its documented list), always included. */
const SHARED = [
  'ScrollArea',
  'UnstyledButton',
  'VisuallyHidden',
  'Paper',
  'Popover',
  'CloseButton',
  'Group',
  'Loader',
  'Overlay',
  'ModalBase',
  'Input',
  'InlineInput',
  'Flex',
  'FloatingIndicator',
];
/** Components drawn with another's styles (no CSS of their own, or not only theirs). */
const BUILT_ON: Record<string, string[]> = {
  Anchor: ['Text'],
  Autocomplete: ['Combobox'],
  Checkbox: ['CheckboxIndicator'],
  Highlight: ['Mark', 'Text'],
  MultiSelect: ['Combobox', 'Pill', 'PillsInput'],
  Select: ['Combobox'],
  TagsInput: ['Combobox', 'Pill', 'PillsInput'],
  Title: ['Text'],
};

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourcesUnder(join(dir, e.name)) : /\.(?:ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** The names imported from '@mantine/core' anywhere under `dir`. */
export function mantineImports(dir: string): Set<string> {
  const names = new Set<string>();
  for (const file of sourcesUnder(dir)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'@mantine\/core'/g)) {
      for (const spec of m[1]!.split(',')) {
        const name = spec
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)[0]!;
        if (name) names.add(name);
      }
    }
  }
  return names;
}

/**
 * The CSS file names (without .css) for the components `used`, in the order the full
 * styles.css has them (each file where its first class first appears there), so that the
 * cascade is the one Mantine ships: the global styles first.
 */
export function stylesFor(used: Iterable<string>, stylesDir: string): string[] {
  const full = readFileSync(join(stylesDir, '..', 'styles.css'), 'utf8');
  const wanted = [...new Set([...SHARED, ...[...used].flatMap((name) => [...(BUILT_ON[name] ?? []), name])])].filter((name) => existsSync(join(stylesDir, `${name}.css`)));
  const position = (name: string) => {
    const firstClass = /\.m_[0-9a-f]+/.exec(readFileSync(join(stylesDir, `${name}.css`), 'utf8'))?.[0];
    return firstClass ? full.indexOf(firstClass) : Number.MAX_SAFE_INTEGER;
  };
  const ranked = wanted.map((name) => [name, position(name)] as const).sort((a, b) => a[1] - b[1]);
  return [...GLOBAL, ...ranked.map(([name]) => name)];
}

export function mantineStyles(sources: string): Plugin {
  const require = createRequire(import.meta.url);
  const stylesDir = join(dirname(require.resolve(FULL)), 'styles');
  return {
    name: 'entente-mantine-styles',
    enforce: 'pre',
    resolveId(source) {
      return source === FULL ? VIRTUAL : null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      return stylesFor(mantineImports(sources), stylesDir)
        .map((name) => readFileSync(join(stylesDir, `${name}.css`), 'utf8'))
        .join('\n');
    },
  };
}
