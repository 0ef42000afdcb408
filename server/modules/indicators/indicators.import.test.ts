// Importing reported values: an HXL-tagged CSV and a DHIS2 dataValueSet (JSON) through the
// interchange engine, unchanged. Dry run first; all or nothing; a file touching an approved
// value or a closed period is refused with the rows named.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ctx, systemCtx } from '../../infra/actor.ts';
import { type TestApp, buildTestApp } from '../../test/app.ts';
import { buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import { actorOf } from '../../test/visibility.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { loadReferenceLocations } from '../locations/locations.service.ts';
import { TAKEN_ID } from '../interchange/interchange.service.ts';
import { importValues } from './indicators.interchange.ts';

let t: TestApp;
let ctx: Ctx;
let frId = '';
let colleague: Ctx;

const GREEN = { marking: 'GREEN' as const, audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] };
const run = (file: string, dryRun: boolean, format: 'csv' | 'json' = 'csv', as: Ctx = ctx) =>
  importValues(t.db, as, Readable.from([Buffer.from(file)]), { dryRun, fileName: `values.${format}`, format, sharing: GREEN });

beforeAll(async () => {
  t = await buildTestApp();
  const us = await buildOrganisation(t.db, { name: 'United States', iso3: 'USA' });
  frId = (await buildOrganisation(t.db, { name: 'France', iso3: 'FRA' })).id;
  const user = await buildUser(t.db, us.id);
  ctx = { actor: actorOf(user, 'state') };
  colleague = { actor: actorOf(await buildUser(t.db, us.id), 'state') };
  const lineId = await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
    return (await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'humanitarian', name: 'Humanitarian relief', description: '', position: 0 })).id;
  });
  await t.db
    .insertInto('indicator')
    .values({
      owner_org_id: us.id,
      marking: 'GREEN',
      created_by: user.id,
      framework_node_id: lineId,
      line_id: lineId,
      code: 'PEOPLE_REACHED',
      name: 'People reached',
      unit: 'people',
      space_aggregation: 'sum',
      time_aggregation: 'sum',
      period_type: 'month',
      category_options: ['female', 'male'],
    })
    .execute();
});
afterAll(async () => t?.close());

const CSV = [
  'Indicator,Period,Place,Category,Value,Comment',
  '#indicator+code,#date+period,#adm1+code,#category,#value,#description',
  'PEOPLE_REACHED,2014-12,IQ-NI,female,"1,200",winter kits',
  'PEOPLE_REACHED,2014-12,IQ-NI,male,900,',
  'PEOPLE_REACHED,2015-01,IQ-AN,female,"12,5",',
].join('\n');

describe('importing values', () => {
  it('a dry run reports what the commit would do and writes nothing; the commit writes drafts, all of them', async () => {
    const dry = await run(CSV, true);
    expect(dry).toMatchObject({ dryRun: true, committed: false, rows: 3, created: 3, problems: [] });
    expect(await countRows(t.db, 'indicator_value')).toBe(0);
    const done = await run(CSV, false);
    expect(done).toMatchObject({ committed: true, created: 3 });
    const rows = await t.db
      .selectFrom('indicator_value')
      .select(['period', 'category_option', 'value', 'status', 'comment'])
      .orderBy('period')
      .orderBy('category_option')
      .execute();
    expect(rows).toEqual([
      { period: '2014-12', category_option: 'female', value: '1200.000000', status: 'draft', comment: 'winter kits' },
      { period: '2014-12', category_option: 'male', value: '900.000000', status: 'draft', comment: '' },
      { period: '2015-01', category_option: 'female', value: '12.500000', status: 'draft', comment: '' },
    ]);
    // The same file again: each row finds its cell, nothing changes.
    expect(await run(CSV, false)).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('reads a DHIS2 dataValueSet: dataElement, period, orgUnit, categoryOptionCombo, value, comment', async () => {
    const set = {
      dataSet: 'humanitarian',
      period: '2015-02',
      orgUnit: 'IQ-NI',
      dataValues: [
        { dataElement: 'PEOPLE_REACHED', categoryOptionCombo: 'female', value: '300', comment: 'from the cluster' },
        { dataElement: 'PEOPLE_REACHED', categoryOptionCombo: 'male', value: '250' },
        { dataElement: 'PEOPLE_REACHED', period: '2014-12', categoryOptionCombo: 'male', value: '950' },
      ],
    };
    const report = await run(JSON.stringify(set), false, 'json');
    expect(report, JSON.stringify(report.problems)).toMatchObject({ committed: true, created: 2, updated: 1, problems: [] });
    const changed = await t.db.selectFrom('indicator_value').select('value').where('period', '=', '2014-12').where('category_option', '=', 'male').executeTakeFirstOrThrow();
    expect(changed.value).toBe('950.000000');
  });

  it('is all or nothing: one bad row refuses the file, each problem with its rows', async () => {
    const before = await countRows(t.db, 'indicator_value');
    const file = [
      '#indicator+code,#date+period,#loc+code,#org,#category,#value',
      'PEOPLE_REACHED,2015-03,IQ-NI,,female,10',
      'NOPE,2015-03,IQ-NI,,female,10',
      'PEOPLE_REACHED,2015Q1,IQ-NI,,female,10',
      'PEOPLE_REACHED,2015-03,IQ-NI,,other,10',
      'PEOPLE_REACHED,2015-03,IQ-NI,France,female,10',
      'PEOPLE_REACHED,2015-03,IQ-XX,,female,ten',
    ].join('\n');
    const report = await run(file, false);
    expect(report.committed).toBe(false);
    const problems = Object.fromEntries(report.problems.map((p) => [`${p.column} ${p.message}`, p.rows]));
    expect(problems).toMatchObject({
      '#indicator+code unknown indicator': [3],
      '#date+period this indicator is reported by month': [4],
      '#category not a category option of this indicator': [5],
      '#org outside your organisation: you report your own organisation’s values': [6],
      '#loc+code unknown place': [7],
    });
    expect(Object.keys(problems).some((k) => k.startsWith('#value not a number'))).toBe(true);
    expect(await countRows(t.db, 'indicator_value')).toBe(before);
    expect(frId).toBeTruthy();
  });

  it('refuses to change an approved value, or to enter a closed period, naming the rows', async () => {
    await t.db.updateTable('indicator_value').set({ status: 'approved' }).where('period', '=', '2014-12').execute();
    await t.db
      .insertInto('indicator_period_closure')
      .values({ indicator_id: null, period: '2015Q1', period_start: '2015-01-01', period_end: '2015-03-31', closed_by: ctx.actor.kind === 'user' ? ctx.actor.userId : '' })
      .execute();
    const file = ['#indicator+code,#date+period,#adm1+code,#category,#value', 'PEOPLE_REACHED,2014-12,IQ-NI,female,1300', 'PEOPLE_REACHED,2015-03,IQ-NI,female,1'].join('\n');
    const report = await run(file, true);
    expect(report.problems.map((p) => [p.message, p.rows])).toEqual([
      ['this value is already approved: it changes only after an audited un-approval', [2]],
      ['the period 2015Q1 is closed for entry', [3]],
    ]);
    expect(report.problems.map((p) => [p.code, p.params])).toEqual([
      ['value_approved', {}],
      ['period_closed', { period: '2015Q1' }],
    ]);
    // The approved value unchanged in a file is no problem.
    const same = ['#indicator+code,#date+period,#adm1+code,#category,#value', 'PEOPLE_REACHED,2014-12,IQ-NI,male,950'].join('\n');
    expect(await run(same, true)).toMatchObject({ problems: [], unchanged: 1 });
  });

  it('a cell held by a value the importer cannot read is taken, in the words of a taken id; its author imports over it', async () => {
    const red = { marking: 'RED' as const, audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] };
    const file = ['#indicator+code,#date+period,#adm1+code,#category,#value', 'PEOPLE_REACHED,2016-01,IQ-NI,female,5'].join('\n');
    const own = await importValues(t.db, colleague, Readable.from([Buffer.from(file)]), { dryRun: false, fileName: 'v.csv', format: 'csv', sharing: red });
    expect(own).toMatchObject({ committed: true, created: 1 });
    const refused = await run(file.replace(',5', ',6'), true);
    expect(refused.problems.map((p) => [p.code, p.params, p.rows])).toEqual([[TAKEN_ID.code, TAKEN_ID.params, [2]]]);
    const again = await run(file.replace(',5', ',6'), false, 'csv', colleague);
    expect(again).toMatchObject({ committed: true, updated: 1 });
  });
});
