import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ctx, type UserActor, systemCtx } from '../../infra/actor.ts';
import { type TestApp, buildTestApp } from '../../test/app.ts';
import { buildGroup, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { loadReferenceLocations } from '../locations/locations.service.ts';
import { listContributions } from '../contributions/contributions.service.ts';
import { importContributions } from '../contributions/contributions.interchange.ts';

let t: TestApp;
let ctx: Ctx & { actor: UserActor };
let groupId = '';

beforeAll(async () => {
  t = await buildTestApp();
  await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
    const line = await createFrameworkNodeIn(trx, systemCtx, {
      parentId: null,
      kind: 'line',
      code: 'humanitarian',
      name: 'Humanitarian relief and stabilisation',
      description: '',
      position: 0,
    });
    await createFrameworkNodeIn(trx, systemCtx, { parentId: line.id, kind: 'objective', code: 'humanitarian.shelter', name: 'Shelter', description: '', position: 0 });
    await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'iraq_capacity', name: 'Strengthening Iraq’s capacity', description: '', position: 1 });
  });
  const org = await buildOrganisation(t.db, { name: 'France', iso3: 'FRA' });
  await buildOrganisation(t.db, { name: 'Germany', iso3: 'DEU' });
  const user = await buildUser(t.db, org.id);
  ctx = { actor: { kind: 'user', userId: user.id, orgId: org.id, orgKind: 'state', role: 'focal_point', email: user.email } };
  groupId = (await buildGroup(t.db, [org.id])).id;
});
afterAll(async () => t?.close());

const run = (csv: string, dryRun: boolean) =>
  importContributions(t.db, ctx, Readable.from([Buffer.from(csv)]), {
    dryRun,
    fileName: 'test.csv',
    sharing: { marking: 'AMBER', audienceGroupIds: [groupId], audienceOrgIds: [], recipientUserIds: [] },
  });

// A title row, a header row, then the hashtags on row 3; columns in any order, one extra.
const VALID = `\uFEFFContributions of France, first quarter 2015
Notes,Donor,Line,Place,What,Type,Amount,Currency,Start,End,Status,Id,Kits,Unit
#x_notes,#org,#sector,#adm1+name,#activity+description,#activity+type,#value,#currency,#date+start,#date+end,#status,#meta+id,#output+num,#output+unit
internal,France,humanitarian.shelter,نينوى,Tentes d'hiver,aide humanitaire,"1 250 000,50",EUR,2015-01-15,2015-06-30,engagé,FR-001,2000,tents
,FRA,Strengthening Iraq’s capacity,IQ-BG|IQ-AN,Training of a brigade,training,,,2015-02-01,,pledged,FR-002,,
,France,humanitarian,Mossoul? no: Ninive,Relief,humanitarian_aid,500,usd,2015-03-01,2015-03-31,delivered,FR-003,,
`.replace('Mossoul? no: Ninive', 'Ninive');

describe('HXL import of contributions', () => {
  it('dry-runs a valid file: reports what it would do and writes nothing', async () => {
    const report = await run(VALID, true);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ dryRun: true, committed: false, rows: 3, hashtagRow: 3, created: 3, updated: 0, unchanged: 0 });
    expect(report.ignoredColumns).toEqual(['#x_notes']);
    expect(report.columns.find((c) => c.hashtag === '#org')).toMatchObject({ header: 'Donor', field: 'organisation' });
    expect(await countRows(t.db, 'contribution')).toBe(0);
  });

  it('commits exactly the rows of the file, with Arabic and French names resolved', async () => {
    const report = await run(VALID, false);
    expect(report).toMatchObject({ committed: true, created: 3 });
    const rows = await t.db.selectFrom('contribution').selectAll().orderBy('external_id').execute();
    expect(rows.map((r) => r.external_id)).toEqual(['FR-001', 'FR-002', 'FR-003']);
    expect(rows[0]).toMatchObject({
      type: 'humanitarian_aid',
      status: 'committed',
      amount_minor: '125000050',
      currency: 'EUR',
      quantity: '2000.0000',
      unit: 'tents',
      marking: 'AMBER',
      start_date: '2015-01-15',
    });
    expect(rows[2]).toMatchObject({ amount_minor: '50000', currency: 'USD', status: 'delivered' });
    const places = await t.db
      .selectFrom('contribution_location as cl')
      .innerJoin('location as l', 'l.id', 'cl.location_id')
      .innerJoin('contribution as c', 'c.id', 'cl.contribution_id')
      .select(['c.external_id', 'l.code'])
      .orderBy('c.external_id')
      .orderBy('l.code')
      .execute();
    expect(places.map((p) => `${p.external_id}:${p.code}`)).toEqual(['FR-001:IQ-NI', 'FR-002:IQ-AN', 'FR-002:IQ-BG', 'FR-003:IQ-NI']);
    expect(await countRows(t.db, 'share_audience')).toBe(3);
    const audit = await t.db.selectFrom('audit_event').select(['action', 'after']).where('action', '=', 'contribution.import').execute();
    expect(audit).toHaveLength(1);
  });

  it('pages through rows created together (one import) without losing any', async () => {
    const all = await countRows(t.db, 'contribution');
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listContributions(t.db, ctx, { limit: 1, cursor });
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(all);
    // A cursor that does not hold what this list returns is a 400, not a database error.
    const forged = Buffer.from(JSON.stringify(['yesterday', 'not-an-id'])).toString('base64url');
    await expect(listContributions(t.db, ctx, { limit: 1, cursor: forged })).rejects.toMatchObject({ status: 400, errors: [{ path: 'query.cursor' }] });
  });

  it('changes nothing when the same file comes again', async () => {
    const before = await t.db.selectFrom('contribution').select(['id', 'updated_at']).orderBy('id').execute();
    const report = await run(VALID, false);
    expect(report).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: 3 });
    expect(await t.db.selectFrom('contribution').select(['id', 'updated_at']).orderBy('id').execute()).toEqual(before);
  });

  it('updates a changed row and records its status change', async () => {
    const changed = VALID.replace('training,,,2015-02-01,,pledged', 'training,,,2015-02-01,,committed');
    const report = await run(changed, false);
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const history = await t.db
      .selectFrom('contribution_status_change as h')
      .innerJoin('contribution as c', 'c.id', 'h.contribution_id')
      .select(['h.from_status', 'h.to_status'])
      .where('c.external_id', '=', 'FR-002')
      .orderBy('h.id')
      .execute();
    expect(history).toEqual([
      { from_status: null, to_status: 'pledged' },
      { from_status: 'pledged', to_status: 'committed' },
    ]);
    const back = await run(VALID, true);
    expect(back.problems).toEqual([expect.objectContaining({ column: '#status', message: 'a committed contribution cannot become pledged', rows: [5] })]);
  });

  it('reports every bad column once with its rows, suggests names, and writes nothing', async () => {
    const before = await countRows(t.db, 'contribution');
    const bad = `#org,#sector,#adm1,#activity+type,#value,#currency,#date+start,#status,#meta+id
Frnace,humanitarian,Ninawa,training,12.345,USD,2015-13-01,pledged,B-1
France,humanitarain,Ninawa,training,10,USD,2015-01-01,maybe,B-2
France,humanitarian,Atlantis,parachutes,10,,2015-01-01,pledged,B-3
France,humanitarian,Ninawa,training,10,USD,2015-01-01,pledged,B-4
France,humanitarian,Ninawa,training,10,USD,2015-01-01,pledged,B-4
Germany,humanitarian,Ninawa,training,10,USD,2015-01-01,pledged,B-5
`;
    const report = await run(bad, false);
    expect(report.committed).toBe(false);
    const byColumn = Object.fromEntries(report.problems.map((p) => [`${p.column} ${p.message}`, p.rows]));
    expect(byColumn).toEqual({
      '#org unknown organisation': [2],
      '#org not your organisation: you import your own organisation’s rows': [7],
      '#sector unknown line of effort or objective': [3],
      '#adm1 unknown place': [4],
      '#activity+type unknown type (funding, personnel, training, equipment, in_kind, humanitarian_aid, diplomatic, other)': [4],
      '#value more decimals than USD has': [2],
      '#value an amount needs a currency (#currency, or #value +usd)': [4],
      '#date+start not a date (YYYY-MM-DD)': [2],
      '#status unknown status (pledged, committed, delivered, cancelled)': [3],
      '#meta+id the same id appears twice in the file': [6],
    });
    const org = report.problems.find((p) => p.column === '#org' && p.message === 'unknown organisation')!;
    expect(org.values).toEqual([{ value: 'Frnace', suggestions: ['France'] }]);
    const sector = report.problems.find((p) => p.column === '#sector')!;
    expect(sector.values![0]!.suggestions).toContain('humanitarian');
    expect(await countRows(t.db, 'contribution')).toBe(before);
  });

  it('lets the secretariat import on behalf of members: the rows are the member’s', async () => {
    const secretariat = await buildOrganisation(t.db, { name: 'Coalition Secretariat', kind: 'secretariat' });
    const admin = await buildUser(t.db, secretariat.id, 'coordinator');
    const as = (user: typeof admin, orgId: string, orgKind: UserActor['orgKind']): Ctx => ({
      actor: { kind: 'user', userId: user.id, orgId, orgKind, role: user.role, email: user.email },
    });
    // Semicolons, as a French spreadsheet writes CSV; a formula-looking cell as our export escapes it.
    const file = `#org;#sector;#adm1;#activity;#activity+type;#meta+id
Germany;humanitarian;IQ-NI;'=Generators;equipment;DE-1
France;humanitarian;IQ-NI;Water;humanitarian_aid;FR-9
`;
    const report = await importContributions(t.db, as(admin, secretariat.id, 'secretariat'), Readable.from([Buffer.from(file)]), {
      dryRun: false,
      fileName: 'on-behalf.csv',
      sharing: { marking: 'GREEN', audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] },
    });
    expect(report).toMatchObject({ committed: true, created: 2, problems: [] });
    const rows = await t.db
      .selectFrom('contribution as c')
      .innerJoin('organisation as o', 'o.id', 'c.owner_org_id')
      .select(['c.external_id', 'o.name', 'c.created_by', 'c.description'])
      .where('c.external_id', 'in', ['DE-1', 'FR-9'])
      .orderBy('c.external_id')
      .execute();
    expect(rows).toEqual([
      { external_id: 'DE-1', name: 'Germany', created_by: admin.id, description: '=Generators' },
      { external_id: 'FR-9', name: 'France', created_by: admin.id, description: 'Water' },
    ]);
    // A member's focal point may not do the same for another member.
    const germany = await t.db.selectFrom('organisation').select('id').where('name', '=', 'Germany').executeTakeFirstOrThrow();
    const german = await buildUser(t.db, germany.id);
    const refused = await importContributions(t.db, as(german, germany.id, 'state'), Readable.from([Buffer.from(file)]), {
      dryRun: true,
      fileName: 'x.csv',
      sharing: { marking: 'GREEN', audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] },
    });
    expect(refused.problems).toEqual([expect.objectContaining({ column: '#org', rows: [3] })]);
  });

  it('refuses a file without hashtags, or not CSV, with a clear 400', async () => {
    await expect(run('a,b,c\n1,2,3\n', true)).rejects.toMatchObject({ status: 400, errors: [{ path: 'file' }] });
    await expect(run('#org,#sector\n"unterminated,x\n', true)).rejects.toMatchObject({ status: 400, errors: [{ path: 'file' }] });
    // A file called .xlsx that is not a workbook.
    const notXlsx = importContributions(t.db, ctx, Readable.from([Buffer.from(VALID)]), {
      dryRun: true,
      fileName: 'x.xlsx',
      format: 'xlsx',
      sharing: { marking: 'GREEN', audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] },
    });
    await expect(notXlsx).rejects.toMatchObject({ status: 400, errors: [{ path: 'file' }] });
  });
  it('imports a JSON array keyed by hashtags like the same CSV: numbers as their decimal text, true and null as text and empty', async () => {
    const json = (rows: unknown) =>
      importContributions(t.db, ctx, Readable.from([Buffer.from(JSON.stringify(rows))]), {
        dryRun: false,
        fileName: 'contributions.json',
        format: 'json',
        sharing: { marking: 'GREEN', audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] },
      });
    const report = await json([
      {
        '#meta+id': 'FR-J1',
        '#org': 'France',
        '#sector': 'humanitarian.shelter',
        '#adm1+name': 'Ninive',
        '#activity+description': 'Blankets',
        '#activity+type': 'humanitarian_aid',
        '#value+eur': 1.25e6,
        '#output+num': 300,
        '#output+unit': 'blankets',
        '#date+start': '2015-04-01',
        '#date+end': null,
        '#status': 'pledged',
        '#x_checked': true,
      },
    ]);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ committed: true, rows: 1, hashtagRow: null, created: 1, ignoredColumns: ['#x_checked'] });
    expect(report.columns.find((c) => c.hashtag === '#value+eur')).toMatchObject({ header: '#value+eur', field: 'amount' });
    const row = await t.db.selectFrom('contribution').selectAll().where('external_id', '=', 'FR-J1').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ amount_minor: '125000000', currency: 'EUR', quantity: '300.0000', unit: 'blankets', start_date: '2015-04-01', end_date: null, status: 'pledged' });
    // A nested value is a problem of its row and key; nothing is written.
    const bad = await json([
      { '#meta+id': 'FR-J2', '#org': 'France', '#sector': 'humanitarian', '#activity+description': { en: 'Tents' }, '#activity+type': 'training', '#status': 'pledged' },
    ]);
    expect(bad).toMatchObject({ committed: false, problems: [{ column: '#activity+description', rows: [1], message: expect.stringContaining('an object inside a row') }] });
    expect(await t.db.selectFrom('contribution').select('id').where('external_id', '=', 'FR-J2').execute()).toEqual([]);
  });
});
