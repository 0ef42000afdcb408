// A fund's transactions through the interchange engine and its files as jobs, over HTTP: a
// CSV and a JSON file are checked (dry run) and committed, each row posted by the ledger; one
// overdrawing row refuses the whole file, naming its row and column, with nothing posted and
// nothing audited; a reader who may not see the fund imports and exports nothing of it, exactly
// as for a fund that does not exist; an exported file posted into a fresh fund gives the same
// balances, and imported again into its own fund changes nothing. The IATI and flows files
// are built as jobs and downloaded by their starter only.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import { balancesOf } from './fund.service.ts';
import { multipartFile, waitForJob } from '../../test/upload.ts';

let t: TestApp;
let agent: Session; // a coordinator of the administrative agent
let partner: Session; // the implementing partner: sees the fund, does not administer it
let outsider: Session; // not in the fund's audience
let aaOrgId = '';
let undpId = '';
let fundId = '';

const keyed = (s: Session): Session => ({ ...s, inject: (opts) => s.inject({ ...opts, headers: { 'idempotency-key': randomUUID(), ...(opts.headers ?? {}) } }) });

const sharing = () => ({ marking: 'AMBER', audienceGroupIds: [], audienceOrgIds: [undpId], recipientUserIds: [] });

/** A fund with window W1 and the project "Water network" (UNDP, in W1); its id, window's and project's. */
async function newFund(name: string) {
  const res = await agent.inject({
    method: 'POST',
    url: '/api/funds',
    payload: { name, baseCurrency: 'USD', administrativeAgentOrgId: aaOrgId, aaFeeBp: 100, indirectCostBp: 700, launchedOn: null, sharing: sharing() },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  const window = (await agent.inject({ method: 'POST', url: `/api/funds/${id}/windows`, payload: { code: 'W1', name: 'Public works' } })).json();
  const project = (
    await agent.inject({
      method: 'POST',
      url: `/api/funds/${id}/projects`,
      payload: { windowId: window.id, partnerOrgId: undpId, title: 'Water network', budget: { amountMinor: 1_000_000_00, currency: 'USD' } },
    })
  ).json();
  return { id, windowId: window.id as string, projectId: project.id as string };
}

const upload = (file: string | Buffer, name: string) => multipartFile(name, file);
const waitFor = waitForJob;
/** Uploads `file` as an import of fund transactions and waits for its job. */
async function importFile(session: Session, file: string, { name = 'tx.csv', dryRun = true, marking = 'GREEN' } = {}) {
  const res = await session.inject({ method: 'POST', url: `/api/imports/fund-transactions?dryRun=${dryRun}&marking=${marking}`, ...upload(file, name) });
  expect(res.statusCode, res.body).toBe(202);
  return await waitFor(session, res.json().id);
}

async function commit(session: Session, dryJobId: string) {
  const res = await session.inject({ method: 'POST', url: `/api/imports/${dryJobId}/commit` });
  return res.statusCode === 202 ? await waitFor(session, res.json().id) : res;
}

const ledgerOf = async (id: string) => ({
  transactions: Number((await sql<{ n: string }>`SELECT count(*) AS n FROM fund_transaction WHERE fund_id = ${id}`.execute(t.db)).rows[0]!.n),
  balances: await balancesOf(t.db, id),
});

/** A CSV file: its header, its hashtags, then `rows` (lines 3, 4 …: the engine numbers a file's lines). */
const csv = (rows: string[]) =>
  [
    'Fund,Date,Kind,Amount,Currency,Rate,Donor,Window,Project,Partner,Reverses,Description,Id',
    '#meta+fund,#date,#x_kind,#value,#currency,#x_rate,#org+funder,#x_window,#activity+name,#org+impl,#x_reverses,#description,#meta+id',
    ...rows,
  ].join('\n');

beforeAll(async () => {
  t = await buildTestApp();
  const aaOrg = await buildOrganisation(t.db, { name: 'MPTF Office', kind: 'organisation' });
  aaOrgId = aaOrg.id;
  await buildOrganisation(t.db, { name: 'Germany', iso3: 'DEU' });
  await buildOrganisation(t.db, { name: 'Netherlands', iso3: 'NLD' });
  const undp = await buildOrganisation(t.db, { name: 'UNDP', kind: 'partner' });
  undpId = undp.id;
  const elsewhere = await buildOrganisation(t.db, { name: 'Elsewhere' });
  agent = keyed(await signIn(t.app, (await buildUser(t.db, aaOrg.id, 'coordinator')).email, TEST_PASSWORD));
  partner = keyed(await signIn(t.app, (await buildUser(t.db, undp.id)).email, TEST_PASSWORD));
  outsider = keyed(await signIn(t.app, (await buildUser(t.db, elsewhere.id)).email, TEST_PASSWORD));
  fundId = (await newFund('Funding Facility for Stabilization')).id;
});
afterAll(async () => t?.close());

describe('fund transactions in files', () => {
  it('is listed among the importable entities, with its hashtags and exports', async () => {
    const items = (await agent.inject({ method: 'GET', url: '/api/imports' })).json().items as { name: string; hashtags: string[]; exports: { url: string }[] }[];
    const entry = items.find((i) => i.name === 'fund-transactions');
    expect(entry?.hashtags).toEqual(expect.arrayContaining(['#meta+fund', '#date', '#x_kind', '#value', '#org+funder', '#activity+code', '#meta+id']));
    expect(entry?.exports.map((e) => e.url)).toEqual(['/api/fund-transactions/export.csv', '/api/fund-transactions/export.xlsx', '/api/fund-transactions/export.json']);
  });

  it('checks a CSV file (a dry run posts nothing), then commits it: each row a posting, a reversal naming an earlier row', async () => {
    const file = csv([
      `${fundId},2016-01-10,deposit,1000.00,USD,,Germany,W1,,,,First payment,R1`,
      `${fundId},2016-01-11,deposit,500.00,EUR,1.1,NLD,,,,,,R2`,
      `${fundId},2016-02-01,allocation,600.00,USD,,,,Water network,UNDP,,,R3`,
      `${fundId},2016-02-02,transfer,500.00,,,,,Water network,,,,R4`,
      `${fundId},2016-03-01,expenditure,200.00,USD,,,,water network,,,,R5`,
      `${fundId},2016-03-02,reversal,,,,,,,,R5,Reported twice,R6`,
    ]);
    const before = await ledgerOf(fundId);
    const dry = await importFile(agent, file);
    expect(dry.status, dry.error).toBe('succeeded');
    expect(dry.result).toMatchObject({ dryRun: true, committed: false, rows: 6, created: 6, updated: 0, unchanged: 0, problems: [] });
    expect(await ledgerOf(fundId)).toEqual(before);

    const done = await commit(agent, dry.id);
    expect(done.status, done.error).toBe('succeeded');
    expect(done.result).toMatchObject({ committed: true, created: 6, problems: [] });
    const page = (await agent.inject({ method: 'GET', url: `/api/funds/${fundId}/transactions?limit=50` })).json();
    expect(page.items.map((x: { kind: string }) => x.kind)).toEqual(['reversal', 'expenditure', 'transfer', 'allocation', 'deposit', 'deposit']);
    const eur = page.items.find((x: { original: unknown }) => x.original);
    expect(eur).toMatchObject({ amount: { amountMinor: 550_00 }, original: { amountMinor: 500_00, currency: 'EUR', rate: '1.1' } });
    const reversal = page.items[0];
    expect(reversal.reversesId).toBe(page.items[1].id);
    // Each posting audited as one posted by hand is, and the import once.
    const events = await sql<{ action: string }>`SELECT action FROM audit_event WHERE entity = 'fund' AND action IN ('fund.deposit', 'fund.reversal', 'fund.import')`.execute(t.db);
    expect(events.rows.map((e) => e.action).sort()).toEqual(['fund.deposit', 'fund.deposit', 'fund.import', 'fund.reversal']);
  });

  it('commits a JSON file keyed by hashtags', async () => {
    const before = await ledgerOf(fundId);
    const file = JSON.stringify([
      { '#meta+fund': fundId, '#date': '2016-04-01', '#x_kind': 'interest', '#value': '12.34', '#description': 'Bank interest' },
      { '#meta+fund': 'Funding Facility for Stabilization', '#date': '2016-04-02', '#x_kind': 'fee', '#value': '1.00', '#x_fee': 'bank_charges', '#x_window': 'w1' },
    ]);
    const job = await importFile(agent, file, { name: 'tx.json', dryRun: false });
    expect(job.status, job.error).toBe('succeeded');
    expect(job.result).toMatchObject({ committed: true, created: 2, problems: [] });
    expect((await ledgerOf(fundId)).transactions).toBe(before.transactions + 2);
  });

  it('refuses a whole file for one overdrawing row, naming its row and column: nothing posted, nothing audited', async () => {
    const file = csv([
      `${fundId},2016-05-01,deposit,100.00,USD,,Germany,,,,,,O1`,
      `${fundId},2016-05-02,allocation,"5,000,000.00",USD,,,,Water network,,,,O2`,
      `${fundId},2016-05-03,expenditure,1.00,USD,,,,No such project,,,,O3`,
    ]);
    const before = await ledgerOf(fundId);
    const events = await countRows(t.db, 'audit_event');
    const dry = await importFile(agent, file);
    expect(dry.status).toBe('succeeded');
    const problems = dry.result.problems as { column: string; message: string; rows: number[] }[];
    expect(problems).toHaveLength(2);
    expect(problems.find((p) => p.column === '#value')).toMatchObject({ rows: [4] });
    expect(problems.find((p) => p.column === '#value')!.message).toMatch(/window W1 has .* unallocated, the allocation asks 5,000,000.00/);
    expect(problems.find((p) => p.column === '#activity+name')).toMatchObject({ rows: [5], message: expect.stringContaining('no such project') });
    // A dry run with problems cannot be committed; a direct commit writes nothing either.
    const refused = await commit(agent, dry.id);
    expect(refused.statusCode).toBe(409);
    const direct = await importFile(agent, file, { dryRun: false });
    expect(direct.result).toMatchObject({ dryRun: false, committed: false });
    expect(direct.result.problems).toEqual(problems);
    expect(await ledgerOf(fundId)).toEqual(before);
    expect(await countRows(t.db, 'audit_event')).toBe(events);
  });

  it('names a bad cell in its column: an unknown kind, a date that is not one, a donor that is no organisation', async () => {
    const file = csv([`${fundId},2016-13-01,deposit,10.00,USD,,Nowhere,,,,,,B1`, `${fundId},2016-05-01,gift,10.00,USD,,Germany,,,,,,B2`]);
    const job = await importFile(agent, file);
    const columns = (job.result.problems as { column: string; rows: number[] }[]).map((p) => [p.column, p.rows]);
    expect(columns).toEqual(
      expect.arrayContaining([
        ['#org+funder', [3]],
        ['#x_kind', [4]],
      ]),
    );
    const dateOnly = await importFile(agent, csv([`${fundId},2016-13-01,deposit,10.00,USD,,Germany,,,,,,B1`]));
    expect(dateOnly.result.problems).toEqual([expect.objectContaining({ column: '#date', rows: [3] })]);
  });

  it('takes no marking of its own: transactions are read through their fund', async () => {
    const job = await importFile(agent, csv([`${fundId},2016-05-01,interest,1.00,USD,,,,,,,,M1`]), { marking: 'AMBER' });
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/marking/);
  });

  it('a reader who may not see the fund imports and exports nothing of it, exactly as for a fund that does not exist', async () => {
    const missing = randomUUID();
    const row = (id: string) => csv([`${id},2016-05-01,interest,1.00,USD,,,,,,,,X1`]);
    const hidden = await importFile(outsider, row(fundId));
    const absent = await importFile(outsider, row(missing));
    expect(hidden.result.problems).toHaveLength(1);
    expect(hidden.result.problems).toEqual(absent.result.problems.map((p: { values: { value: string }[] }) => ({ ...p, values: [{ ...p.values[0], value: fundId }] })));
    expect(hidden.result.problems[0]).toMatchObject({ column: '#meta+fund', message: expect.stringContaining('no such fund') });
    // The partner sees the fund but does not administer it.
    const partnerJob = await importFile(partner, row(fundId));
    expect(partnerJob.result.problems[0]).toMatchObject({ column: '#meta+fund', message: expect.stringContaining('administrative agent') });

    for (const format of ['csv', 'json']) {
      const seen = await outsider.inject({ method: 'GET', url: `/api/fund-transactions/export.${format}?fundId=${fundId}` });
      const none = await outsider.inject({ method: 'GET', url: `/api/fund-transactions/export.${format}?fundId=${missing}` });
      expect(seen.statusCode).toBe(200);
      expect(seen.body).toBe(none.body);
      expect(seen.body).not.toContain(fundId);
      const all = await outsider.inject({ method: 'GET', url: `/api/fund-transactions/export.${format}` });
      expect(all.body).toBe(none.body);
    }
    expect((await partner.inject({ method: 'GET', url: `/api/fund-transactions/export.csv?fundId=${fundId}` })).body).toContain(fundId);
  });

  it('round trip: the exported file posts the same balances into a fresh fund, and changes nothing imported again into its own', async () => {
    const exported = await agent.inject({ method: 'GET', url: `/api/fund-transactions/export.csv?fundId=${fundId}` });
    expect(exported.statusCode).toBe(200);
    const source = await ledgerOf(fundId);

    const again = await importFile(agent, exported.body, { dryRun: false });
    expect(again.result).toMatchObject({ created: 0, unchanged: source.transactions, problems: [] });
    const xlsx = await agent.inject({ method: 'GET', url: `/api/fund-transactions/export.xlsx?fundId=${fundId}` });
    const res = await agent.inject({ method: 'POST', url: '/api/imports/fund-transactions?dryRun=false', ...upload(xlsx.rawPayload, 'tx.xlsx') });
    expect((await waitFor(agent, res.json().id)).result).toMatchObject({ created: 0, unchanged: source.transactions, problems: [] });
    // A posted transaction never changes: the same id with another amount is a problem of its row.
    const rows = Papa.parse<string[]>(exported.body.trim()).data;
    // The fund's and a window's names beside their id and code (ADR 0038), which the import does not read.
    expect(rows[1]!.slice(0, 2)).toEqual(['#meta+fund', '#meta+fund+name+label']);
    expect(rows[2]![1]).toBe('Funding Facility for Stabilization');
    expect(rows.slice(2).map((r) => [r[rows[1]!.indexOf('#x_window')], r[rows[1]!.indexOf('#x_window+name+label')]])).toContainEqual(['W1', 'Public works']);
    const deposit = rows.findIndex((r) => r[3] === 'deposit');
    rows[deposit]![4] = '999.00';
    const changed = await importFile(agent, Papa.unparse(rows), { dryRun: false });
    expect(changed.result.problems).toEqual([expect.objectContaining({ column: '#meta+id', rows: [deposit + 1], message: expect.stringContaining('post a reversal') })]);
    expect(await ledgerOf(fundId)).toEqual(source);

    const fresh = await newFund('Fresh fund');
    const job = await importFile(agent, exported.body.replaceAll(fundId, fresh.id), { dryRun: false });
    expect(job.status, job.error).toBe('succeeded');
    expect(job.result).toMatchObject({ committed: true, created: source.transactions, problems: [] });
    // The same accounts (named by the fresh fund's window and project) with the same balances.
    const sourceFund = (await agent.inject({ method: 'GET', url: `/api/funds/${fundId}` })).json();
    const rename = (account: string) => account.replace(sourceFund.windows[0].id, fresh.windowId).replace(sourceFund.projects[0].id, fresh.projectId);
    expect((await ledgerOf(fresh.id)).balances).toEqual(source.balances.map((b) => ({ ...b, account: rename(b.account) })));

    // JSON too: its export, posted into another fund, gives the same balances.
    const json = await agent.inject({ method: 'GET', url: `/api/fund-transactions/export.json?fundId=${fundId}` });
    const third = await newFund('Third fund');
    const viaJson = await importFile(agent, json.body.replaceAll(fundId, third.id), { name: 'tx.json', dryRun: false });
    expect(viaJson.result).toMatchObject({ committed: true, created: source.transactions, problems: [] });
    const renameThird = (account: string) => account.replace(sourceFund.windows[0].id, third.windowId).replace(sourceFund.projects[0].id, third.projectId);
    expect((await ledgerOf(third.id)).balances).toEqual(source.balances.map((b) => ({ ...b, account: renameThird(b.account) })));
  });
});

describe("the fund's files as jobs", () => {
  it('builds the flows CSV and the IATI file as jobs; only their starter downloads them', async () => {
    const flows = await agent.inject({ method: 'POST', url: `/api/funds/${fundId}/files?file=flows` });
    expect(flows.statusCode, flows.body).toBe(202);
    const done = await waitFor(agent, flows.json().id);
    expect(done.status, done.error).toBe('succeeded');
    expect(done.file).toMatchObject({ name: `fund-${fundId}-flows.csv`, url: `/api/jobs/${done.id}/file` });
    const file = await agent.inject({ method: 'GET', url: done.file.url });
    expect(file.statusCode).toBe(200);
    const direct = await agent.inject({ method: 'GET', url: `/api/funds/${fundId}/flows.csv` });
    expect(file.body).toBe(direct.body);
    expect(Papa.parse(file.body).data.length).toBeGreaterThan(3);
    for (const other of [partner, outsider]) {
      expect((await other.inject({ method: 'GET', url: done.file.url })).statusCode).toBe(404);
      expect((await other.inject({ method: 'GET', url: `/api/jobs/${done.id}` })).statusCode).toBe(404);
    }

    // IATI: refused with its reason until the fund's publisher is set, then the same file as the direct download.
    const unset = await waitFor(agent, (await agent.inject({ method: 'POST', url: `/api/funds/${fundId}/files?file=iati` })).json().id);
    expect(unset.status).toBe('failed');
    expect(unset.error).toMatch(/publisher/);
    const publisher = { reportingOrgRef: 'XM-DAC-41114', reportingOrgType: '40', activityIdentifier: 'XM-DAC-41114-FFS', recipientCountry: 'IQ' };
    expect((await agent.inject({ method: 'PUT', url: `/api/funds/${fundId}/iati`, payload: publisher })).statusCode).toBe(200);
    const iati = await waitFor(agent, (await agent.inject({ method: 'POST', url: `/api/funds/${fundId}/files?file=iati` })).json().id);
    expect(iati.status, iati.error).toBe('succeeded');
    const xml = await agent.inject({ method: 'GET', url: iati.file.url });
    expect(xml.headers['content-type']).toContain('application/xml');
    const undated = (body: string) => body.replace(/datetime="[^"]*"/g, '');
    expect(undated(xml.body)).toBe(undated((await agent.inject({ method: 'GET', url: `/api/funds/${fundId}/iati.xml` })).body));
    expect(xml.body).toContain('<transaction');
    expect((await outsider.inject({ method: 'GET', url: iati.file.url })).statusCode).toBe(404);
  });

  it('a fund the reader may not see starts no job (404 like a missing one); a bad file name is a 400 naming it', async () => {
    const jobs = await countRows(t.db, 'job');
    const hidden = await outsider.inject({ method: 'POST', url: `/api/funds/${fundId}/files?file=flows` });
    const missing = await outsider.inject({ method: 'POST', url: `/api/funds/${randomUUID()}/files?file=flows` });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().title).toBe(missing.json().title);
    expect(hidden.json().detail).toBe(missing.json().detail);
    const bad = await agent.inject({ method: 'POST', url: `/api/funds/${fundId}/files?file=pdf` });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('query.file');
    expect(await countRows(t.db, 'job')).toBe(jobs);
    expect((await t.app.inject({ method: 'POST', url: `/api/funds/${fundId}/files?file=flows` })).statusCode).toBe(401);
  });
});
