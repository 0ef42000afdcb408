// zod at the edge for indicators, their targets, reported values, closed periods and the pivot.
import { z } from 'zod';
import { pageQuery } from '../../infra/pagination.ts';
import { isoDate, locationRef, ref } from '../contributions/contributions.schema.ts';
import { sharingInput, sharingOutput } from '../sharing/sharing.schema.ts';
import { PERIOD_PATTERN, PERIOD_TYPES } from './indicators.period.ts';

export const SPACE_AGGREGATIONS = ['sum', 'mean', 'max', 'latest'] as const;
export const TIME_AGGREGATIONS = ['sum', 'latest', 'cumulative'] as const;
export const VALUE_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;

/** The largest value a figure may have (numeric(24, 6) holds more; a JSON number stays exact to about here). */
export const MAX_FIGURE = 1e15;
const figure = z.number().finite().min(-MAX_FIGURE).max(MAX_FIGURE);
const isoPeriod = z.string().regex(PERIOD_PATTERN, 'an ISO period: 2015, 2015Q1 or 2015-01').describe('ISO period: 2015, 2015Q1 or 2015-01');
const categoryOption = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\s,]+$/, 'a code without spaces or commas');

const target = z.object({ date: isoDate, value: figure, note: z.string().max(1000).default('') });
const targetOut = z.object({ date: z.string(), value: z.number(), note: z.string() });
const baseline = z.object({ value: figure, date: isoDate });

const indicatorFields = {
  frameworkNodeId: z.uuid().describe('The line of effort or objective it measures'),
  code: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dot, dash and underscore')
    .describe('Unique; what files name it by (#indicator+code, a dataValueSet’s dataElement)'),
  name: z.string().trim().min(1).max(300),
  definition: z.string().max(5000),
  unit: z.string().trim().min(1).max(50),
  spaceAggregation: z.enum(SPACE_AGGREGATIONS).describe('How values of several places and organisations add up'),
  timeAggregation: z.enum(TIME_AGGREGATIONS).describe('How values of several periods add up: sum of the periods, the latest, or cumulative to date'),
  periodType: z.enum(PERIOD_TYPES).describe('The period its values are reported for'),
  baseline: baseline.nullable(),
  categoryOptions: z.array(categoryOption).max(100).describe('Disaggregation: the category options a value may be given for (sex, age…)'),
  targets: z.array(target).max(100),
  sharing: sharingInput,
};

const uniqueDates = (i: { targets?: { date: string }[] }) => !i.targets || new Set(i.targets.map((t) => t.date)).size === i.targets.length;
const uniqueOptions = (i: { categoryOptions?: string[] }) => !i.categoryOptions || new Set(i.categoryOptions).size === i.categoryOptions.length;

export const indicatorInput = z
  .object({
    ...indicatorFields,
    definition: indicatorFields.definition.default(''),
    baseline: indicatorFields.baseline.default(null),
    categoryOptions: indicatorFields.categoryOptions.default([]),
    targets: indicatorFields.targets.default([]),
  })
  .refine(uniqueDates, { path: ['targets'], message: 'one target per date' })
  .refine(uniqueOptions, { path: ['categoryOptions'], message: 'each option once' });

/** What changes; `targets` and `categoryOptions`, when given, replace the lists. */
export const indicatorPatch = z
  .object(indicatorFields)
  .partial()
  .refine(uniqueDates, { path: ['targets'], message: 'one target per date' })
  .refine(uniqueOptions, { path: ['categoryOptions'], message: 'each option once' });

export const indicatorOut = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  definition: z.string(),
  unit: z.string(),
  frameworkNode: ref,
  line: ref,
  spaceAggregation: z.enum(SPACE_AGGREGATIONS),
  timeAggregation: z.enum(TIME_AGGREGATIONS),
  periodType: z.enum(PERIOD_TYPES),
  baseline: z.object({ value: z.number(), date: z.string() }).nullable(),
  categoryOptions: z.array(z.string()),
  targets: z.array(targetOut),
  sharing: sharingOutput,
  abilities: z.object({ update: z.boolean(), delete: z.boolean(), approveValues: z.boolean(), closePeriods: z.boolean() }),
});

export const indicatorListQuery = z.object({
  ...pageQuery,
  lineId: z.uuid().optional().describe('Indicators of this line of effort'),
});

const valueFields = {
  indicatorId: z.uuid(),
  period: isoPeriod,
  locationId: z.uuid().nullable().describe('Where; none for a figure of the whole coalition'),
  organisationId: z.uuid().optional().describe('The reporting organisation: yours (the default)'),
  categoryOption: categoryOption.nullable().describe('One of the indicator’s category options; none for the total'),
  value: figure,
  comment: z.string().max(2000),
  sourceDocumentId: z.uuid().nullable().describe('A document you can read'),
  sourceUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable(),
  sharing: sharingInput,
};

/** One reported value; a value already there for the same indicator, period, place, organisation and option is changed (while a draft or returned). */
export const valueInput = z.object({
  ...valueFields,
  locationId: valueFields.locationId.default(null),
  categoryOption: valueFields.categoryOption.default(null),
  comment: valueFields.comment.default(''),
  sourceDocumentId: valueFields.sourceDocumentId.default(null),
  sourceUrl: valueFields.sourceUrl.default(null),
  sharing: sharingInput.optional().describe('A new value is GREEN unless said otherwise (its indicator’s rule applies too); a value already there keeps its sharing unless given'),
});
export const valueBatch = z.object({ values: z.array(valueInput).min(1).max(1000).describe('Saved as drafts, all or none') });

export const valuePatch = z.object({
  value: figure.optional(),
  comment: valueFields.comment.optional(),
  sourceDocumentId: valueFields.sourceDocumentId.optional(),
  sourceUrl: valueFields.sourceUrl.optional(),
  sharing: sharingInput.optional(),
});

export const valueOut = z.object({
  id: z.uuid(),
  indicator: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  period: z.string(),
  location: locationRef.nullable(),
  organisation: ref,
  categoryOption: z.string().nullable(),
  value: z.number(),
  comment: z.string(),
  sourceDocumentId: z.uuid().nullable(),
  sourceUrl: z.string().nullable(),
  status: z.enum(VALUE_STATUSES),
  statusReason: z.string().nullable().describe('Why it was returned or un-approved'),
  sharing: sharingOutput,
  abilities: z.object({
    update: z.boolean(),
    submit: z.boolean(),
    withdraw: z.boolean(),
    approve: z.boolean(),
    return: z.boolean(),
    unapprove: z.boolean(),
  }),
});

export const valueListQuery = z.object({
  ...pageQuery,
  indicatorId: z.uuid().optional(),
  period: isoPeriod.optional(),
  status: z.enum(VALUE_STATUSES).optional(),
  organisationId: z.uuid().optional(),
});

const ids = z.array(z.uuid()).min(1).max(1000);
export const transitionInput = z.object({ ids });
export const reasonedTransitionInput = z.object({ ids, reason: z.string().trim().min(1, 'give the reason').max(2000) });
export const transitionOut = z.object({ changed: z.number().int() });

export const closureInput = z.object({
  indicatorId: z.uuid().nullable().describe('The indicator; none closes the period for every indicator'),
  period: isoPeriod,
});
export const closureOut = z.object({ id: z.uuid(), indicatorId: z.uuid().nullable(), period: z.string(), closedAt: z.string() });
export const closureListQuery = z.object({ indicatorId: z.uuid().optional() });

// The pivot.
export const PIVOT_DIMENSIONS = ['indicator', 'line', 'period', 'location', 'organisation', 'category'] as const;
const dimension = z
  .string()
  .regex(
    /^(indicator|line|organisation|category|period(:(month|quarter|year))?|location(:[0-9])?)$/,
    'indicator, line, organisation, category, period[:month|quarter|year] or location[:level]',
  );
const dimensionList = z
  .string()
  .max(200)
  .transform((s) => (s.trim() === '' ? [] : s.split(',').map((d) => d.trim())))
  .pipe(z.array(dimension).max(4));

export const pivotQuery = z.object({
  rows: dimensionList.default([]).describe('Comma-separated: indicator, line, period:quarter, location:1 (a level of the place tree: 0 the country), organisation, category'),
  columns: dimensionList.default([]).describe('As rows'),
  indicatorId: z.uuid().optional(),
  lineId: z.uuid().optional(),
  locationId: z.uuid().optional().describe('That place and every place under it'),
  organisationId: z.uuid().optional(),
  categoryOption: categoryOption.optional(),
  periodFrom: isoPeriod.optional().describe('From this period on (a cumulative indicator still counts what came before)'),
  periodTo: isoPeriod.optional(),
  includeSubmitted: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Count submitted values too (approved only by default)'),
});

const headerKey = z.object({ key: z.string().nullable(), label: z.string() });
export const pivotOut = z.object({
  rows: z.array(z.string()),
  columns: z.array(z.string()),
  cells: z
    .array(
      z.object({
        row: z.array(headerKey),
        column: z.array(headerKey),
        value: z.string().describe('A decimal string'),
        unit: z.string(),
      }),
    )
    .describe('One per non-empty cell; the indicator is always a row dimension, added first when not asked for'),
});

export const progressQuery = z.object({ lineId: z.uuid().optional(), indicatorId: z.uuid().optional() });
export const progressOut = z.object({
  items: z.array(
    z.object({
      indicator: z.object({ id: z.uuid(), code: z.string(), name: z.string(), unit: z.string() }),
      current: z.string().nullable().describe('All approved values, added up by the indicator’s own rules'),
      baseline: z.object({ value: z.number(), date: z.string() }).nullable(),
      target: targetOut.nullable().describe('The next target (the last, when every target date has passed)'),
      percent: z.number().nullable().describe('(current − baseline) / (target − baseline) × 100'),
    }),
  ),
});

export type IndicatorInput = z.infer<typeof indicatorInput>;
export type IndicatorPatch = z.infer<typeof indicatorPatch>;
export type IndicatorListQuery = z.infer<typeof indicatorListQuery>;
export type ValueInput = z.infer<typeof valueInput>;
export type ValuePatch = z.infer<typeof valuePatch>;
export type ValueListQuery = z.infer<typeof valueListQuery>;
export type ClosureInput = z.infer<typeof closureInput>;
export type PivotQuery = z.infer<typeof pivotQuery>;
export type ProgressQuery = z.infer<typeof progressQuery>;
export const valueExportQuery = z.object({ indicatorId: z.uuid().optional(), period: isoPeriod.optional(), status: z.enum(VALUE_STATUSES).optional() });
export type ValueExportQuery = z.infer<typeof valueExportQuery>;
