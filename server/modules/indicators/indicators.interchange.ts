// Reported values in files — the values' interchange spec: HXL-tagged CSV or XLSX
// (#indicator+code, #date+period, #adm1+code / #loc+code, #org, #category, #value …) and
// DHIS2 dataValueSets JSON (dataElement, period, orgUnit, categoryOptionCombo,
// attributeOptionCombo as the reporting organisation, value, comment), read by the engine
// unchanged (ADR 0014's `json` names). A row matches a value already there by its #meta+id
// or by its cell (indicator × period × place × organisation × option); approved and
// submitted values, and closed periods, refuse the file with the rows named; a cell held by a
// value the importer cannot read is "taken", in the same words as a taken id. Imported
// values are drafts unless the row says `submitted` (#status): approval stays a review.
import type { Readable } from 'node:stream';
import { type Kysely, sql } from 'kysely';
import { parseDecimal } from '../../../common/money.ts';
import type { Database } from '../../db/database.ts';
import type { Actor, Ctx } from '../../infra/actor.ts';
import {
  type ColumnMap,
  type ColumnRule,
  type ExportColumn,
  type ExportLang,
  type FetchBatch,
  type ImportOptions,
  type ImportReport,
  type InterchangeSpec,
  type ProblemText,
  type RowReader,
  TAKEN_ID,
  afterKeyset,
  cellText,
  defineInterchange,
  loadReference,
  problem,
  runImport,
} from '../interchange/interchange.service.ts';
import { joinLocation, placeName } from '../locations/locations.sql.ts';
import { joinOrganisation, organisationNameIn } from '../members/members.sql.ts';
import { exportableBy, visibleTo } from '../sharing/sharing.sql.ts';
import { parsePeriod } from './indicators.period.ts';
import * as q from './indicators.queries.ts';
import { MAX_FIGURE, type ValueExportQuery, valueExportQuery } from './indicators.schema.ts';
import { sharedIndicatorValues } from './indicators.sharing.ts';

type ValueField = 'externalId' | 'indicator' | 'period' | 'location' | 'organisation' | 'category' | 'value' | 'comment' | 'source' | 'status';

/** The hashtags of a value row; the first rule that matches a column decides its field. */
export const VALUE_COLUMNS: readonly ColumnRule<ValueField>[] = [
  { tag: 'meta', with: ['id'], field: 'externalId' },
  { tag: 'meta', with: ['source'], field: 'source' },
  { tag: 'indicator', with: ['value'], field: 'value' },
  { tag: 'indicator', with: ['num'], field: 'value' },
  { tag: 'indicator', field: 'indicator', json: ['dataElement'] },
  { tag: 'date', with: ['period'], field: 'period', json: ['period'] },
  { tag: 'date', field: 'period' },
  { tag: 'country', field: 'location' },
  { tag: 'adm1', field: 'location' },
  { tag: 'adm2', field: 'location' },
  { tag: 'adm3', field: 'location' },
  { tag: 'loc', field: 'location', json: ['orgUnit'] },
  { tag: 'org', field: 'organisation', json: ['attributeOptionCombo'] },
  { tag: 'category', field: 'category', json: ['categoryOptionCombo'] },
  { tag: 'value', field: 'value', json: ['value'] },
  { tag: 'description', field: 'comment', json: ['comment'] },
  { tag: 'status', field: 'status' },
];

/** DHIS2's name for "no disaggregation". */
const NO_CATEGORY = new Set(['default', 'total']);

const valueImport: Omit<InterchangeSpec, 'export'> = {
  name: 'indicator-values',
  entity: sharedIndicatorValues.entity,
  table: 'indicator_value',
  label: 'indicator values',
  columns: VALUE_COLUMNS,
  async prepare(db, { actor, mayActFor }): Promise<RowReader> {
    const [ref, indicators] = await Promise.all([loadReference(db), q.visibleIndicatorCodes(db, actor)]);
    const byCode = new Map(indicators.map((i) => [i.code.toLowerCase(), i]));
    return {
      read(cells, { rowNo, columns, problems }) {
        let ok = true;
        const fail = (col: ColumnMap | string, what: ProblemText, value?: string) => {
          ok = false;
          problems.add(typeof col === 'string' ? col : col.hashtag, what, rowNo, value);
        };
        const cell = (field: ValueField) => {
          const col = columns.find((c) => c.field === field);
          return col ? { col, raw: cellText(cells, col) } : undefined;
        };
        const ind = cell('indicator');
        const indicator = ind?.raw ? byCode.get(ind.raw.toLowerCase()) : undefined;
        if (!ind?.raw) fail('#indicator', problem('indicator_missing'));
        else if (!indicator) fail(ind.col, problem('indicator_unknown'), ind.raw);
        const per = cell('period');
        const period = per?.raw ? parsePeriod(per.raw) : undefined;
        if (!per?.raw) fail('#date+period', problem('period_missing'));
        else if (!period) fail(per.col, problem('period_format'), per.raw);
        else if (indicator && period.type !== indicator.period_type) fail(per.col, problem('period_type', { periodType: indicator.period_type }), per.raw);
        let locationId: string | null = null;
        const loc = cell('location');
        if (loc?.raw) {
          const found = ref.locationCodes.get(loc.raw.toUpperCase()) ?? (loc.col.byCode ? undefined : ref.locations.get(loc.raw));
          if (!found) fail(loc.col, problem('place_unknown'), loc.raw);
          else {
            locationId = found;
            ref.used.location.add(found);
          }
        }
        let orgId = actor.orgId;
        const org = cell('organisation');
        if (org?.raw) {
          const found = ref.organisations.get(org.raw);
          if (!found) fail(org.col, problem('organisation_unknown'), org.raw);
          else if (found !== actor.orgId && !mayActFor(found)) fail(org.col, problem('organisation_outside'), org.raw);
          else orgId = found;
        }
        ref.used.organisation.add(orgId);
        let option: string | null = null;
        const cat = cell('category');
        if (cat?.raw && !NO_CATEGORY.has(cat.raw.toLowerCase())) {
          if (indicator && !indicator.category_options.includes(cat.raw)) fail(cat.col, problem('category_unknown'), cat.raw);
          else option = cat.raw;
        }
        const val = cell('value');
        const number = val?.raw ? parseDecimal(val.raw) : undefined;
        if (!val?.raw) fail('#value', problem('value_missing'));
        else if (number === undefined || Math.abs(Number(number)) > MAX_FIGURE || (number.split('.')[1]?.length ?? 0) > 6)
          fail(val.col, problem('not_a_number', { max: MAX_FIGURE.toExponential(), decimals: 6 }), val.raw);
        const comment = cell('comment')?.raw ?? '';
        if (comment.length > 2000) fail('#description', problem('too_long', { max: 2000 }));
        const source = cell('source');
        if (source?.raw && !(/^https?:\/\/\S+$/.test(source.raw) && source.raw.length <= 2000)) fail(source.col, problem('not_a_web_address'), source.raw);
        const st = cell('status');
        const status = st?.raw ? st.raw.toLowerCase() : 'draft';
        if (status !== 'draft' && status !== 'submitted') fail(st!.col, problem('indicator_status'), st!.raw);
        const ext = cell('externalId')?.raw;
        if (ext && ext.length > 200) fail('#meta+id', problem('too_long', { max: 200 }));
        if (!ok) return undefined;
        return [ext || null, orgId, indicator!.id, period!.period, period!.start, period!.end, locationId, option, number!, comment, source?.raw || null, status];
      },
      references: () => ({ organisation: ref.used.organisation, location: ref.used.location }),
    };
  },
  staging: {
    table: 'import_indicator_value',
    columns: ['external_id', 'owner_org_id', 'indicator_id', 'period', 'period_start', 'period_end', 'location_id', 'category_option', 'value', 'comment', 'source_url', 'status'],
    definition: sql`
      external_id text, owner_org_id uuid NOT NULL, indicator_id uuid NOT NULL, period text NOT NULL, period_start date NOT NULL, period_end date NOT NULL,
      location_id uuid, category_option text, value numeric(24, 6) NOT NULL, comment text NOT NULL, source_url text, status text NOT NULL`,
  },
  async compare(trx, problems, ctx) {
    const visible = visibleTo(ctx.actor, 'indicator_value', 'v');
    // The indicators the file names are kept until the commit (the write runs without per-row key checks).
    const kept = await sql<{ id: string }>`
      SELECT i.id FROM indicator i WHERE i.id IN (SELECT DISTINCT indicator_id FROM import_indicator_value) FOR KEY SHARE`.execute(trx);
    const gone = await sql<{ row_no: number }>`
      SELECT row_no FROM import_indicator_value WHERE NOT (indicator_id = ANY(${kept.rows.map((r) => r.id)}::uuid[])) ORDER BY row_no LIMIT 1000`.execute(trx);
    for (const r of gone.rows) problems.add('#indicator', problem('indicator_unknown'), r.row_no);
    // Twice the same cell in the file.
    const twice = await sql<{ rows: number[] }>`
      SELECT array_agg(row_no ORDER BY row_no) AS rows FROM import_indicator_value
      GROUP BY indicator_id, period, location_id, owner_org_id, category_option HAVING count(*) > 1 LIMIT 1000`.execute(trx);
    for (const d of twice.rows) for (const r of d.rows.slice(1)) problems.add('#value', problem('value_twice'), r);
    // Rows without an id match the value already in their cell, if the importer may read it.
    await sql`
      UPDATE import_indicator_value s SET existing_id = v.id FROM indicator_value v
      WHERE s.existing_id IS NULL AND v.indicator_id = s.indicator_id AND v.period = s.period AND v.location_id IS NOT DISTINCT FROM s.location_id
        AND v.owner_org_id = s.owner_org_id AND v.category_option IS NOT DISTINCT FROM s.category_option AND ${visible}`.execute(trx);
    // A cell held by a value the importer cannot read, or by another value than the row's own: the same words as a taken id.
    const taken = await sql<{ row_no: number }>`
      SELECT s.row_no FROM import_indicator_value s
      WHERE EXISTS (SELECT 1 FROM indicator_value v
                    WHERE v.indicator_id = s.indicator_id AND v.period = s.period AND v.location_id IS NOT DISTINCT FROM s.location_id
                      AND v.owner_org_id = s.owner_org_id AND v.category_option IS NOT DISTINCT FROM s.category_option
                      AND (v.id IS DISTINCT FROM s.existing_id OR NOT ${visible}))
      ORDER BY s.row_no LIMIT 1000`.execute(trx);
    for (const r of taken.rows) problems.add('#meta+id', TAKEN_ID, r.row_no);
    // Unchanged: the same content, and no status asked for beyond the value's own (a file of drafts leaves a reviewed value as it is).
    await sql`
      UPDATE import_indicator_value s SET unchanged = (v.value = s.value AND v.comment = s.comment AND v.source_url IS NOT DISTINCT FROM s.source_url
        AND (v.status = s.status OR (s.status = 'draft' AND v.status IN ('submitted', 'approved'))) AND v.period = s.period AND v.location_id IS NOT DISTINCT FROM s.location_id AND v.category_option IS NOT DISTINCT FROM s.category_option)
      FROM indicator_value v WHERE v.id = s.existing_id`.execute(trx);
    // Approved and submitted values change only through their workflow.
    const locked = await sql<{ row_no: number; status: string }>`
      SELECT s.row_no, v.status FROM import_indicator_value s JOIN indicator_value v ON v.id = s.existing_id
      WHERE NOT s.unchanged AND v.status IN ('approved', 'submitted') ORDER BY s.row_no`.execute(trx);
    for (const r of locked.rows) problems.add('#value', problem(r.status === 'approved' ? 'value_approved' : 'value_submitted'), r.row_no);
    const closed = await sql<{ row_no: number; period: string }>`
      SELECT s.row_no, c.period FROM import_indicator_value s
      JOIN indicator_period_closure c ON (c.indicator_id = s.indicator_id OR c.indicator_id IS NULL) AND c.period_start <= s.period_start AND c.period_end >= s.period_end
      WHERE NOT s.unchanged ORDER BY s.row_no`.execute(trx);
    for (const r of closed.rows) problems.add('#date+period', problem('period_closed', { period: r.period }), r.row_no, r.period);
  },
  async apply(trx, created) {
    await sql`
      INSERT INTO indicator_value (id, indicator_id, period, period_start, period_end, location_id, owner_org_id, category_option, value, comment,
                                   source_url, status, status_changed_by, status_changed_at, external_id, marking, created_by)
      SELECT new_id, indicator_id, period, period_start, period_end, location_id, owner_org_id, category_option, value, comment,
             source_url, status, ${created.by}, now(), external_id, ${created.marking}, ${created.by}
      FROM import_indicator_value WHERE existing_id IS NULL`.execute(trx);
    await sql`
      UPDATE indicator_value v SET period = s.period, period_start = s.period_start, period_end = s.period_end, location_id = s.location_id,
        category_option = s.category_option, value = s.value, comment = s.comment, source_url = s.source_url, status = s.status,
        status_reason = NULL, status_changed_by = ${created.by}, status_changed_at = now(), updated_at = now()
      FROM import_indicator_value s WHERE v.id = s.existing_id AND NOT s.unchanged`.execute(trx);
  },
};

/** The import's columns, and beside each code its name in the reader's language (`+label`: for people, never read back; ADR 0038). */
export const VALUE_EXPORT_COLUMNS: ExportColumn[] = [
  ['Indicator', '#indicator+code', { fr: 'Indicateur', ar: 'المؤشر' }],
  ['Indicator name', '#indicator+name+label', { fr: "Nom de l'indicateur", ar: 'اسم المؤشر' }],
  ['Period', '#date+period', { fr: 'Période', ar: 'الفترة' }],
  ['Place', '#loc+code', { fr: 'Lieu', ar: 'المكان' }],
  ['Place name', '#loc+name+label', { fr: 'Nom du lieu', ar: 'اسم المكان' }],
  ['Reported by', '#org', { fr: 'Déclaré par', ar: 'الجهة المبلِّغة' }],
  ['Reported by (name)', '#org+name+label', { fr: 'Déclaré par (nom)', ar: 'الجهة المبلِّغة (الاسم)' }],
  ['Category option', '#category', { fr: 'Option de catégorie', ar: 'خيار الفئة' }],
  ['Value', '#value', { fr: 'Valeur', ar: 'القيمة' }],
  ['Comment', '#description', { fr: 'Commentaire', ar: 'تعليق' }],
  ['Source', '#meta+source', { fr: 'Source', ar: 'المصدر' }],
  ['Status', '#meta+status', { fr: 'Statut', ar: 'الحالة' }],
  ['Id', '#meta+id', { fr: 'Identifiant', ar: 'المعرّف' }],
  ['Marking', '#meta+marking', { fr: 'Marquage', ar: 'التصنيف' }],
];

/** Values the reader may pass on (the value and its indicator both under the export rule). */
function valueBatches(db: Kysely<Database>, actor: Actor, filter: ValueExportQuery, lang: ExportLang): FetchBatch {
  const conditions = [sql`${exportableBy(actor, 'indicator_value', 'v')}`, sql`${exportableBy(actor, 'indicator', 'i')}`];
  if (filter.indicatorId) conditions.push(sql`v.indicator_id = ${filter.indicatorId}`);
  if (filter.period) conditions.push(sql`v.period = ${filter.period}`);
  if (filter.status) conditions.push(sql`v.status = ${filter.status}`);
  return async (after, limit) => {
    const { rows } = await sql<{
      id: string;
      created_at: string;
      code: string;
      indicator_name: string;
      period: string;
      place: string | null;
      place_name: string | null;
      org: string;
      org_name: string;
      category_option: string | null;
      value: string;
      comment: string;
      source_url: string | null;
      status: string;
      external_id: string | null;
      marking: string;
    }>`
      SELECT v.id, v.created_at::text AS created_at, i.code, i.name AS indicator_name, v.period, l.code AS place, ${placeName('l', lang)} AS place_name,
             o.name AS org, ${organisationNameIn('o', lang)} AS org_name, v.category_option, trim_scale(v.value)::text AS value,
             v.comment, v.source_url, v.status, v.external_id, v.marking
      FROM indicator_value v
      JOIN indicator i ON i.id = v.indicator_id
      ${joinOrganisation('o', sql.ref('v.owner_org_id'))}
      ${joinLocation('l', sql.ref('v.location_id'), 'LEFT JOIN')}
      WHERE ${sql.join(conditions, sql` AND `)} ${afterKeyset('v', after)}
      ORDER BY v.created_at, v.id
      LIMIT ${limit}`.execute(db);
    return rows.map((r) => ({
      key: { created_at: r.created_at, id: r.id },
      cells: [
        r.code,
        r.indicator_name,
        r.period,
        r.place ?? '',
        r.place_name ?? '',
        r.org,
        r.org_name,
        r.category_option ?? '',
        r.value,
        r.comment,
        r.source_url ?? '',
        r.status,
        r.external_id ?? r.id,
        r.marking,
      ],
    }));
  };
}

/** Defined when this module loads, so that the command line finds it through the app's module list. */
export const valueInterchange: InterchangeSpec = defineInterchange({
  ...valueImport,
  export: {
    columns: VALUE_EXPORT_COLUMNS,
    query: valueExportQuery,
    tag: 'indicators',
    batches: (db, actor, filter, lang) => valueBatches(db, actor, filter as ValueExportQuery, lang),
  },
});

/** An import of values through the engine (tests call it directly). */
export const importValues = (db: Kysely<Database>, ctx: Ctx, source: Readable, opts: ImportOptions): Promise<ImportReport> => runImport(db, ctx, source, opts, valueInterchange);
