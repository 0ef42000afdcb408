// scripts/check-table-owners.mjs (`npm run check -- owners`) on a small tree of its own: it
// names the file and line where a module names another's table, and nothing else.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';

const SCRIPT = resolve('scripts/check-table-owners.mjs');
let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function tree(files: Record<string, string>, allowed: unknown[] = []) {
  root = mkdtempSync(join(tmpdir(), 'owners-'));
  const all = {
    'server/modules/members/members.table.ts': 'export interface MembersTables {\n  organisation: OrganisationTable;\n  org_group: OrgGroupTable;\n}\n',
    'server/modules/documents/documents.table.ts': 'export interface DocumentsTables {\n  document: DocumentTable;\n}\n',
    'scripts/table-owners-allowed.json': JSON.stringify({ allowed }),
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const run = spawnSync('node', [SCRIPT], { cwd: root, encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

test('names the file and line where a module reads another module’s table, in SQL or through the builder', () => {
  const r = tree({
    'server/modules/documents/documents.queries.ts': [
      "import { sql } from 'kysely';",
      '// FROM organisation in a comment is not a read',
      'export const a = sql`SELECT d.id, o.name FROM document d',
      '  JOIN organisation o ON o.id = d.owner_org_id`;',
      "export const b = (db) => db.selectFrom('document as d').innerJoin('org_group as g', 'g.id', 'd.group_id');",
      'export const c = sql`SELECT 1 FROM',
      '  organisation`;',
    ].join('\n'),
    'server/modules/documents/documents.test.ts': "db.selectFrom('organisation')",
    'server/modules/members/members.sql.ts': 'export const own = sql`SELECT name FROM organisation`;',
  });
  expect(r.status).toBe(1);
  expect(r.out).toContain("server/modules/documents/documents.queries.ts:4: documents names members's table organisation (JOIN organisation)");
  expect(r.out).toContain("server/modules/documents/documents.queries.ts:5: documents names members's table org_group (innerJoin('org_group as g')");
  expect(r.out).toContain("server/modules/documents/documents.queries.ts:6: documents names members's table organisation (FROM organisation)");
  expect(r.out).toContain('3 reference(s)');
});

test('passes a tree where each module names only its own tables, and an allowed name with its reason', () => {
  const allowed = [{ file: 'server/modules/documents/documents.queries.ts', table: 'organisation', reason: 'why' }];
  expect(tree({ 'server/modules/documents/documents.queries.ts': 'sql`SELECT * FROM document d JOIN organisation o ON true`' }, allowed).status).toBe(0);
  expect(tree({ 'server/modules/documents/documents.queries.ts': "db.selectFrom('document')" }).status).toBe(0);
});

test('fails on an allowed name that no file uses any more, so the list only shrinks', () => {
  const allowed = [{ file: 'server/modules/documents/documents.queries.ts', table: 'organisation', reason: 'why' }];
  const r = tree({ 'server/modules/documents/documents.queries.ts': "db.selectFrom('document')" }, allowed);
  expect(r.status).toBe(1);
  expect(r.out).toContain('no longer names organisation: delete the entry');
});
