// The open list of what can be imported and exported. Each entity module owns its spec
// (`<entity>.interchange.ts`: its columns and hashtags, its checks, the SQL that writes its
// own tables, its export) and registers it from its own plugin (`registerInterchange`,
// interchange.routes.ts), which also gives it its upload route, its job kind and its export
// routes. The engine (interchange.import.ts), the routes, the command line and the web's
// import page all read this registry: none of them names an entity. ADR 0012.
import type { Kysely, RawBuilder } from 'kysely';
import type { z } from 'zod';
import type { References } from '../../db/bulk.ts';
import type { Database } from '../../db/database.ts';
import type { Actor, Ctx, UserActor } from '../../infra/actor.ts';
import type { SharingInput } from '../sharing/sharing.schema.ts';
import type { ExportColumn, ExportLang, FetchBatch } from './interchange.export.ts';
import type { ProblemLog } from './interchange.problems.ts';
import type { ColumnMap, ColumnRule } from './interchange.tags.ts';

/** Reads the data rows of one file, with whatever reference data the entity loaded once for it. */
export interface RowReader {
  /** The staging record of a row read without problems, in `staging.columns` order; undefined after logging what is wrong. */
  read: (cells: string[], row: { rowNo: number; columns: ColumnMap[]; problems: ProblemLog }) => (string | null)[] | undefined;
  /** The distinct ids the file's rows refer to: locked and counted once before the write (server/db/bulk.ts). */
  references: () => References;
}

export interface InterchangeSpec {
  /** The plural in URLs, job kinds and commands: `/api/imports/<name>`, `import.<name>`, `entente import <name>`. */
  name: string;
  /** Its shared entity (registered with sharing): the table rows are matched against and written to. */
  entity: string;
  /**
   * The table of the shared entity, with id, owner_org_id, external_id and marking: rows are
   * matched against it, and the rows the import creates get its marking and audience.
   * Absent for rows that are not shared rows themselves but are read through the shared row
   * they belong to (`entity`), and are never changed once written (a fund's ledger
   * transactions, read through their fund): the engine then matches nothing and shares
   * nothing, refuses a marking or audience for the import, and the spec's `compare` matches
   * what it can itself (ADR 0018).
   */
  table?: string;
  /** What a person calls the rows, in English ("contributions"). */
  label: string;
  /** Its hashtags. */
  columns: readonly ColumnRule[];
  /** Loads what the rows are resolved against (once per file) and returns the row reader. */
  prepare: (db: Kysely<Database>, ctx: { actor: UserActor; mayActFor: (orgId: string) => boolean }) => Promise<RowReader>;
  /**
   * The temporary table rows are copied into: `definition` must include `external_id text` and
   * `owner_org_id uuid NOT NULL` (the engine matches on them). Besides these columns it gets
   * row_no, new_id, existing_id and unchanged.
   */
  staging: { table: string; columns: readonly string[]; definition: RawBuilder<unknown> };
  /**
   * After matching rows to existing ones: mark those unchanged, and log what only the database
   * can tell, as the importing user (`ctx`). Runs on a dry run too, inside the import's
   * transaction, which is rolled back after it when the file has a problem or is a dry run.
   */
  compare: (trx: Kysely<Database>, problems: ProblemLog, ctx: Ctx & { actor: UserActor }) => Promise<void>;
  /** Creates and updates its own tables' rows from the checked staging table. */
  apply: (trx: Kysely<Database>, created: { by: string; marking: SharingInput['marking'] }) => Promise<void>;
  /**
   * Its export: the columns the import reads back (and label columns beside its codes, which it
   * does not: ADR 0038), the filter, and batches of what `actor` may pass on (exportableBy), the
   * label cells in `lang`.
   */
  export: {
    columns: readonly ExportColumn[];
    // biome-ignore lint/suspicious/noExplicitAny: each entity's filter is its own zod object
    query: z.ZodObject<any>;
    /** OpenAPI tag of its export routes. */
    tag: string;
    batches: (db: Kysely<Database>, actor: Actor, filter: Record<string, unknown>, lang: ExportLang) => FetchBatch;
  };
}

const registry = new Map<string, InterchangeSpec>();

/** Adds a spec (idempotent for the same object; a second spec under one name is refused). */
export function defineInterchange(spec: InterchangeSpec): InterchangeSpec {
  const known = registry.get(spec.name);
  if (known && known !== spec) throw new Error(`interchange ${spec.name} is defined already`);
  if (!/^[a-z][a-z0-9-]*$/.test(spec.name)) throw new Error(`interchange ${spec.name}: a lower-case URL segment`);
  registry.set(spec.name, spec);
  return spec;
}

export const interchangeSpec = (name: string): InterchangeSpec | undefined => registry.get(name);
export const interchangeSpecs = (): InterchangeSpec[] => [...registry.values()].sort((a, b) => a.name.localeCompare(b.name));
