// Indicators, their targets, reported values and closed periods: policy → one transaction
// → change → audit. A value moves draft → submitted → approved, or back to returned with a
// reason; an approved value is locked until an audited un-approval returns it. Every
// refusal says why: 403 for who (the policy), 409 for the state (period closed, already
// approved, not submitted), 400 naming the field for bad input; an id the caller may not
// read is not found, as a missing one.
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import type { Actor, Ctx } from '../../infra/actor.ts';
import { type ConstraintFields, translateDbError } from '../../infra/db-errors.ts';
import { AppError, invalid, notFound } from '../../infra/errors.ts';
import { toPage } from '../../infra/pagination.ts';
import { authorizeUser } from '../../infra/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getDocument } from '../documents/documents.service.ts';
import { assertFrameworkNode } from '../framework/framework.service.ts';
import { assertLocations } from '../locations/locations.service.ts';
import type { SharingOutput } from '../sharing/sharing.schema.ts';
import { type Period, parsePeriod } from './indicators.period.ts';
import { type PivotPlan, dimensionName, parseDimension } from './indicators.pivot.ts';
import { indicatorAbilities, indicatorsPolicy, valueAbilities } from './indicators.policy.ts';
import * as q from './indicators.queries.ts';
import type { IndicatorRow, ValueRow } from './indicators.queries.ts';
import type { ClosureInput, IndicatorInput, IndicatorListQuery, IndicatorPatch, PivotQuery, ProgressQuery, ValueInput, ValueListQuery, ValuePatch } from './indicators.schema.ts';
import { sharedIndicatorValues, sharedIndicators } from './indicators.sharing.ts';

const INDICATOR_CONSTRAINTS: ConstraintFields = {
  // Codes are unique across the coalition: a hidden indicator's code is taken, and that is all the answer says.
  indicator_code_unique: ['body.code', 'this code is already taken'],
};

/** A new value's sharing when none is given: every signed-in user, within what its indicator allows. */
const NEW_VALUE_SHARING = { marking: 'GREEN' as const, audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] };

const conflict = (path: string, message: string) => new AppError('conflict', `${path}: ${message}`, [{ path, message }]);
const toNumber = (v: string) => Number(v);
const figureText = (v: number) => v.toFixed(6);

// Indicators.

function toIndicator(actor: Actor, r: IndicatorRow, targets: { target_date: string; value: string; note: string }[], sharing: SharingOutput) {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    definition: r.definition,
    unit: r.unit,
    frameworkNode: { id: r.framework_node_id, name: r.node_name },
    line: { id: r.line_id, name: r.line_name },
    spaceAggregation: r.space_aggregation,
    timeAggregation: r.time_aggregation,
    periodType: r.period_type,
    baseline: r.baseline_value === null || r.baseline_date === null ? null : { value: toNumber(r.baseline_value), date: r.baseline_date },
    categoryOptions: r.category_options,
    targets: targets.map((t) => ({ date: t.target_date, value: toNumber(t.value), note: t.note })),
    sharing,
    abilities: indicatorAbilities(actor, { owner_org_id: r.owner_org_id, coordinatesLine: r.coordinates_line }),
  };
}

export async function listIndicators(db: Db, ctx: Ctx, filter: IndicatorListQuery) {
  authorizeUser(ctx.actor, indicatorsPolicy, 'read');
  const rows = await q.listVisibleIndicators(db, ctx.actor, filter);
  const page = rows.slice(0, filter.limit);
  const [targets, sharing] = await Promise.all([
    q.targetsOf(
      db,
      page.map((r) => r.id),
    ),
    sharedIndicators.load(
      db,
      page.map((r) => ({ ...r, owner_org_name: r.org_name })),
    ),
  ]);
  return toPage(
    rows,
    filter.limit,
    (r) => [r.code, r.id],
    (r) =>
      toIndicator(
        ctx.actor,
        r,
        targets.filter((t) => t.indicator_id === r.id),
        sharing.get(r.id)!,
      ),
  );
}

export async function getIndicator(db: Db, ctx: Ctx, id: string) {
  authorizeUser(ctx.actor, indicatorsPolicy, 'read');
  const row = await q.findVisibleIndicator(db, ctx.actor, id);
  if (!row) throw notFound('Indicator');
  const [targets, sharing] = await Promise.all([q.targetsOf(db, [id]), sharedIndicators.load(db, [{ ...row, owner_org_name: row.org_name }])]);
  return toIndicator(ctx.actor, row, targets, sharing.get(id)!);
}

const targetRows = (targets: IndicatorInput['targets']) => targets.map((t) => ({ target_date: t.date, value: figureText(t.value), note: t.note }));

export async function createIndicatorIn(trx: Db, ctx: Ctx, input: IndicatorInput): Promise<string> {
  authorizeUser(ctx.actor, indicatorsPolicy, 'read');
  const actor = ctx.actor;
  const lineId = await assertFrameworkNode(trx, input.frameworkNodeId, 'body.frameworkNodeId');
  indicatorsPolicy.create(actor, { coordinatesLine: await q.coordinatesLine(trx, lineId, actor.orgId) });
  await sharedIndicators.assertMayCreate(trx, actor, actor.orgId, input.sharing);
  const { id } = await q
    .insertIndicator(trx, {
      owner_org_id: actor.orgId,
      marking: input.sharing.marking,
      created_by: actor.userId,
      framework_node_id: input.frameworkNodeId,
      line_id: lineId,
      code: input.code,
      name: input.name,
      definition: input.definition,
      unit: input.unit,
      space_aggregation: input.spaceAggregation,
      time_aggregation: input.timeAggregation,
      period_type: input.periodType,
      baseline_value: input.baseline ? figureText(input.baseline.value) : null,
      baseline_date: input.baseline?.date ?? null,
      category_options: input.categoryOptions,
    })
    .catch((e) => translateDbError(e, INDICATOR_CONSTRAINTS));
  await q.replaceTargets(trx, id, targetRows(input.targets));
  await sharedIndicators.create(trx, id, input.sharing);
  await recordAudit(trx, ctx, { action: 'indicator.create', entity: 'indicator', entityId: id, after: input });
  return id;
}

export async function createIndicator(db: Kysely<Database>, ctx: Ctx, input: IndicatorInput) {
  return await db.transaction().execute(async (trx) => getIndicator(trx, ctx, await createIndicatorIn(trx, ctx, input)));
}

export async function updateIndicator(db: Kysely<Database>, ctx: Ctx, id: string, patch: IndicatorPatch) {
  await db.transaction().execute(async (trx) => {
    const before = await q.findVisibleIndicator(trx, ctx.actor, id);
    if (!before) throw notFound('Indicator');
    authorizeUser(ctx.actor, indicatorsPolicy, 'update', before);
    const lineId = patch.frameworkNodeId ? await assertFrameworkNode(trx, patch.frameworkNodeId, 'body.frameworkNodeId') : undefined;
    await sharedIndicators.update(trx, ctx.actor, before, patch.sharing);
    // What values already use stays: their period type and their category options.
    if (patch.periodType && patch.periodType !== before.period_type && (await q.hasValuesOfOtherPeriodType(trx, id, patch.periodType)))
      throw conflict('body.periodType', 'values are reported for other periods already: the period type stays');
    if (patch.categoryOptions) {
      const dropped = (await q.usedCategoryOptions(trx, id)).filter((o) => !patch.categoryOptions!.includes(o));
      if (dropped.length) throw conflict('body.categoryOptions', `values use ${dropped.join(', ')}: keep these options`);
    }
    await q
      .updateIndicator(trx, id, {
        framework_node_id: patch.frameworkNodeId,
        line_id: lineId,
        code: patch.code,
        name: patch.name,
        definition: patch.definition,
        unit: patch.unit,
        space_aggregation: patch.spaceAggregation,
        time_aggregation: patch.timeAggregation,
        period_type: patch.periodType,
        baseline_value: patch.baseline === undefined ? undefined : patch.baseline ? figureText(patch.baseline.value) : null,
        baseline_date: patch.baseline === undefined ? undefined : (patch.baseline?.date ?? null),
        category_options: patch.categoryOptions,
        marking: patch.sharing?.marking,
      })
      .catch((e) => translateDbError(e, INDICATOR_CONSTRAINTS));
    if (patch.targets) await q.replaceTargets(trx, id, targetRows(patch.targets));
    await recordAudit(trx, ctx, { action: 'indicator.update', entity: 'indicator', entityId: id, before, after: patch });
  });
  return await getIndicator(db, ctx, id);
}

/** An indicator with values stays (its values would go with it): 409. */
export async function deleteIndicator(db: Kysely<Database>, ctx: Ctx, id: string) {
  await db.transaction().execute(async (trx) => {
    const before = await q.findVisibleIndicator(trx, ctx.actor, id);
    if (!before) throw notFound('Indicator');
    authorizeUser(ctx.actor, indicatorsPolicy, 'delete', before);
    if (await q.hasValues(trx, id)) throw new AppError('conflict', 'This indicator has reported values: it cannot be deleted');
    await sharedIndicators.remove(trx, ctx.actor, before);
    await recordAudit(trx, ctx, { action: 'indicator.delete', entity: 'indicator', entityId: id, before });
  });
}

// Values.

function toValue(actor: Actor, r: ValueRow, sharing: SharingOutput) {
  return {
    id: r.id,
    indicator: { id: r.indicator_id, code: r.indicator_code, name: r.indicator_name },
    period: r.period,
    location: r.location_id ? { id: r.location_id, code: r.location_code ?? '', name: r.location_name ?? '' } : null,
    organisation: { id: r.owner_org_id, name: r.org_name },
    categoryOption: r.category_option,
    value: toNumber(r.value),
    comment: r.comment,
    sourceDocumentId: r.source_document_id,
    sourceUrl: r.source_url,
    status: r.status,
    statusReason: r.status_reason,
    sharing,
    abilities: valueAbilities(actor, { owner_org_id: r.owner_org_id, coordinatesLine: r.coordinates_line, status: r.status }),
  };
}

async function toValues(db: Db, actor: Actor, rows: ValueRow[]) {
  const sharing = await sharedIndicatorValues.load(
    db,
    rows.map((r) => ({ ...r, owner_org_name: r.org_name })),
  );
  return rows.map((r) => toValue(actor, r, sharing.get(r.id)!));
}

export async function listValues(db: Db, ctx: Ctx, filter: ValueListQuery) {
  authorizeUser(ctx.actor, indicatorsPolicy, 'read');
  const rows = await q.listVisibleValues(db, ctx.actor, filter);
  const items = await toValues(db, ctx.actor, rows.slice(0, filter.limit));
  const page = toPage(
    rows,
    filter.limit,
    (r) => [r.period, r.id],
    (r) => r.id,
  );
  return { items, nextCursor: page.nextCursor };
}

export async function getValue(db: Db, ctx: Ctx, id: string) {
  authorizeUser(ctx.actor, indicatorsPolicy, 'read');
  const [row] = await q.findVisibleValues(db, ctx.actor, [id]);
  if (!row) throw notFound('Value');
  return (await toValues(db, ctx.actor, [row]))[0]!;
}

/** 409 when the period is closed for entry, for the indicator or coalition-wide. */
async function assertPeriodOpen(db: Db, indicatorId: string, period: { start: string; end: string }, path: string) {
  const closed = await q.closureCovering(db, indicatorId, period.start, period.end);
  if (closed) throw conflict(path, `the period ${closed.period} is closed for entry${closed.indicator_id ? ' for this indicator' : ''}`);
}

/** A value's status decides whether its reporter may change it: 409 with the reason otherwise. */
function assertEditable(status: ValueRow['status'], path: string) {
  if (status === 'approved') throw conflict(path, 'this value is already approved: it changes only after an audited un-approval');
  if (status === 'submitted') throw conflict(path, 'this value is submitted for approval: withdraw it first');
}

async function assertSource(db: Db, ctx: Ctx, documentId: string | null | undefined, path: string) {
  if (!documentId) return;
  // A document the reporter cannot read is no such document, as a missing one.
  await getDocument(db, ctx, documentId).catch((e) => {
    if (e instanceof AppError && e.code === 'not_found') throw invalid(path, 'no such document');
    throw e;
  });
}

/** Saves one value as a draft (a new one, or the one already there for its cell); returns its id. */
/** Saves one value inside a transaction (the grid's save, and the demo loader). */
export async function saveValueIn(trx: Db, ctx: Ctx, input: ValueInput, at: string): Promise<string> {
  authorizeUser(ctx.actor, indicatorsPolicy, 'read');
  const actor = ctx.actor;
  const indicator = await q.findVisibleIndicator(trx, actor, input.indicatorId);
  if (!indicator) throw invalid(`${at}.indicatorId`, 'no such indicator');
  const ownerOrgId = input.organisationId ?? actor.orgId;
  indicatorsPolicy.report(actor, { owner_org_id: ownerOrgId });
  const period = parsePeriod(input.period);
  if (!period) throw invalid(`${at}.period`, 'an ISO period: 2015, 2015Q1 or 2015-01');
  if (period.type !== indicator.period_type) throw invalid(`${at}.period`, `this indicator is reported by ${indicator.period_type}`);
  if (input.categoryOption !== null && !indicator.category_options.includes(input.categoryOption))
    throw invalid(`${at}.categoryOption`, indicator.category_options.length ? `one of ${indicator.category_options.join(', ')}` : 'this indicator has no categories');
  if (input.locationId) await assertLocations(trx, input.locationId, `${at}.locationId`);
  await assertSource(trx, ctx, input.sourceDocumentId, `${at}.sourceDocumentId`);
  await assertPeriodOpen(trx, indicator.id, period, `${at}.period`);
  const cell = { indicator_id: indicator.id, period: period.period, location_id: input.locationId, owner_org_id: ownerOrgId, category_option: input.categoryOption };
  const existing = await q.findValueCell(trx, actor, cell);
  if (existing && !existing.visible) throw conflict(at, 'a value for this indicator, period, place and option is already reported by the organisation');
  const fields = { value: figureText(input.value), comment: input.comment, source_document_id: input.sourceDocumentId, source_url: input.sourceUrl };
  if (existing) {
    const [before] = await q.findVisibleValues(trx, actor, [existing.id], true);
    assertEditable(before!.status, at);
    await sharedIndicatorValues.update(trx, actor, before!, input.sharing, `${at}.sharing`);
    await q.updateValue(trx, existing.id, { ...fields, status: 'draft', status_reason: null, marking: input.sharing?.marking });
    await recordAudit(trx, ctx, {
      action: 'indicator_value.update',
      entity: 'indicator_value',
      entityId: existing.id,
      before,
      after: input,
      related: [{ entity: 'indicator', id: indicator.id }],
    });
    return existing.id;
  }
  const sharing = input.sharing ?? NEW_VALUE_SHARING;
  await sharedIndicatorValues.assertMayCreate(trx, actor, ownerOrgId, sharing, `${at}.sharing`);
  const { id } = await q.insertValue(trx, {
    ...cell,
    ...fields,
    period_start: period.start,
    period_end: period.end,
    marking: sharing.marking,
    created_by: actor.userId,
  });
  await sharedIndicatorValues.create(trx, id, sharing);
  await recordAudit(trx, ctx, { action: 'indicator_value.create', entity: 'indicator_value', entityId: id, after: input, related: [{ entity: 'indicator', id: indicator.id }] });
  return id;
}

/** Saves values as drafts, all or none (the data-entry grid's "save"). */
export async function saveValues(db: Kysely<Database>, ctx: Ctx, values: ValueInput[]) {
  return await db.transaction().execute(async (trx) => {
    const ids: string[] = [];
    for (const [n, input] of values.entries()) ids.push(await saveValueIn(trx, ctx, input, `body.values.${n}`));
    const rows = await q.findVisibleValues(trx, ctx.actor, ids);
    const byId = new Map((await toValues(trx, ctx.actor, rows)).map((v) => [v.id, v]));
    return { items: ids.map((id) => byId.get(id)!) };
  });
}

export async function updateValue(db: Kysely<Database>, ctx: Ctx, id: string, patch: ValuePatch) {
  await db.transaction().execute(async (trx) => {
    const [before] = await q.findVisibleValues(trx, ctx.actor, [id], true);
    if (!before) throw notFound('Value');
    authorizeUser(ctx.actor, indicatorsPolicy, 'report', before);
    assertEditable(before.status, 'id');
    await assertPeriodOpen(trx, before.indicator_id, { start: before.period_start, end: before.period_end }, 'id');
    await assertSource(trx, ctx, patch.sourceDocumentId, 'body.sourceDocumentId');
    await sharedIndicatorValues.update(trx, ctx.actor, before, patch.sharing);
    await q.updateValue(trx, id, {
      value: patch.value === undefined ? undefined : figureText(patch.value),
      comment: patch.comment,
      source_document_id: patch.sourceDocumentId,
      source_url: patch.sourceUrl,
      marking: patch.sharing?.marking,
      // A returned value that is changed is a draft again; its reason stays until it is submitted.
      status: 'draft',
    });
    await recordAudit(trx, ctx, {
      action: 'indicator_value.update',
      entity: 'indicator_value',
      entityId: id,
      before,
      after: patch,
      related: [{ entity: 'indicator', id: before.indicator_id }],
    });
  });
  return await getValue(db, ctx, id);
}

export async function deleteValue(db: Kysely<Database>, ctx: Ctx, id: string) {
  await db.transaction().execute(async (trx) => {
    const [before] = await q.findVisibleValues(trx, ctx.actor, [id], true);
    if (!before) throw notFound('Value');
    authorizeUser(ctx.actor, indicatorsPolicy, 'report', before);
    assertEditable(before.status, 'id');
    await assertPeriodOpen(trx, before.indicator_id, { start: before.period_start, end: before.period_end }, 'id');
    await sharedIndicatorValues.remove(trx, ctx.actor, before);
    await recordAudit(trx, ctx, {
      action: 'indicator_value.delete',
      entity: 'indicator_value',
      entityId: id,
      before,
      related: [{ entity: 'indicator', id: before.indicator_id }],
    });
  });
}

type Transition = 'submit' | 'withdraw' | 'approve' | 'return' | 'unapprove';

/** From which status each transition goes, to which, and what a value in another status hears. */
const TRANSITIONS: Record<Transition, { from: ValueRow['status'][]; to: ValueRow['status']; refusal: Partial<Record<ValueRow['status'], string>> }> = {
  submit: {
    from: ['draft', 'returned'],
    to: 'submitted',
    refusal: { submitted: 'this value is submitted already', approved: 'this value is already approved' },
  },
  withdraw: {
    from: ['submitted'],
    to: 'draft',
    refusal: { draft: 'this value is not submitted', returned: 'this value is not submitted', approved: 'this value is already approved' },
  },
  approve: {
    from: ['submitted'],
    to: 'approved',
    refusal: {
      approved: 'this value is already approved',
      draft: 'only a submitted value is approved: this one is a draft',
      returned: 'only a submitted value is approved: this one was returned',
    },
  },
  return: {
    from: ['submitted'],
    to: 'returned',
    refusal: { approved: 'this value is already approved: un-approve it instead', draft: 'only a submitted value is returned', returned: 'this value is returned already' },
  },
  unapprove: {
    from: ['approved'],
    to: 'returned',
    refusal: { draft: 'this value is not approved', submitted: 'this value is not approved', returned: 'this value is not approved' },
  },
};

/** Moves values from one status to the next, all or none; each refusal names the id it is about. */
export async function changeValueStatus(db: Kysely<Database>, ctx: Ctx, transition: Transition, ids: string[], reason: string | null = null) {
  return await db.transaction().execute(async (trx) => {
    authorizeUser(ctx.actor, indicatorsPolicy, 'read');
    const actor = ctx.actor;
    const unique = [...new Set(ids)];
    const rows = new Map((await q.findVisibleValues(trx, actor, unique, true)).map((r) => [r.id, r]));
    const rule = TRANSITIONS[transition];
    for (const [n, id] of ids.entries()) {
      const at = `body.ids.${n}`;
      const row = rows.get(id);
      if (!row) throw new AppError('not_found', `${at}: Value not found`, [{ path: at, message: 'not found' }]);
      if (transition === 'submit' || transition === 'withdraw') indicatorsPolicy.report(actor, row);
      else indicatorsPolicy.approve(actor, { coordinatesLine: row.coordinates_line });
      if (!rule.from.includes(row.status)) throw conflict(at, rule.refusal[row.status] ?? `this value is ${row.status}`);
      // Approving and returning finish the review of a closed period; the rest is entry.
      if (transition !== 'approve' && transition !== 'return') await assertPeriodOpen(trx, row.indicator_id, { start: row.period_start, end: row.period_end }, at);
    }
    const keepReason = transition === 'return' || transition === 'unapprove' ? reason : null;
    await q.setValueStatus(trx, unique, rule.to, keepReason, actor.userId);
    for (const id of unique) {
      const row = rows.get(id)!;
      await recordAudit(trx, ctx, {
        action: `indicator_value.${transition}`,
        entity: 'indicator_value',
        entityId: id,
        before: { status: row.status, value: row.value },
        after: { status: rule.to, ...(keepReason ? { reason: keepReason } : {}) },
        related: [{ entity: 'indicator', id: row.indicator_id }],
      });
    }
    return { changed: unique.length };
  });
}

// Closed periods.

async function closureScope(db: Db, actor: Actor, indicatorId: string | null, path: string) {
  if (!indicatorId) return { coordinatesLine: false, coalitionWide: true };
  const indicator = await q.findVisibleIndicator(db, actor, indicatorId);
  if (!indicator) throw invalid(path, 'no such indicator');
  return { coordinatesLine: indicator.coordinates_line, coalitionWide: false };
}

export async function closePeriod(db: Kysely<Database>, ctx: Ctx, input: ClosureInput) {
  return await db.transaction().execute(async (trx) => {
    authorizeUser(ctx.actor, indicatorsPolicy, 'read');
    indicatorsPolicy.closePeriod(ctx.actor, await closureScope(trx, ctx.actor, input.indicatorId, 'body.indicatorId'));
    const period = parsePeriod(input.period);
    if (!period) throw invalid('body.period', 'an ISO period: 2015, 2015Q1 or 2015-01');
    const row = await q
      .insertClosure(trx, { indicator_id: input.indicatorId, period: period.period, period_start: period.start, period_end: period.end, closed_by: ctx.actor.userId })
      .catch((e) => translateDbError(e, { indicator_period_closure_once: ['body.period', 'this period is closed already'] }));
    await recordAudit(trx, ctx, {
      action: 'indicator.close_period',
      entity: 'indicator',
      entityId: input.indicatorId ?? undefined,
      after: input,
    });
    return { id: row.id, indicatorId: row.indicator_id, period: row.period, closedAt: row.closed_at };
  });
}

export async function reopenPeriod(db: Kysely<Database>, ctx: Ctx, id: string) {
  await db.transaction().execute(async (trx) => {
    authorizeUser(ctx.actor, indicatorsPolicy, 'read');
    const closure = await q.findClosure(trx, id);
    // A closure of an indicator the caller cannot read is not found, as a missing one.
    const scope = closure ? await closureScope(trx, ctx.actor, closure.indicator_id, 'id').catch(() => undefined) : undefined;
    if (!closure || !scope) throw notFound('Closed period');
    indicatorsPolicy.closePeriod(ctx.actor, scope);
    await q.deleteClosure(trx, id);
    await recordAudit(trx, ctx, {
      action: 'indicator.reopen_period',
      entity: 'indicator',
      entityId: closure.indicator_id ?? undefined,
      before: { indicatorId: closure.indicator_id, period: closure.period },
    });
  });
}

export async function listClosures(db: Db, ctx: Ctx, indicatorId: string | undefined) {
  authorizeUser(ctx.actor, indicatorsPolicy, 'read');
  const rows = await q.listVisibleClosures(db, ctx.actor, indicatorId);
  return { items: rows.map((r) => ({ id: r.id, indicatorId: r.indicator_id, period: r.period, closedAt: r.closed_at })) };
}

// The pivot and progress.

function periodParam(text: string | undefined, path: string): Period | undefined {
  if (text === undefined) return undefined;
  const p = parsePeriod(text);
  if (!p) throw invalid(path, 'an ISO period: 2015, 2015Q1 or 2015-01');
  return p;
}

export async function pivot(db: Db, ctx: Ctx, query: PivotQuery) {
  authorizeUser(ctx.actor, indicatorsPolicy, 'read');
  const rowDims = query.rows.map(parseDimension);
  const columnDims = query.columns.map(parseDimension);
  const names = [...rowDims, ...columnDims].map(dimensionName);
  for (const [n, name] of names.entries()) {
    const kind = name.split(':')[0];
    if (names.findIndex((o) => o.split(':')[0] === kind) !== n)
      throw invalid(n < rowDims.length ? 'query.rows' : 'query.columns', `${kind} is a dimension once, in rows or in columns`);
  }
  // Figures of different indicators never add up: the indicator is always a row key.
  if (!names.includes('indicator')) rowDims.unshift({ kind: 'indicator' });
  const periodFrom = periodParam(query.periodFrom, 'query.periodFrom');
  const periodTo = periodParam(query.periodTo, 'query.periodTo');
  if (periodFrom && periodTo && periodTo.end < periodFrom.start) throw invalid('query.periodTo', 'before periodFrom');
  const plan: PivotPlan = {
    dims: [...rowDims, ...columnDims],
    includeSubmitted: query.includeSubmitted,
    indicatorId: query.indicatorId,
    lineId: query.lineId,
    locationId: query.locationId,
    organisationId: query.organisationId,
    categoryOption: query.categoryOption,
    periodFrom,
    periodTo,
  };
  const figures = await q.pivotFigures(db, ctx.actor, plan);
  const header = (figure: Record<string, string | null>, from: number, to: number) => {
    const out: { key: string | null; label: string }[] = [];
    for (let n = from; n < to; n++) out.push({ key: figure[`k${n}`] ?? null, label: figure[`l${n}`] ?? '' });
    return out;
  };
  return {
    rows: rowDims.map(dimensionName),
    columns: columnDims.map(dimensionName),
    cells: figures.map((f) => ({
      row: header(f, 0, rowDims.length),
      column: header(f, rowDims.length, rowDims.length + columnDims.length),
      value: f.value,
      unit: f.unit,
    })),
  };
}

/** Each indicator's figure to date (all its approved values, by its own rules) against its baseline and next target. */
export async function progress(db: Db, ctx: Ctx, query: ProgressQuery, today = new Date().toISOString().slice(0, 10)) {
  authorizeUser(ctx.actor, indicatorsPolicy, 'read');
  const indicators = await q.visibleIndicatorsWithTargets(db, ctx.actor, query);
  const [targets, figures] = await Promise.all([
    q.targetsOf(
      db,
      indicators.map((i) => i.id),
    ),
    q.pivotFigures(db, ctx.actor, { dims: [{ kind: 'indicator' }], includeSubmitted: false, lineId: query.lineId, indicatorId: query.indicatorId }),
  ]);
  const current = new Map(figures.map((f) => [f.k0, f.value]));
  return {
    items: indicators.map((i) => {
      const own = targets.filter((t) => t.indicator_id === i.id);
      const target = own.find((t) => t.target_date >= today) ?? own.at(-1);
      const value = current.get(i.id) ?? null;
      const base = i.baseline_value === null ? 0 : toNumber(i.baseline_value);
      const span = target ? toNumber(target.value) - base : 0;
      return {
        indicator: { id: i.id, code: i.code, name: i.name, unit: i.unit },
        current: value,
        baseline: i.baseline_value === null || i.baseline_date === null ? null : { value: toNumber(i.baseline_value), date: i.baseline_date },
        target: target ? { date: target.target_date, value: toNumber(target.value), note: target.note } : null,
        percent: value !== null && target && span !== 0 ? Math.round(((Number(value) - base) / span) * 1000) / 10 : null,
      };
    }),
  };
}
