// Indicators and reported values through HTTP: the contract (401, 403, 400), the workflow
// draft → submitted → approved / returned with each refusal's reason, closed periods, and
// the audited un-approval.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { type RouteCase, expectForbidden, expectInvalid, itRequiresSignIn } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import { createFrameworkNodeIn, createWorkingGroupIn } from '../framework/framework.service.ts';
import { loadReferenceLocations } from '../locations/locations.service.ts';

let t: TestApp;
let coordinator: Session; // UK coordinator: the UK co-leads the security line's working group
let otherCoordinator: Session; // US coordinator: co-leads nothing
let usFocal: Session;
let usViewer: Session;
let frFocal: Session;
let admin: Session;
let lineId = '';
let otherLineId = '';
let ninawaId = '';
let usOrgId = '';
let indicatorId = '';

const ids = { value: '' };

beforeAll(async () => {
  t = await buildTestApp();
  const uk = await buildOrganisation(t.db, { name: 'United Kingdom', iso3: 'GBR' });
  const us = await buildOrganisation(t.db, { name: 'United States', iso3: 'USA' });
  const fr = await buildOrganisation(t.db, { name: 'France', iso3: 'FRA' });
  const secretariat = await buildOrganisation(t.db, { name: 'Secretariat', kind: 'secretariat' });
  usOrgId = us.id;
  await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
    lineId = (await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'security', name: 'Security assistance', description: '', position: 0 })).id;
    otherLineId = (await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'finance', name: 'Finances', description: '', position: 1 })).id;
    await createWorkingGroupIn(trx, systemCtx, { name: 'Security WG', lineId, formedOn: null, coLeadOrgIds: [uk.id], memberOrgIds: [] });
  });
  ninawaId = (await t.db.selectFrom('location').select('id').where('code', '=', 'IQ-NI').executeTakeFirstOrThrow()).id;
  const session = async (orgId: string, role: 'admin' | 'coordinator' | 'focal_point' | 'viewer') => signIn(t.app, (await buildUser(t.db, orgId, role)).email, TEST_PASSWORD);
  coordinator = await session(uk.id, 'coordinator');
  otherCoordinator = await session(us.id, 'coordinator');
  usFocal = await session(us.id, 'focal_point');
  usViewer = await session(us.id, 'viewer');
  frFocal = await session(fr.id, 'focal_point');
  admin = await session(secretariat.id, 'admin');
});
afterAll(async () => t?.close());

const indicator = (over: Record<string, unknown> = {}) => ({
  frameworkNodeId: lineId,
  code: 'brigades',
  name: 'Brigades trained',
  unit: 'brigades',
  spaceAggregation: 'sum',
  timeAggregation: 'cumulative',
  periodType: 'month',
  baseline: { value: 0, date: '2014-09-01' },
  categoryOptions: ['army', 'police'],
  targets: [{ date: '2015-12-31', value: 12 }],
  sharing: { marking: 'GREEN' },
  ...over,
});
const value = (over: Record<string, unknown> = {}) => ({ indicatorId, period: '2015-01', locationId: ninawaId, value: 2, ...over });

const routes: Record<string, RouteCase> = {
  list: { method: 'GET', url: () => '/api/indicators' },
  get: { method: 'GET', url: () => `/api/indicators/${indicatorId || '00000000-0000-4000-8000-000000000000'}` },
  create: { method: 'POST', url: () => '/api/indicators', payload: () => indicator({ code: 'x' }) },
  update: { method: 'PATCH', url: () => `/api/indicators/${indicatorId}`, payload: () => ({ name: 'x' }) },
  delete: { method: 'DELETE', url: () => `/api/indicators/${indicatorId}` },
  pivot: { method: 'GET', url: () => '/api/indicators/pivot?rows=indicator' },
  progress: { method: 'GET', url: () => '/api/indicators/progress' },
  closures: { method: 'GET', url: () => '/api/indicators/closed-periods' },
  close: { method: 'POST', url: () => '/api/indicators/closed-periods', payload: () => ({ indicatorId: null, period: '2014' }) },
  values: { method: 'GET', url: () => '/api/indicator-values' },
  save: { method: 'POST', url: () => '/api/indicator-values', payload: () => ({ values: [value()] }) },
  submit: { method: 'POST', url: () => '/api/indicator-values/submit', payload: () => ({ ids: [ids.value || indicatorId] }) },
  approve: { method: 'POST', url: () => '/api/indicator-values/approve', payload: () => ({ ids: [ids.value || indicatorId] }) },
  return: { method: 'POST', url: () => '/api/indicator-values/return', payload: () => ({ ids: [ids.value || indicatorId], reason: 'x' }) },
  unapprove: { method: 'POST', url: () => '/api/indicator-values/unapprove', payload: () => ({ ids: [ids.value || indicatorId], reason: 'x' }) },
  withdraw: { method: 'POST', url: () => '/api/indicator-values/withdraw', payload: () => ({ ids: [ids.value || indicatorId] }) },
  value: { method: 'GET', url: () => `/api/indicator-values/${ids.value || indicatorId || '00000000-0000-4000-8000-000000000000'}` },
  changeValue: { method: 'PATCH', url: () => `/api/indicator-values/${ids.value || indicatorId}`, payload: () => ({ value: 1 }) },
  deleteValue: { method: 'DELETE', url: () => `/api/indicator-values/${ids.value || indicatorId}` },
  reopen: { method: 'DELETE', url: () => `/api/indicators/closed-periods/${indicatorId || '00000000-0000-4000-8000-000000000000'}` },
  export: { method: 'GET', url: () => '/api/indicator-values/export.csv' },
};

describe('indicators: the contract', () => {
  itRequiresSignIn(() => t, routes);

  it('a coordinator of the line defines an indicator; one of another line, a focal point or a viewer may not (403, nothing written)', async () => {
    await expectForbidden(otherCoordinator, routes.create!, t, 'indicator');
    await expectForbidden(usFocal, routes.create!, t, 'indicator');
    await expectForbidden(usViewer, routes.create!, t, 'indicator');
    const res = await coordinator.inject({ method: 'POST', url: '/api/indicators', payload: indicator() });
    expect(res.statusCode, res.body).toBe(201);
    indicatorId = res.json().id;
    expect(res.json()).toMatchObject({ code: 'brigades', line: { id: lineId }, targets: [{ date: '2015-12-31', value: 12 }], abilities: { approveValues: true } });
    // The admin may define one for any line.
    const other = await admin.inject({ method: 'POST', url: '/api/indicators', payload: indicator({ code: 'budget', frameworkNodeId: otherLineId, categoryOptions: [] }) });
    expect(other.statusCode, other.body).toBe(201);
  });

  it('bad input is a 400 naming the field, and changes nothing', async () => {
    await expectInvalid(
      coordinator,
      { method: 'POST', url: () => '/api/indicators', payload: () => indicator({ code: 'y', spaceAggregation: 'median' }) },
      t,
      'indicator',
      'body.spaceAggregation',
    );
    await expectInvalid(
      coordinator,
      { method: 'POST', url: () => '/api/indicators', payload: () => indicator({ code: 'y', frameworkNodeId: ninawaId }) },
      t,
      'indicator',
      'body.frameworkNodeId',
    );
    await expectInvalid(
      usFocal,
      { method: 'POST', url: () => '/api/indicator-values', payload: () => ({ values: [value({ period: '2015Q5' })] }) },
      t,
      'indicator_value',
      'body.values.0.period',
    );
    await expectInvalid(
      usFocal,
      { method: 'POST', url: () => '/api/indicator-values', payload: () => ({ values: [value({ period: '2015Q1' })] }) },
      t,
      'indicator_value',
      'body.values.0.period',
    );
    await expectInvalid(
      usFocal,
      { method: 'POST', url: () => '/api/indicator-values', payload: () => ({ values: [value({ categoryOption: 'navy' })] }) },
      t,
      'indicator_value',
      'body.values.0.categoryOption',
    );
    await expectInvalid(
      usFocal,
      { method: 'POST', url: () => '/api/indicator-values', payload: () => ({ values: [value(), value({ indicatorId: ninawaId })] }) },
      t,
      'indicator_value',
      'body.values.1.indicatorId',
    );
    await expectInvalid(
      usFocal,
      { method: 'POST', url: () => '/api/indicator-values/return', payload: () => ({ ids: [indicatorId], reason: ' ' }) },
      t,
      'indicator_value',
      'body.reason',
    );
    await expectInvalid(usFocal, { method: 'GET', url: () => '/api/indicators/pivot?rows=period:week' }, t, 'indicator_value', 'query.rows.0');
    await expectInvalid(usFocal, { method: 'GET', url: () => '/api/indicators/pivot?rows=period&columns=period:year' }, t, 'indicator_value', 'query.columns');
  });

  it('a code taken is a 409 naming it', async () => {
    const res = await coordinator.inject({ method: 'POST', url: '/api/indicators', payload: indicator() });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].path).toBe('body.code');
  });
});

describe('reported values: the workflow', () => {
  const transition = (s: Session, kind: string, id: string, reason?: string) =>
    s.inject({ method: 'POST', url: `/api/indicator-values/${kind}`, payload: reason === undefined ? { ids: [id] } : { ids: [id], reason } });

  it('a focal point saves a draft for their organisation; a viewer, or another organisation’s value, is refused with the reason', async () => {
    await expectForbidden(usViewer, routes.save!, t, 'indicator_value');
    const outside = await frFocal.inject({ method: 'POST', url: '/api/indicator-values', payload: { values: [value({ organisationId: usOrgId })] } });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().detail).toContain('outside your organisation');
    const res = await usFocal.inject({
      method: 'POST',
      url: '/api/indicator-values',
      payload: { values: [value({ categoryOption: 'army' }), value({ period: '2015-02', value: 3 })] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((v: { status: string }) => v.status)).toEqual(['draft', 'draft']);
    ids.value = res.json().items[1].id;
    // Saving the same cell again changes it.
    const again = await usFocal.inject({ method: 'POST', url: '/api/indicator-values', payload: { values: [value({ period: '2015-02', value: 4 })] } });
    expect(again.json().items[0]).toMatchObject({ id: ids.value, value: 4 });
    expect(await countRows(t.db, 'indicator_value')).toBe(2);
  });

  it('saving a cell again without its sharing keeps the sharing it has', async () => {
    const amber = { marking: 'AMBER', audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] };
    const first = await usFocal.inject({ method: 'POST', url: '/api/indicator-values', payload: { values: [value({ period: '2015-05', sharing: amber })] } });
    expect(first.json().items[0].sharing.marking).toBe('AMBER');
    const again = await usFocal.inject({ method: 'POST', url: '/api/indicator-values', payload: { values: [value({ period: '2015-05', value: 7 })] } });
    expect(again.json().items[0]).toMatchObject({ id: first.json().items[0].id, value: 7, sharing: { marking: 'AMBER' } });
    expect((await usFocal.inject({ method: 'DELETE', url: `/api/indicator-values/${first.json().items[0].id}` })).statusCode).toBe(204);
  });

  it('draft → submitted → returned (reason) → submitted → approved, each refusal with its reason', async () => {
    // Only a submitted value is approved.
    let res = await transition(coordinator, 'approve', ids.value);
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0]).toMatchObject({ path: 'body.ids.0', message: expect.stringContaining('draft') });
    // Another organisation does not submit it.
    res = await transition(frFocal, 'submit', ids.value);
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain('outside your organisation');
    expect((await transition(usFocal, 'submit', ids.value)).statusCode).toBe(200);
    // A submitted value is not edited.
    res = await usFocal.inject({ method: 'PATCH', url: `/api/indicator-values/${ids.value}`, payload: { value: 9 } });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('submitted');
    // A coordinator of another line, or a focal point, does not approve.
    res = await transition(otherCoordinator, 'approve', ids.value);
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain('coordinators of this line');
    expect((await transition(usFocal, 'approve', ids.value)).statusCode).toBe(403);
    // Returned with its reason, changed, submitted again, approved.
    res = await transition(coordinator, 'return', ids.value, 'Source missing');
    expect(res.statusCode).toBe(200);
    const returned = await usFocal.inject({ method: 'GET', url: `/api/indicator-values/${ids.value}` });
    expect(returned.json()).toMatchObject({ status: 'returned', statusReason: 'Source missing', abilities: { update: true, submit: true, approve: false } });
    res = await usFocal.inject({ method: 'PATCH', url: `/api/indicator-values/${ids.value}`, payload: { value: 5, sourceUrl: 'https://example.org/report' } });
    expect(res.json()).toMatchObject({ status: 'draft', value: 5 });
    expect((await transition(usFocal, 'submit', ids.value)).statusCode).toBe(200);
    expect((await transition(coordinator, 'approve', ids.value)).statusCode).toBe(200);
    res = await transition(coordinator, 'approve', ids.value);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('already approved');
  });

  it('an approved value is locked: changing, deleting or importing over it is refused until an audited un-approval', async () => {
    let res = await usFocal.inject({ method: 'PATCH', url: `/api/indicator-values/${ids.value}`, payload: { value: 6 } });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('already approved');
    res = await usFocal.inject({ method: 'POST', url: '/api/indicator-values', payload: { values: [value({ period: '2015-02', value: 6 })] } });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0]).toMatchObject({ path: 'body.values.0', message: expect.stringContaining('already approved') });
    expect((await usFocal.inject({ method: 'DELETE', url: `/api/indicator-values/${ids.value}` })).statusCode).toBe(409);
    // The un-approval needs its reason, and is audited.
    expect((await transition(coordinator, 'unapprove', ids.value)).statusCode).toBe(400);
    expect((await transition(usFocal, 'unapprove', ids.value, 'wrong')).statusCode).toBe(403);
    res = await transition(coordinator, 'unapprove', ids.value, 'Double counted with February');
    expect(res.statusCode).toBe(200);
    const event = await t.db.selectFrom('audit_event').selectAll().where('action', '=', 'indicator_value.unapprove').where('entity_id', '=', ids.value).executeTakeFirstOrThrow();
    expect(event.after).toMatchObject({ status: 'returned', reason: 'Double counted with February' });
    res = await usFocal.inject({ method: 'PATCH', url: `/api/indicator-values/${ids.value}`, payload: { value: 6 } });
    expect(res.statusCode).toBe(200);
  });

  it('a closed period refuses entry with its reason; reopening it lets entry in again', async () => {
    // Only admins close a period coalition-wide; the line's coordinator closes the indicator's.
    expect((await coordinator.inject({ method: 'POST', url: '/api/indicators/closed-periods', payload: { indicatorId: null, period: '2015' } })).statusCode).toBe(403);
    expect((await otherCoordinator.inject({ method: 'POST', url: '/api/indicators/closed-periods', payload: { indicatorId, period: '2015Q1' } })).statusCode).toBe(403);
    const closed = await coordinator.inject({ method: 'POST', url: '/api/indicators/closed-periods', payload: { indicatorId, period: '2015Q1' } });
    expect(closed.statusCode, closed.body).toBe(201);
    let res = await usFocal.inject({ method: 'POST', url: '/api/indicator-values', payload: { values: [value({ period: '2015-03' })] } });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0]).toMatchObject({ path: 'body.values.0.period', message: 'the period 2015Q1 is closed for entry for this indicator' });
    res = await transition(usFocal, 'submit', ids.value);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('closed for entry');
    // A coalition-wide closure of the year covers its months too.
    const year = await admin.inject({ method: 'POST', url: '/api/indicators/closed-periods', payload: { indicatorId: null, period: '2016' } });
    expect(year.statusCode).toBe(201);
    res = await usFocal.inject({ method: 'POST', url: '/api/indicator-values', payload: { values: [value({ period: '2016-07' })] } });
    expect(res.json().errors[0].message).toBe('the period 2016 is closed for entry');
    expect((await coordinator.inject({ method: 'DELETE', url: `/api/indicators/closed-periods/${closed.json().id}` })).statusCode).toBe(204);
    expect((await transition(usFocal, 'submit', ids.value)).statusCode).toBe(200);
  });

  it('an indicator with values is not deleted (409); its options in use stay', async () => {
    const res = await coordinator.inject({ method: 'DELETE', url: `/api/indicators/${indicatorId}` });
    expect(res.statusCode).toBe(409);
    const patch = await coordinator.inject({ method: 'PATCH', url: `/api/indicators/${indicatorId}`, payload: { categoryOptions: ['police'] } });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().errors[0].path).toBe('body.categoryOptions');
    await expectForbidden(usFocal, routes.update!, t, 'indicator');
  });
});
