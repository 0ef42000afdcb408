// `npm run check -- owners`: a module reads and writes only its own tables by name. Another
// module's table is reached through the fragments of its `<m>.sql.ts` (reads) and its
// service (writes) — CODE_STYLE.md, "Layout of a module".
//
// Each module's tables are the keys of the `…Tables` interface in its `<m>.table.ts`. A
// non-test file of another module that names one of them after FROM, JOIN, INTO, UPDATE
// (or DELETE FROM, TRUNCATE), or in selectFrom / insertInto / updateTable / deleteFrom /
// mergeInto / the builder's joins / sql.table, is reported as file:line. Outside server/modules (migrations, the demo
// loader, bench, tests) nothing is checked. Comments are skipped. The few names tolerated for
// now are in scripts/table-owners-allowed.json, each with its reason; an entry that matches
// nothing any more is reported too, so the list only shrinks.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const MODULES = 'server/modules';

/** Table name → owning module, from every `<m>.table.ts`. */
function tableOwners() {
  const owners = new Map();
  for (const module of readdirSync(MODULES)) {
    let text;
    try {
      text = readFileSync(join(MODULES, module, `${module}.table.ts`), 'utf8');
    } catch {
      continue;
    }
    for (const block of text.matchAll(/export interface \w+Tables\s*\{([^}]*)\}/g)) {
      for (const key of block[1].matchAll(/^\s*([a-z_][a-z0-9_]*)\s*:/gm)) owners.set(key[1], module);
    }
  }
  return owners;
}

/** The source with comments blanked out (kept line for line), strings and templates left as they are. */
function withoutComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const owners = tableOwners();
const names = [...owners.keys()].join('|');
const patterns = [
  new RegExp(`\\b(?:FROM|JOIN|INTO|UPDATE|TRUNCATE)\\s+(?:ONLY\\s+)?(${names})\\b(?!\\s*\\()`, 'gi'),
  new RegExp(
    `\\b(?:selectFrom|insertInto|updateTable|deleteFrom|mergeInto|innerJoin|leftJoin|rightJoin|fullJoin|crossJoin|table)\\(\\s*['"\`](${names})(?:\\s+as\\s+\\w+)?['"\`]`,
    'g',
  ),
];

const allowed = JSON.parse(readFileSync('scripts/table-owners-allowed.json', 'utf8')).allowed;
const allowedUsed = new Set();
const found = [];
for (const module of readdirSync(MODULES)) {
  const dir = join(MODULES, module);
  for (const file of readdirSync(dir, { recursive: true })) {
    const path = join(dir, String(file));
    if (!/\.(ts|tsx|mjs|js)$/.test(path) || /\.test\.tsx?$/.test(path) || /(^|\/)test\//.test(String(file))) continue;
    // The whole text at once: `FROM` may end one line and the table start the next.
    const text = withoutComments(readFileSync(path, 'utf8'));
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        const table = m[1].toLowerCase();
        const owner = owners.get(table);
        if (!owner || owner === module) continue;
        const entry = allowed.findIndex((a) => a.file === path && a.table === table);
        if (entry >= 0) {
          allowedUsed.add(entry);
          continue;
        }
        const line = text.slice(0, m.index).split('\n').length;
        found.push(`${path}:${line}: ${module} names ${owner}'s table ${table} (${m[0].replace(/\s+/g, ' ').trim()})`);
      }
    }
  }
}

allowed.forEach((a, i) => {
  if (!allowedUsed.has(i)) found.push(`scripts/table-owners-allowed.json: ${a.file} no longer names ${a.table}: delete the entry`);
});

if (found.length) {
  for (const f of found) console.error(f);
  console.error(`\ncheck-table-owners: ${found.length} reference(s) to another module's table: read it through that module's <m>.sql.ts fragments, write it through its service`);
  process.exit(1);
}
console.log(`check-table-owners: ${owners.size} tables, each named only by its own module (${allowed.length} tolerated, see scripts/table-owners-allowed.json)`);
