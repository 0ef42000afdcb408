// The hand-written Kysely table types (server/modules/*/*.table.ts, assembled in
// server/db/database.ts) against the migrated schema: table and column names, nullability and
// the kind of value a select returns. server/db/table-types.test.ts runs it on a freshly
// migrated database; a migration that adds, drops or changes a column without its table type
// fails there.
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import ts from 'typescript';
import type { Database } from '../server/db/database.ts';

/** What a select gives back, as far as a type can tell: enough to catch a wrong table type. */
export type ValueKind = 'string' | 'number' | 'boolean' | 'Date' | 'bytes' | 'json' | 'array' | 'unknown';

export interface ColumnShape {
  kind: ValueKind;
  /** 'either' for a column typed `unknown` (jsonb read as is), which says nothing of null. */
  nullable: boolean | 'either';
  /** A generated column: PostgreSQL reports it nullable whatever its expression. */
  generated?: boolean;
}
export type Shapes = Map<string, Map<string, ColumnShape>>;

const root = join(import.meta.dirname, '..');

// How node-postgres hands each PostgreSQL type to JavaScript here (server/db/kysely.ts keeps
// `date` as text; bigint and numeric arrive as strings so that no digit is lost).
const PG_KINDS: Record<string, ValueKind> = {
  text: 'string',
  'character varying': 'string',
  character: 'string',
  uuid: 'string',
  citext: 'string',
  date: 'string',
  bigint: 'string',
  numeric: 'string',
  tsvector: 'string',
  inet: 'string',
  interval: 'string',
  'USER-DEFINED': 'string',
  integer: 'number',
  smallint: 'number',
  real: 'number',
  'double precision': 'number',
  boolean: 'boolean',
  'timestamp with time zone': 'Date',
  'timestamp without time zone': 'Date',
  bytea: 'bytes',
  jsonb: 'json',
  json: 'json',
  ARRAY: 'array',
};

/** The columns of every table and view in the current schema, but Kysely's own. */
export async function schemaShapes(db: Kysely<Database>): Promise<Shapes> {
  const { rows } = await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: 'YES' | 'NO'; is_generated: string }>`
    SELECT table_name, column_name, data_type, is_nullable, is_generated
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name NOT LIKE 'kysely\\_%'
    ORDER BY table_name, ordinal_position`.execute(db);
  const shapes: Shapes = new Map();
  for (const r of rows) {
    if (!shapes.has(r.table_name)) shapes.set(r.table_name, new Map());
    shapes.get(r.table_name)!.set(r.column_name, {
      kind: PG_KINDS[r.data_type] ?? 'unknown',
      nullable: r.is_nullable === 'YES',
      ...(r.is_generated === 'ALWAYS' ? { generated: true } : {}),
    });
  }
  return shapes;
}

/** The tables of the `Database` interface, read with the TypeScript compiler: what a select returns. */
export function typeShapes(databaseFile = join(root, 'server/db/database.ts')): Shapes {
  const program = ts.createProgram([databaseFile], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(databaseFile);
  if (!source) throw new Error(`cannot read ${databaseFile}`);
  const declaration = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Database');
  if (!declaration) throw new Error(`no interface Database in ${databaseFile}`);
  const database = checker.getTypeAtLocation(declaration);

  const shapes: Shapes = new Map();
  for (const table of checker.getPropertiesOfType(database)) {
    const columns = new Map<string, ColumnShape>();
    for (const column of checker.getPropertiesOfType(checker.getTypeOfSymbol(table))) {
      let type = checker.getTypeOfSymbol(column);
      // ColumnType<S, I, U> and Generated<S> carry the select type in __select__.
      const selected = type.getProperty('__select__');
      if (selected) type = checker.getTypeOfSymbol(selected);
      columns.set(column.name, shapeOfType(checker, type));
    }
    shapes.set(table.name, columns);
  }
  return shapes;
}

function shapeOfType(checker: ts.TypeChecker, type: ts.Type): ColumnShape {
  const parts = type.isUnion() ? type.types : [type];
  const nullable = parts.some((t) => t.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) ? 'either' : parts.some((t) => t.flags & ts.TypeFlags.Null);
  const kinds = new Set(parts.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined))).map((t) => kindOfType(checker, t)));
  return { nullable, kind: kinds.size === 1 ? [...kinds][0]! : 'unknown' };
}

function kindOfType(checker: ts.TypeChecker, t: ts.Type): ValueKind {
  if (t.flags & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral | ts.TypeFlags.TemplateLiteral)) return 'string';
  if (t.flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) return 'number';
  if (t.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return 'boolean';
  if (t.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return 'json';
  if (checker.isArrayType(t) || checker.isTupleType(t)) return 'array';
  if (t.getSymbol()?.name === 'Date') return 'Date';
  if (t.getSymbol()?.name === 'Uint8Array' || t.getSymbol()?.name === 'Buffer') return 'bytes';
  if (t.flags & ts.TypeFlags.Object) return 'json';
  return 'unknown';
}

/**
 * Where the table types and the schema disagree, one line each. A jsonb column may hold an
 * array or an object, so an array type over jsonb is fine.
 */
export function compareShapes(schema: Shapes, types: Shapes): string[] {
  const problems: string[] = [];
  for (const [table, columns] of schema) {
    const typed = types.get(table);
    if (!typed) {
      problems.push(`table ${table} is in the schema but not in the Database type`);
      continue;
    }
    for (const [column, shape] of columns) {
      const t = typed.get(column);
      if (!t) problems.push(`${table}.${column} is in the schema but not in its table type`);
      else {
        // A generated column's nullability follows from its expression, which the schema does not say.
        if (shape.nullable !== t.nullable && t.nullable !== 'either' && !shape.generated)
          problems.push(`${table}.${column} is ${shape.nullable ? 'nullable' : 'NOT NULL'} in the schema but ${t.nullable ? 'nullable' : 'not'} in its table type`);
        const jsonArray = shape.kind === 'json' && t.kind === 'array';
        if (shape.kind !== t.kind && !jsonArray) problems.push(`${table}.${column} reads as ${shape.kind} from the schema but is typed ${t.kind}`);
      }
    }
    for (const column of typed.keys()) if (!columns.has(column)) problems.push(`${table}.${column} is in its table type but not in the schema`);
  }
  for (const table of types.keys()) if (!schema.has(table)) problems.push(`table ${table} is in the Database type but not in the schema`);
  return problems;
}
