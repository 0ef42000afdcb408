// Needs in HXL files — the needs' interchange spec: one place at most, a quantity or an
// amount (or both), a priority; the SQL that writes the need table; and the export that
// reads back in. Registered from contributions.routes.ts (needs' plugin, for now).
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
  type ProblemLog,
  type ProblemText,
  type RowReader,
  type RowValues,
  afterKeyset,
  defineInterchange,
  loadReference,
  problem,
  readRow,
  runImport,
  sizeCells,
} from '../interchange/interchange.service.ts';
import { exportableBy } from '../sharing/sharing.sql.ts';
import { frameworkNodeName, joinFrameworkNode } from '../framework/framework.sql.ts';
import { joinLocation, placeName, subtreeOf } from '../locations/locations.sql.ts';
import { joinOrganisation, organisationNameIn } from '../members/members.sql.ts';
import { type NeedExportQuery, needExportQuery } from './needs.schema.ts';
import { NEED_HAS_A_SIZE } from './needs.rules.ts';
import { sharedNeeds } from './needs.sharing.ts';

const isZero = (n: string) => !/[1-9]/.test(n);

function needRecord(v: RowValues, { rowNo, problems, columns }: { rowNo: number; problems: ProblemLog; columns: ColumnMap[] }) {
  const hashtag = (field: string, fallback: string) => columns.find((c) => c.field === field)?.hashtag ?? fallback;
  let ok = true;
  const fail = (column: string, what: ProblemText) => {
    ok = false;
    problems.add(column, what, rowNo);
  };
  if (v.location_ids.length > 1) fail(hashtag('location', '#loc'), problem('need_one_place'));
  if (!NEED_HAS_A_SIZE.holds(v.quantity, v.amount_minor)) fail(hashtag('quantity', '#output+num'), problem('need_size'));
  if (v.quantity && isZero(v.quantity)) fail(hashtag('quantity', '#output+num'), problem('need_quantity_zero'));
  if (v.amount_minor && isZero(v.amount_minor)) fail(hashtag('amount', '#value'), problem('need_amount_zero'));
  if (!ok) return undefined;
  return [
    v.external_id ?? null,
    v.owner_org_id!,
    v.framework_node_id!,
    v.line_id!,
    v.location_ids[0] ?? null,
    v.type!,
    v.description ?? '',
    v.quantity ?? null,
    v.unit ?? null,
    v.amount_minor ?? null,
    v.currency ?? null,
    v.start ?? null,
    v.end ?? null,
    v.priority ?? 'medium',
  ];
}

const needImport: Omit<InterchangeSpec, 'export'> = {
  name: 'needs',
  entity: sharedNeeds.entity,
  table: 'need',
  label: 'needs',
  columns: COALITION_COLUMNS,
  async prepare(db, { actor, mayActFor }): Promise<RowReader> {
    const ref = await loadReference(db);
    return {
      read(cells, row) {
        const columns = row.columns as ColumnMap<CoalitionField>[];
        const v = readRow(cells, { rowNo: row.rowNo, columns, ref, problems: row.problems, ownOrgId: actor.orgId, mayActFor });
        return v && needRecord(v, { rowNo: row.rowNo, problems: row.problems, columns });
      },
      references: () => ref.used,
    };
  },
  staging: {
    table: 'import_need',
    columns: [
      'external_id',
      'owner_org_id',
      'framework_node_id',
      'line_id',
      'location_id',
      'type',
      'description',
      'quantity',
      'unit',
      'amount_minor',
      'currency',
      'period_start',
      'period_end',
      'priority',
    ],
    definition: sql`
      external_id text, owner_org_id uuid NOT NULL, framework_node_id uuid NOT NULL, line_id uuid NOT NULL, location_id uuid,
      type text NOT NULL, description text NOT NULL, quantity numeric(20, 4), unit text, amount_minor bigint, currency char(3),
      period_start date, period_end date, priority text NOT NULL`,
  },
  async compare(trx) {
    await sql`
      UPDATE import_need s SET
        unchanged = (n.framework_node_id = s.framework_node_id AND n.location_id IS NOT DISTINCT FROM s.location_id
          AND n.type = s.type AND n.description = s.description
          AND n.quantity IS NOT DISTINCT FROM s.quantity AND n.unit IS NOT DISTINCT FROM s.unit
          AND n.amount_minor IS NOT DISTINCT FROM s.amount_minor AND n.currency IS NOT DISTINCT FROM s.currency
          AND n.period_start IS NOT DISTINCT FROM s.period_start AND n.period_end IS NOT DISTINCT FROM s.period_end
          AND n.priority = s.priority)
      FROM need n WHERE n.id = s.existing_id`.execute(trx);
  },
  async apply(trx, created) {
    await sql`
      INSERT INTO need (id, owner_org_id, framework_node_id, line_id, location_id, type, description, quantity, unit, amount_minor,
                        currency, period_start, period_end, priority, external_id, marking, created_by)
      SELECT new_id, owner_org_id, framework_node_id, line_id, location_id, type, description, quantity, unit, amount_minor,
             currency, period_start, period_end, priority, external_id, ${created.marking}, ${created.by}
      FROM import_need WHERE existing_id IS NULL`.execute(trx);
    await sql`
      UPDATE need n SET framework_node_id = s.framework_node_id, line_id = s.line_id, location_id = s.location_id, type = s.type,
        description = s.description, quantity = s.quantity, unit = s.unit, amount_minor = s.amount_minor, currency = s.currency,
        period_start = s.period_start, period_end = s.period_end, priority = s.priority, updated_at = now()
      FROM import_need s WHERE n.id = s.existing_id AND NOT s.unchanged`.execute(trx);
  },
};

/** The import's columns, and beside each code its name in the reader's language (`+label`: for people, never read back; ADR 0038). */
export const NEED_COLUMNS: ExportColumn[] = [
  ['Stated by', '#org', { fr: 'Exprimé par', ar: 'صاحب الاحتياج' }],
  ['Stated by (name)', '#org+name+label', { fr: 'Exprimé par (nom)', ar: 'صاحب الاحتياج (الاسم)' }],
  ...COALITION_EXPORT_COLUMNS.framework,
  ['Place', '#loc+code', { fr: 'Lieu', ar: 'المكان' }],
  ['Place name', '#loc+name+label', { fr: 'Nom du lieu', ar: 'اسم المكان' }],
  ...COALITION_EXPORT_COLUMNS.work,
  ['Priority', '#priority', { fr: 'Priorité', ar: 'الأولوية' }],
  ...COALITION_EXPORT_COLUMNS.record,
];

/** Needs the reader may pass on, in the import's columns (names in `lang`). */
function needBatches(db: Kysely<Database>, actor: Actor, filter: NeedExportQuery, lang: ExportLang): FetchBatch {
  const conditions = [sql`${exportableBy(actor, 'need', 'n')}`];
  if (filter.lineId) conditions.push(sql`n.line_id = ${filter.lineId}`);
  if (filter.type) conditions.push(sql`n.type = ${filter.type}`);
  if (filter.locationId) conditions.push(sql`n.location_id IN ${subtreeOf(filter.locationId)}`);
  return async (after, limit) => {
    const { rows } = await sql<{
      id: string;
      created_at: string;
      org: string;
      org_name: string;
      node_code: string;
      node_name: string;
      place: string | null;
      place_name: string | null;
      description: string;
      type: string;
      quantity: string | null;
      unit: string | null;
      amount_minor: string | null;
      currency: string | null;
      period_start: string | null;
      period_end: string | null;
      priority: string;
      external_id: string | null;
      marking: string;
    }>`
      SELECT n.id, n.created_at::text AS created_at, o.name AS org, ${organisationNameIn('o', lang)} AS org_name, fn.code AS node_code,
             ${frameworkNodeName('fn', lang)} AS node_name, l.code AS place, ${placeName('l', lang)} AS place_name, n.description, n.type, n.quantity, n.unit,
             n.amount_minor, n.currency, n.period_start, n.period_end, n.priority, n.external_id, n.marking
      FROM need n
      ${joinOrganisation('o', sql.ref('n.owner_org_id'))}
      ${joinFrameworkNode('fn', sql.ref('n.framework_node_id'))}
      ${joinLocation('l', sql.ref('n.location_id'), 'LEFT JOIN')}
      WHERE ${sql.join(conditions, sql` AND `)} ${afterKeyset('n', after)}
      ORDER BY n.created_at, n.id
      LIMIT ${limit}`.execute(db);
    return rows.map((r) => ({
      key: { created_at: r.created_at, id: r.id },
      cells: [
        r.org,
        r.org_name,
        r.node_code,
        r.node_name,
        r.place ?? '',
        r.place_name ?? '',
        r.description,
        r.type,
        ...sizeCells(r),
        r.period_start ?? '',
        r.period_end ?? '',
        r.priority,
        r.external_id ?? r.id,
        r.marking,
      ],
    }));
  };
}

/** Defined when this module loads, so that the command line finds it through the app's module list. */
export const needInterchange: InterchangeSpec = defineInterchange({
  ...needImport,
  export: {
    columns: NEED_COLUMNS,
    query: needExportQuery,
    tag: 'needs',
    batches: (db, actor, filter, lang) => needBatches(db, actor, filter as NeedExportQuery, lang),
  },
});

/** An import of needs through the engine (tests call it directly). */
export const importNeeds = (db: Kysely<Database>, ctx: Ctx, source: Readable, opts: ImportOptions): Promise<ImportReport> => runImport(db, ctx, source, opts, needInterchange);
