// The hand-written table types agree with the migrated schema (scripts/table-types.ts), and
// the comparison does catch a migration whose table type was not updated.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareShapes, type Shapes, schemaShapes, typeShapes } from '../../scripts/table-types.ts';
import { freshDatabase, type TestDatabase } from '../test/database.ts';

let t: TestDatabase;
let types: Shapes;
beforeAll(async () => {
  t = await freshDatabase();
  types = typeShapes();
});
afterAll(() => t.drop());

describe('table types against the migrated schema', () => {
  it('reads the Database type: every table, with select types unwrapped', () => {
    expect(types.get('document')?.get('title')).toEqual({ kind: 'string', nullable: false });
    expect(types.get('document')?.get('file_name')).toEqual({ kind: 'string', nullable: true });
    // ColumnType<Date, never, never>: what a select returns counts.
    expect(types.get('document')?.get('created_at')).toEqual({ kind: 'Date', nullable: false });
  });

  it('finds no difference on a freshly migrated database', async () => {
    expect(compareShapes(await schemaShapes(t.db), types)).toEqual([]);
  });

  it('fails when a migration adds a column its table type lacks, or changes one', async () => {
    const before = new Set(compareShapes(await schemaShapes(t.db), types));
    // What a new migration would do, in this test's own database.
    await sql`ALTER TABLE document ADD COLUMN summary text NOT NULL DEFAULT ''`.execute(t.db);
    await sql`ALTER TABLE document ALTER COLUMN body DROP NOT NULL`.execute(t.db);
    await sql`ALTER TABLE document ALTER COLUMN file_size TYPE integer`.execute(t.db);
    await sql`CREATE TABLE briefing (id uuid PRIMARY KEY)`.execute(t.db);
    await sql`ALTER TABLE document DROP COLUMN file_sha256`.execute(t.db);
    const found = compareShapes(await schemaShapes(t.db), types).filter((problem) => !before.has(problem));
    expect(found.sort()).toEqual(
      [
        'document.summary is in the schema but not in its table type',
        'document.body is nullable in the schema but not in its table type',
        'document.file_size reads as number from the schema but is typed string',
        'table briefing is in the schema but not in the Database type',
        'document.file_sha256 is in its table type but not in the schema',
      ].sort(),
    );
  });
});
