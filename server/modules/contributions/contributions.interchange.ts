// Contributions in HXL files — the contributions module's interchange spec: what an
// imported row must hold, how it compares with the contribution it updates, how the staging
// table becomes contributions, places and status history (this module's own tables) — and
// the export that reads back in. Registered from contributions.routes.ts.
import type { Readable } from 'node:stream';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Actor, Ctx } from '../../infra/actor.ts';
import {
  COALITION_COLUMNS,
  COALITION_EXPORT_COLUMNS,
  type CoalitionField,
  type ColumnMap,
  type ExportColumn,
  type ExportLang,
  type FetchBatch,
  type ImportOptions,
  type ImportReport,
  type InterchangeSpec,
  type RowReader,
  afterKeyset,
  defineInterchange,
  loadReference,
  problem,
  readRow,
  runImport,
  sizeCells,
} from '../interchange/interchange.service.ts';
import { frameworkNodeName, joinFrameworkNode } from '../framework/framework.sql.ts';
import { joinLocation, placeCodes, placeNames } from '../locations/locations.sql.ts';
import { joinOrganisation, organisationNameIn } from '../members/members.sql.ts';
import { exportableBy } from '../sharing/sharing.sql.ts';
import { contributionConditions } from './contributions.sql.ts';
import { statusMoveAllowed } from './contributions.rules.ts';
import { type ContributionExportQuery, contributionExportQuery } from './contributions.schema.ts';
import { sharedContributions } from './contributions.sharing.ts';

const STAGING = 'import_contribution';

const contributionImport: Omit<InterchangeSpec, 'export'> = {
  name: 'contributions',
  entity: sharedContributions.entity,
  table: 'contribution',
  label: 'contributions',
  columns: COALITION_COLUMNS,
  async prepare(db, { actor, mayActFor }): Promise<RowReader> {
    const ref = await loadReference(db);
    return {
      read(cells, { rowNo, columns, problems }) {
        const v = readRow(cells, { rowNo, columns: columns as ColumnMap<CoalitionField>[], ref, problems, ownOrgId: actor.orgId, mayActFor });
        if (!v) return undefined;
        return [
          v.external_id ?? null,
          v.owner_org_id!,
          v.framework_node_id!,
          v.line_id!,
          v.type!,
          v.description ?? '',
          v.quantity ?? null,
          v.unit ?? null,
          v.amount_minor ?? null,
          v.currency ?? null,
          v.start ?? null,
          v.end ?? null,
          v.status ?? 'pledged',
          `{${v.location_ids.join(',')}}`,
        ];
      },
      references: () => ref.used,
    };
  },
  staging: {
    table: STAGING,
    columns: [
      'external_id',
      'owner_org_id',
      'framework_node_id',
      'line_id',
      'type',
      'description',
      'quantity',
      'unit',
      'amount_minor',
      'currency',
      'start_date',
      'end_date',
      'status',
      'location_ids',
    ],
    definition: sql`
      external_id text, owner_org_id uuid NOT NULL, framework_node_id uuid NOT NULL, line_id uuid NOT NULL, type text NOT NULL,
      description text NOT NULL, quantity numeric(20, 4), unit text, amount_minor bigint, currency char(3),
      start_date date, end_date date, status text NOT NULL, location_ids uuid[] NOT NULL, existing_status text`,
  },
  async compare(trx, problems) {
    await sql`
      UPDATE import_contribution s SET existing_status = c.status,
        unchanged = (c.framework_node_id = s.framework_node_id AND c.type = s.type AND c.description = s.description
          AND c.quantity IS NOT DISTINCT FROM s.quantity AND c.unit IS NOT DISTINCT FROM s.unit
          AND c.amount_minor IS NOT DISTINCT FROM s.amount_minor AND c.currency IS NOT DISTINCT FROM s.currency
          AND c.start_date IS NOT DISTINCT FROM s.start_date AND c.end_date IS NOT DISTINCT FROM s.end_date
          AND c.status = s.status
          AND (SELECT coalesce(array_agg(cl.location_id ORDER BY cl.location_id), '{}') FROM contribution_location cl WHERE cl.contribution_id = c.id)
              = (SELECT coalesce(array_agg(x ORDER BY x), '{}') FROM unnest(s.location_ids) x))
      FROM contribution c WHERE c.id = s.existing_id`.execute(trx);
    // Status moves forward only (NEXT_STATUS, as the service checks it): a file cannot reopen a delivered contribution.
    const backwards = await sql<{ row_no: number; existing_status: string; status: string }>`
      SELECT row_no, existing_status, status FROM import_contribution
      WHERE existing_status IS NOT NULL AND NOT ${statusMoveAllowed(sql.ref('existing_status'), sql.ref('status'))}
      ORDER BY row_no LIMIT 1000`.execute(trx);
    for (const b of backwards.rows) problems.add('#status', problem('status_backwards', { from: b.existing_status, to: b.status }), b.row_no);
  },
  async apply(trx, created) {
    await sql`
      INSERT INTO contribution (id, owner_org_id, framework_node_id, line_id, type, description, quantity, unit, amount_minor,
                                currency, start_date, end_date, status, external_id, marking, created_by)
      SELECT new_id, owner_org_id, framework_node_id, line_id, type, description, quantity, unit, amount_minor,
             currency, start_date, end_date, status, external_id, ${created.marking}, ${created.by}
      FROM import_contribution WHERE existing_id IS NULL`.execute(trx);
    await sql`
      UPDATE contribution c SET framework_node_id = s.framework_node_id, line_id = s.line_id, type = s.type,
        description = s.description, quantity = s.quantity, unit = s.unit, amount_minor = s.amount_minor,
        currency = s.currency, start_date = s.start_date, end_date = s.end_date, status = s.status, updated_at = now()
      FROM import_contribution s WHERE c.id = s.existing_id AND NOT s.unchanged`.execute(trx);
    await sql`
      DELETE FROM contribution_location cl USING import_contribution s
      WHERE cl.contribution_id = s.existing_id AND NOT s.unchanged`.execute(trx);
    await sql`
      INSERT INTO contribution_location (contribution_id, location_id)
      SELECT coalesce(s.existing_id, s.new_id), unnest(s.location_ids)
      FROM import_contribution s WHERE NOT s.unchanged`.execute(trx);
    await sql`
      INSERT INTO contribution_status_change (contribution_id, from_status, to_status, changed_by, note)
      SELECT coalesce(s.existing_id, s.new_id), s.existing_status, s.status, ${created.by}, 'import'
      FROM import_contribution s WHERE s.existing_status IS DISTINCT FROM s.status`.execute(trx);
  },
};

/** The import's columns, and beside each code its names in the reader's language (`+label`: for people, never read back; ADR 0038). */
export const CONTRIBUTION_COLUMNS: ExportColumn[] = [
  ['Organisation', '#org', { fr: 'Organisation', ar: 'المنظمة' }],
  ['Organisation name', '#org+name+label', { fr: "Nom de l'organisation", ar: 'اسم المنظمة' }],
  ...COALITION_EXPORT_COLUMNS.framework,
  ['Places', '#loc+code', { fr: 'Lieux', ar: 'الأماكن' }],
  ['Place names', '#loc+name+label', { fr: 'Noms des lieux', ar: 'أسماء الأماكن' }],
  ...COALITION_EXPORT_COLUMNS.work,
  ['Status', '#status', { fr: 'Statut', ar: 'الحالة' }],
  ...COALITION_EXPORT_COLUMNS.record,
];

/** Contributions the reader may pass on, in the import's columns (names in `lang`), in keyset batches. */
function contributionBatches(db: Kysely<Database>, actor: Actor, filter: ContributionExportQuery, lang: ExportLang): FetchBatch {
  // The list's and coverage's own filters (place subtree and period included), under the export rule.
  const conditions = contributionConditions(exportableBy(actor, 'contribution', 'c'), filter);
  return async (after, limit) => {
    const { rows } = await sql<{
      id: string;
      created_at: string;
      org: string;
      org_name: string;
      node_code: string;
      node_name: string;
      places: string | null;
      place_names: string | null;
      description: string;
      type: string;
      quantity: string | null;
      unit: string | null;
      amount_minor: string | null;
      currency: string | null;
      start_date: string | null;
      end_date: string | null;
      status: string;
      external_id: string | null;
      marking: string;
    }>`
      SELECT c.id, c.created_at::text AS created_at, o.name AS org, ${organisationNameIn('o', lang)} AS org_name,
             fn.code AS node_code, ${frameworkNodeName('fn', lang)} AS node_name, p.places, p.place_names,
             c.description, c.type, c.quantity, c.unit, c.amount_minor, c.currency, c.start_date, c.end_date, c.status, c.external_id, c.marking
      FROM contribution c
      ${joinOrganisation('o', sql.ref('c.owner_org_id'))}
      ${joinFrameworkNode('fn', sql.ref('c.framework_node_id'))}
      CROSS JOIN LATERAL (
        SELECT ${placeCodes('l')} AS places, ${placeNames('l', lang)} AS place_names
        FROM contribution_location cl ${joinLocation('l', sql.ref('cl.location_id'))} WHERE cl.contribution_id = c.id) p
      WHERE ${conditions} ${afterKeyset('c', after)}
      ORDER BY c.created_at, c.id
      LIMIT ${limit}`.execute(db);
    return rows.map((r) => ({
      key: { created_at: r.created_at, id: r.id },
      cells: [
        r.org,
        r.org_name,
        r.node_code,
        r.node_name,
        r.places ?? '',
        r.place_names ?? '',
        r.description,
        r.type,
        ...sizeCells(r),
        r.start_date ?? '',
        r.end_date ?? '',
        r.status,
        r.external_id ?? r.id,
        r.marking,
      ],
    }));
  };
}

/** Defined when this module loads, so that the command line finds it through the app's module list. */
export const contributionInterchange: InterchangeSpec = defineInterchange({
  ...contributionImport,
  export: {
    columns: CONTRIBUTION_COLUMNS,
    query: contributionExportQuery,
    tag: 'contributions',
    batches: (db, actor, filter, lang) => contributionBatches(db, actor, filter as ContributionExportQuery, lang),
  },
});

/** An import of contributions through the engine (the command line, tests and benchmarks call it directly). */
export const importContributions = (db: Kysely<Database>, ctx: Ctx, source: Readable, opts: ImportOptions): Promise<ImportReport> =>
  runImport(db, ctx, source, opts, contributionInterchange);
