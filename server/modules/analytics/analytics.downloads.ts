// The coverage page's tables as files (CSV or XLSX). A file is something its reader
// passes on, so each is the page's own aggregate computed under the export rule
// (exportableBy, inside the SQL: others' AMBER+STRICT rows — and whatever else that rule
// keeps back — count in no cell), and written by the one CSV/XLSX writer, which
// neutralises formula-looking cells. The web app builds no file itself.
import type { Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { authorizeUser } from '../../infra/policy.ts';
import type { ExportColumn, ExportLang, FetchBatch } from '../interchange/interchange.service.ts';
import { fromMinorUnits } from '../../../common/money.ts';
import { trimDecimal } from '../../../common/quantity.ts';
import { contributionsPolicy } from '../contributions/contributions.policy.ts';
import * as q from './analytics.queries.ts';
import type { NeedExportQuery } from '../needs/needs.schema.ts';
import type { CoveragePivotDimension, CoveragePivotQuery, CoverageQuery } from './analytics.schema.ts';

/** Every coverage file, by the name in its URL: /api/coverage/<name>.csv|xlsx. */
export const COVERAGE_FILES = ['matrix', 'places', 'thin-lines', 'thin-places', 'duplicates', 'gaps'] as const;
export type CoverageFile = (typeof COVERAGE_FILES)[number];

export const COVERAGE_FILE_SUMMARIES: Record<CoverageFile, string> = {
  matrix: 'Organisation × line-of-effort matrix: contributions and amounts per currency',
  places: 'Contributions, contributing organisations and open needs per place (the map)',
  'thin-lines': 'Lines of effort with no or a single contributing organisation',
  'thin-places': 'Places with needs and no contribution, or a single contributing organisation',
  duplicates: 'Likely duplication: organisations delivering the same type to a place in overlapping periods',
  gaps: 'Needs with what is committed, delivered, unmet and over-subscribed',
};

const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
/** An exact sum of minor units in major units, as the other exports write amounts. */
const amount = (minor: string | null, currency: string | null) => (minor === null || !currency ? '' : fromMinorUnits(minor, currency));
/** A quantity as people read it ("12000", not "12000.0000"); numeric text stays exact. */
const quantity = (v: string | null) => (v === null ? '' : trimDecimal(v));

/** An aggregate is small (at most one row per organisation × line, or per place): one batch, already read. */
const allAt = (rows: string[][]): FetchBatch => {
  let done = false;
  return async () => {
    if (done) return [];
    done = true;
    return rows.map((cells, index) => ({ key: { created_at: '', id: String(index) }, cells }));
  };
};

const MATRIX_COLUMNS: ExportColumn[] = [
  ['Organisation', '#org+name', { fr: 'Organisation', ar: 'المنظمة' }],
  ['Line of effort', '#sector+name', { fr: "Axe d'effort", ar: 'خط الجهد' }],
  ['Currency', '#currency', { fr: 'Devise', ar: 'العملة' }],
  ['Contributions', '#activity+num', { fr: 'Contributions', ar: 'المساهمات' }],
  ['Amount', '#value', { fr: 'Montant', ar: 'المبلغ' }],
];
const PLACE_COLUMNS: ExportColumn[] = [
  ['Place', '#loc+name', { fr: 'Lieu', ar: 'المكان' }],
  ['Code', '#loc+code', { fr: 'Code', ar: 'الرمز' }],
  ['Level', '#loc+level', { fr: 'Niveau', ar: 'المستوى' }],
  ['Country', '#country+code', { fr: 'Pays', ar: 'البلد' }],
  ['Latitude', '#geo+lat', { fr: 'Latitude', ar: 'خط العرض' }],
  ['Longitude', '#geo+lon', { fr: 'Longitude', ar: 'خط الطول' }],
  ['Contributions', '#activity+num', { fr: 'Contributions', ar: 'المساهمات' }],
  ['Organisations', '#org+num', { fr: 'Organisations', ar: 'المنظمات' }],
  ['Open needs', '#indicator+open_needs+num', { fr: 'Besoins ouverts', ar: 'الاحتياجات المفتوحة' }],
];
const THIN_LINE_COLUMNS: ExportColumn[] = [
  ['Line of effort', '#sector+name', { fr: "Axe d'effort", ar: 'خط الجهد' }],
  ['Contributing organisations', '#org+num', { fr: 'Organisations contributrices', ar: 'المنظمات المساهمة' }],
  ['Only organisation', '#org+name', { fr: 'Seule organisation', ar: 'المنظمة الوحيدة' }],
];
const THIN_PLACE_COLUMNS: ExportColumn[] = [
  ['Place', '#loc+name', { fr: 'Lieu', ar: 'المكان' }],
  ['Code', '#loc+code', { fr: 'Code', ar: 'الرمز' }],
  ['Contributing organisations', '#org+num', { fr: 'Organisations contributrices', ar: 'المنظمات المساهمة' }],
  ['Only organisation', '#org+name', { fr: 'Seule organisation', ar: 'المنظمة الوحيدة' }],
];
const DUPLICATE_COLUMNS: ExportColumn[] = [
  ['Place', '#loc+name', { fr: 'Lieu', ar: 'المكان' }],
  ['Type', '#activity+type', { fr: 'Type', ar: 'النوع' }],
  ['Organisations', '#org+name', { fr: 'Organisations', ar: 'المنظمات' }],
  ['Contributions', '#activity+num', { fr: 'Contributions', ar: 'المساهمات' }],
];
const GAP_COLUMNS: ExportColumn[] = [
  ['Need', '#activity+description', { fr: 'Besoin', ar: 'الاحتياج' }],
  ['Organisation', '#org+name', { fr: 'Organisation', ar: 'المنظمة' }],
  ['Line of effort', '#sector+name', { fr: "Axe d'effort", ar: 'خط الجهد' }],
  ['Place', '#loc+code', { fr: 'Lieu', ar: 'المكان' }],
  ['Priority', '#priority', { fr: 'Priorité', ar: 'الأولوية' }],
  ['Currency', '#currency', { fr: 'Devise', ar: 'العملة' }],
  ['Amount needed', '#value+needed', { fr: 'Montant nécessaire', ar: 'المبلغ المطلوب' }],
  ['Amount committed', '#value+committed', { fr: 'Montant engagé', ar: 'المبلغ الملتزم به' }],
  ['Amount delivered', '#value+delivered', { fr: 'Montant réalisé', ar: 'المبلغ المنجز' }],
  ['Amount unmet', '#value+unmet', { fr: 'Montant non couvert', ar: 'المبلغ غير المغطى' }],
  ['Amount over-subscribed', '#value+oversubscribed', { fr: 'Montant en excédent', ar: 'المبلغ الزائد عن الحاجة' }],
  ['Unit', '#output+unit', { fr: 'Unité', ar: 'الوحدة' }],
  ['Quantity needed', '#output+num+needed', { fr: 'Quantité nécessaire', ar: 'الكمية المطلوبة' }],
  ['Quantity committed', '#output+num+committed', { fr: 'Quantité engagée', ar: 'الكمية الملتزم بها' }],
  ['Quantity delivered', '#output+num+delivered', { fr: 'Quantité réalisée', ar: 'الكمية المنجزة' }],
  ['Quantity unmet', '#output+num+unmet', { fr: 'Quantité non couverte', ar: 'الكمية غير المغطاة' }],
  ['Quantity over-subscribed', '#output+num+oversubscribed', { fr: 'Quantité en excédent', ar: 'الكمية الزائدة عن الحاجة' }],
  ['Marking', '#meta+marking', { fr: 'Marquage', ar: 'التصنيف' }],
  ['Id', '#meta+id', { fr: 'Identifiant', ar: 'المعرّف' }],
];

/** A file ready to write: its columns and its rows (read already, or read in batches as it is written). */
export interface CoverageTable {
  columns: readonly ExportColumn[];
  fetch: FetchBatch;
}

/**
 * One coverage file for the signed-in reader. Aggregates are read here, before the answer
 * starts, so that a failure is still a proper error answer and not a file cut short.
 */
export async function coverageTable(db: Db, ctx: Ctx, file: CoverageFile, filter: CoverageQuery & NeedExportQuery, lang: ExportLang = 'en'): Promise<CoverageTable> {
  authorizeUser(ctx.actor, contributionsPolicy, 'read');
  const actor = ctx.actor;
  switch (file) {
    case 'matrix':
      return {
        columns: MATRIX_COLUMNS,
        fetch: allAt((await q.coverageMatrix(db, actor, filter, 'export', lang)).map((c) => [c.org_name, c.line_name, text(c.currency), c.count, amount(c.amount, c.currency)])),
      };
    case 'places':
      return {
        columns: PLACE_COLUMNS,
        fetch: allAt(
          (await q.placesOnMap(db, actor, filter, 'export', lang)).map((p) => [
            p.name,
            p.code,
            p.level,
            p.country_code,
            text(p.latitude),
            text(p.longitude),
            p.contributions,
            p.organisations,
            p.open_needs,
          ]),
        ),
      };
    case 'thin-lines':
      return {
        columns: THIN_LINE_COLUMNS,
        fetch: allAt((await q.contributorsPerLine(db, actor, filter, 'export', lang)).map((l) => [l.name, l.contributors, text(l.only_org)])),
      };
    case 'thin-places':
      return {
        columns: THIN_PLACE_COLUMNS,
        fetch: allAt((await q.thinLocations(db, actor, filter, 'export', lang)).map((l) => [l.name, l.code, l.contributors, text(l.only_org)])),
      };
    case 'duplicates':
      return {
        columns: DUPLICATE_COLUMNS,
        fetch: allAt((await q.likelyDuplicates(db, actor, filter, 'export', lang)).map((d) => [d.location_name, d.type, d.organisations.join(' / '), d.contributions])),
      };
    case 'gaps':
      // Needs can be many: read in keyset batches as the file is written, like the other exports.
      return {
        columns: GAP_COLUMNS,
        fetch: async (after, limit) =>
          (await q.exportableNeedGaps(db, actor, filter, after, limit, lang)).map((n) => ({
            key: { created_at: n.created_key, id: n.id },
            cells: [
              n.description,
              n.org_label,
              n.line_label,
              text(n.location_code),
              n.priority,
              text(n.currency),
              amount(n.amount_minor, n.currency),
              amount(n.committed_amount, n.currency),
              amount(n.delivered_amount, n.currency),
              amount(n.unmet_amount, n.currency),
              amount(n.oversubscribed_amount, n.currency),
              text(n.unit),
              quantity(n.quantity),
              quantity(n.committed_quantity),
              quantity(n.delivered_quantity),
              quantity(n.unmet_quantity),
              quantity(n.oversubscribed_quantity),
              n.marking,
              n.external_id ?? n.id,
            ],
          })),
      };
  }
}

/** A pivot dimension as a file's column: its header and the HXL hashtag of its values. */
const PIVOT_DIMENSION_COLUMNS: Record<CoveragePivotDimension, ExportColumn> = {
  organisation: ['Organisation', '#org+name', { fr: 'Organisation', ar: 'المنظمة' }],
  line: ['Line of effort', '#sector+name', { fr: "Axe d'effort", ar: 'خط الجهد' }],
  place: ['Place', '#loc+name', { fr: 'Lieu', ar: 'المكان' }],
  type: ['Type', '#activity+type', { fr: 'Type', ar: 'النوع' }],
  status: ['Status', '#status', { fr: 'Statut', ar: 'الحالة' }],
  currency: ['Currency', '#currency', { fr: 'Devise', ar: 'العملة' }],
};

/**
 * The pivot over contributions as a file: one data row per (row, column, currency) cell (per
 * (row, column) when converted into one currency, with what could not be converted) —
 * the long form a spreadsheet's own pivot reads — computed under the export rule, so
 * the file sums only what its reader may pass on (the page shows what they may see).
 */
export async function coveragePivotTable(db: Db, ctx: Ctx, query: CoveragePivotQuery, lang: ExportLang = 'en'): Promise<CoverageTable> {
  authorizeUser(ctx.actor, contributionsPolicy, 'read');
  const withMoney = query.rows !== 'place' && query.columns !== 'place';
  const currencyIsADimension = query.rows === 'currency' || query.columns === 'currency';
  const { cells, row_headers, column_headers } = await q.coveragePivot(db, ctx.actor, query, 'export', lang);
  const labels = (headers: { key: string | null; label: string }[]) => new Map(headers.map((h) => [h.key, h.label]));
  const rowLabel = labels(row_headers);
  const columnLabel = labels(column_headers);
  // Converted (ADR 0034): one row per cell, its amount in the chosen currency, and what could not be converted beside it.
  const converted = withMoney && query.currency !== undefined;
  const columns: ExportColumn[] = [
    PIVOT_DIMENSION_COLUMNS[query.rows],
    PIVOT_DIMENSION_COLUMNS[query.columns],
    ...(withMoney && (converted || !currencyIsADimension)
      ? [
          converted
            ? (['Currency converted into', '#currency+converted', { fr: 'Devise de conversion', ar: 'العملة المحوَّل إليها' }] as ExportColumn)
            : PIVOT_DIMENSION_COLUMNS.currency,
        ]
      : []),
    ['Contributions', '#activity+num', { fr: 'Contributions', ar: 'المساهمات' }],
    ...(withMoney ? ([['Amount', '#value', { fr: 'Montant', ar: 'المبلغ' }]] as ExportColumn[]) : []),
    ...(converted
      ? ([
          ['Contributions not converted (no rate)', '#activity+num+unconverted', { fr: 'Contributions non converties (sans taux)', ar: 'المساهمات غير المحوَّلة (لا سعر)' }],
          ['Currencies not converted', '#currency+unconverted', { fr: 'Devises non converties', ar: 'العملات غير المحوَّلة' }],
        ] as ExportColumn[])
      : []),
  ];
  // A cell without a currency (the contributions with no money) is a label's "none" on the page and blank in a file.
  const label = (map: Map<string | null, string>, key: string | null) => (key === null ? '' : (map.get(key) ?? key));
  return {
    columns,
    fetch: allAt(
      cells.map((c) => [
        label(rowLabel, c.row),
        label(columnLabel, c.column),
        ...(withMoney && (converted || !currencyIsADimension) ? [text(converted ? query.currency : c.currency)] : []),
        c.count,
        ...(withMoney ? [amount(c.amount, c.currency)] : []),
        ...(converted ? [text((c.not_converted ?? []).reduce((n, x) => n + Number(x.count), 0)), (c.not_converted ?? []).map((x) => `${x.currency} ${x.count}`).join(', ')] : []),
      ]),
    ),
  };
}
