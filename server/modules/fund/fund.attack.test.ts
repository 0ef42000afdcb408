// The pooled fund attacked as a whole (issue 12, after issue 7): a RED project in a CLEAR fund
// must be missing on every path for those who may not see it — the fund's answer, its
// transactions, the project's details and reports, a posting, a reversal or a progress report
// naming it, an import naming it, the audit log — exactly as a project that does not exist.
// Then hostile input on the posting route (4xx naming the field, nothing written), and a
// money cross-check: the status, a donor's statement and the FTS flows agree to the cent.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp } from '../../test/app.ts';
import { type MatrixCast, castReaders } from '../../test/visibility.ts';
import { multipartFile, waitForJob } from '../../test/upload.ts';

let t: TestApp;
let cast: MatrixCast;
let fundId = '';
let redProjectId = '';
let openProjectId = '';
let redAllocationId = '';
const SECRET = 'SECRET-red-project-title';
const SECRET_REPORT = 'SECRET-red-progress-report';

const keyed = (s: Session, opts: Parameters<Session['inject']>[0]) => s.inject({ ...opts, headers: { 'idempotency-key': randomUUID(), ...(opts.headers ?? {}) } });

async function post(s: Session, payload: Record<string, unknown>) {
  return await keyed(s, { method: 'POST', url: `/api/funds/${fundId}/transactions`, payload });
}

const counts = async () =>
  (
    await sql<{ tx: string; entries: string; audit: string; reports: string }>`
      SELECT (SELECT count(*) FROM fund_transaction) AS tx, (SELECT count(*) FROM fund_entry) AS entries,
             (SELECT count(*) FROM audit_event) AS audit, (SELECT count(*) FROM fund_project_report) AS reports`.execute(t.db)
  ).rows[0]!;

beforeAll(async () => {
  t = await buildTestApp();
  cast = await castReaders(t);
  const author = cast.sessions.author;
  const fund = await author.inject({
    method: 'POST',
    url: '/api/funds',
    payload: { name: 'Attack fund', baseCurrency: 'USD', administrativeAgentOrgId: cast.orgs.owner.id, aaFeeBp: 100, sharing: cast.sharing('CLEAR') },
  });
  expect(fund.statusCode, fund.body).toBe(201);
  fundId = fund.json().id;
  expect(
    (await post(author, { kind: 'deposit', valueDate: '2016-01-10', donorOrgId: cast.orgs.secretariat.id, amount: { amountMinor: 1_000_000, currency: 'USD' } })).statusCode,
  ).toBe(201);
  const newProject = async (title: string) => {
    const res = await author.inject({
      method: 'POST',
      url: `/api/funds/${fundId}/projects`,
      payload: { windowId: null, partnerOrgId: cast.orgs.owner.id, title, budget: { amountMinor: 100_000, currency: 'USD' } },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  redProjectId = await newProject(SECRET);
  openProjectId = await newProject('Open project');
  for (const [id, marking] of [
    [redProjectId, 'RED'],
    [openProjectId, 'CLEAR'],
  ] as const) {
    const details = await author.inject({
      method: 'PUT',
      url: `/api/funds/${fundId}/projects/${id}/details`,
      payload: { iatiIdentifier: `XM-1-${marking}`, sector: '15132', status: 2, plannedStart: '2016-01-01', plannedEnd: '2016-12-31', marking },
    });
    expect(details.statusCode, details.body).toBe(200);
  }
  const allocation = await post(author, { kind: 'allocation', valueDate: '2016-02-01', projectId: redProjectId, amount: { amountMinor: 12_345, currency: 'USD' } });
  expect(allocation.statusCode, allocation.body).toBe(201);
  redAllocationId = allocation.json().id;
  expect((await post(author, { kind: 'transfer', valueDate: '2016-02-02', projectId: redProjectId, amount: { amountMinor: 10_000, currency: 'USD' } })).statusCode).toBe(201);
  const report = await author.inject({
    method: 'POST',
    url: `/api/funds/${fundId}/projects/${redProjectId}/reports`,
    payload: { reportedOn: '2016-03-01', body: SECRET_REPORT, women: 1, men: 2, girls: 3, boys: 4 },
  });
  expect(report.statusCode, report.body).toBe(201);
  expect((await post(author, { kind: 'allocation', valueDate: '2016-02-01', projectId: openProjectId, amount: { amountMinor: 500, currency: 'USD' } })).statusCode).toBe(201);
});
afterAll(async () => t?.close());

/** Readers of the fund who may not see the RED project: a colleague of the administrative agent (and the partner's), an audience member, an outsider, an admin of the secretariat. */
const BLIND = ['ownerColleague', 'audienceMember', 'nonAudienceMember', 'secretariat'] as const;

describe('a RED project is missing for those who may not see it', () => {
  for (const reader of BLIND) {
    it(`${reader}: the fund's answer and its transactions do not name it`, async () => {
      const s = cast.sessions[reader];
      const fund = await s.inject({ method: 'GET', url: `/api/funds/${fundId}` });
      expect(fund.statusCode).toBe(200);
      expect(fund.body).not.toContain(SECRET);
      expect(fund.body).not.toContain(redProjectId);
      expect(fund.json().projects.map((p: { id: string }) => p.id)).toEqual([openProjectId]);
      const list = await s.inject({ method: 'GET', url: `/api/funds/${fundId}/transactions?limit=200` });
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain(redProjectId);
      expect(
        list
          .json()
          .items.map((i: { kind: string }) => i.kind)
          .sort(),
      ).toEqual(['allocation', 'deposit']);
      const filtered = await s.inject({ method: 'GET', url: `/api/funds/${fundId}/transactions?projectId=${redProjectId}` });
      expect(filtered.json().items).toEqual([]);
    });

    it(`${reader}: its details and reports answer as a project that does not exist`, async () => {
      const s = cast.sessions[reader];
      for (const path of ['details', 'reports']) {
        const hidden = await s.inject({ method: 'GET', url: `/api/funds/${fundId}/projects/${redProjectId}/${path}` });
        const missing = await s.inject({ method: 'GET', url: `/api/funds/${fundId}/projects/${randomUUID()}/${path}` });
        expect(hidden.statusCode, path).toBe(404);
        expect(hidden.body, path).not.toContain(SECRET_REPORT);
        expect(hidden.json().detail, path).toBe(missing.json().detail);
      }
    });

    it(`${reader}: a posting, a reversal or a report naming it is refused as for a missing one, and writes nothing`, async () => {
      const s = cast.sessions[reader];
      const before = await counts();
      for (const kind of ['expenditure', 'allocation']) {
        const hidden = await post(s, { kind, valueDate: '2016-04-01', projectId: redProjectId, amount: { amountMinor: 1, currency: 'USD' } });
        const missing = await post(s, { kind, valueDate: '2016-04-01', projectId: randomUUID(), amount: { amountMinor: 1, currency: 'USD' } });
        expect([hidden.statusCode, hidden.json().detail], kind).toEqual([missing.statusCode, missing.json().detail]);
        expect(hidden.body).not.toContain(SECRET);
      }
      const reversal = await post(s, { kind: 'reversal', valueDate: '2016-04-01', reversesId: redAllocationId });
      const reversalOfNothing = await post(s, { kind: 'reversal', valueDate: '2016-04-01', reversesId: randomUUID() });
      expect([reversal.statusCode, reversal.json().detail]).toEqual([reversalOfNothing.statusCode, reversalOfNothing.json().detail]);
      const report = { reportedOn: '2016-04-01', body: 'x', women: 0, men: 0, girls: 0, boys: 0 };
      const hiddenReport = await s.inject({ method: 'POST', url: `/api/funds/${fundId}/projects/${redProjectId}/reports`, payload: report });
      const missingReport = await s.inject({ method: 'POST', url: `/api/funds/${fundId}/projects/${randomUUID()}/reports`, payload: report });
      expect([hiddenReport.statusCode, hiddenReport.json().detail]).toEqual([missingReport.statusCode, missingReport.json().detail]);
      expect(await counts()).toEqual(before);
    });
  }

  it("the audit log withholds the content of the RED project's events from an admin who may not see it", async () => {
    const res = await cast.sessions.secretariat.inject({ method: 'GET', url: `/api/audit?limit=200&entity=fund&entityId=${fundId}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toContain(redProjectId);
    expect(res.body).not.toContain('12345');
    // The other events of the fund keep their content.
    expect(res.json().items.some((e: { action: string; contentWithheld: boolean }) => e.action === 'fund.deposit' && !e.contentWithheld)).toBe(true);
    // The author, who sees the RED project, is no admin; a RED recipient admin would read it: the rule is the project's row, now.
    const all = await cast.sessions.secretariat.inject({ method: 'GET', url: '/api/audit?limit=200' });
    expect(all.body).not.toContain(SECRET);
    expect(all.body).not.toContain(SECRET_REPORT);
  });

  it('the author, who sees it, still reads it everywhere', async () => {
    const s = cast.sessions.author;
    expect((await s.inject({ method: 'GET', url: `/api/funds/${fundId}` })).body).toContain(SECRET);
    const list = (await s.inject({ method: 'GET', url: `/api/funds/${fundId}/transactions?projectId=${redProjectId}` })).json();
    expect(list.items).toHaveLength(2);
    expect((await s.inject({ method: 'GET', url: `/api/funds/${fundId}/projects/${redProjectId}/reports` })).body).toContain(SECRET_REPORT);
  });

  it('an import naming it, by id or title, finds no such project, as for one that does not exist', async () => {
    const s = cast.sessions.ownerColleague; // administers the fund, may not see the RED project
    const file = (project: string) =>
      [
        'Fund,Date,Kind,Amount,Currency,Project,Id',
        '#meta+fund,#date,#x_kind,#value,#currency,#activity+code,#meta+id',
        `${fundId},2016-05-01,expenditure,1.00,USD,${project},`,
        `${fundId},2016-05-01,deposit,1.00,USD,,${redAllocationId}`,
      ].join('\n');
    const run = (project: string) => importFile(s, file(project));
    const missing = randomUUID();
    const hidden = await run(redProjectId);
    const absent = await run(missing);
    const shape = (job: { result: { problems: { column: string; message: string; rows: number[] }[] } }) =>
      JSON.stringify(job.result.problems.map((p) => ({ column: p.column, message: p.message, rows: p.rows })));
    expect(shape(hidden).replaceAll(redProjectId, 'X')).toBe(shape(absent).replaceAll(missing, 'X'));
    expect(JSON.stringify(hidden)).not.toContain(SECRET);
    // The RED project's allocation id as #meta+id is matched to nothing: the row is new, as with an id that does not exist.
    expect(JSON.stringify(hidden.result.problems)).not.toContain('posted with another kind');
  });
});

/** Uploads a file of fund transactions as `s` and waits for its job. */
async function importFile(s: Session, file: string, { dryRun = true } = {}) {
  const res = await s.inject({ method: 'POST', url: `/api/imports/fund-transactions?dryRun=${dryRun}&marking=GREEN`, ...multipartFile('tx.csv', file) });
  expect(res.statusCode, res.body).toBe(202);
  return await waitForJob(s, res.json().id);
}

describe('hostile files of transactions: each bad cell a problem naming its column, nothing written', () => {
  it('a date of year 0 is a #date problem, not a failed job (it failed the job, retried three times, before)', async () => {
    const before = await counts();
    const head = 'Fund,Date,Kind,Amount,Currency,Donor,Description,Id\n#meta+fund,#date,#x_kind,#value,#currency,#org+funder,#description,#meta+id\n';
    const d = cast.orgs.secretariat.id;
    const job = await importFile(
      cast.sessions.author,
      head +
        [
          `${fundId},0000-01-01,deposit,1.00,USD,${d},year zero,y0`,
          `${fundId},2016-01-01,deposit,1e5,USD,${d},exponent,y1`,
          `${fundId},2016-01-01,deposit,99999999999999999999.00,USD,${d},huge,y2`,
          `${fundId},2016-01-01,deposit,1.00,USD,${d},"=HYPERLINK(""http://x"")",y3`,
        ].join('\n'),
      { dryRun: false },
    );
    expect(job.status, job.error).toBe('succeeded');
    expect(job.result.committed).toBe(false);
    const problems = job.result.problems as { column: string; rows: number[] }[];
    expect(problems.find((p) => p.column === '#date')?.rows).toEqual([3]);
    expect(problems.filter((p) => p.column === '#value').flatMap((p) => p.rows)).toEqual(expect.arrayContaining([4, 5]));
    expect(await counts()).toEqual(before);
  });
});

describe('the public', () => {
  it('gets a 401 on every fund route, and nothing is written', async () => {
    const before = await counts();
    const p = `/api/funds/${fundId}`;
    const pr = `${p}/projects/${openProjectId}`;
    const routes: [string, string][] = [
      ['GET', '/api/funds'],
      ['POST', '/api/funds'],
      ['GET', p],
      ['POST', `${p}/windows`],
      ['POST', `${p}/projects`],
      ['GET', `${p}/transactions`],
      ['POST', `${p}/transactions`],
      ['GET', `${p}/status`],
      ['GET', `${p}/donors/${cast.orgs.secretariat.id}/statement`],
      ['GET', `${p}/donors/${cast.orgs.secretariat.id}/statement.csv`],
      ['PUT', `${p}/iati`],
      ['GET', `${pr}/details`],
      ['PUT', `${pr}/details`],
      ['GET', `${pr}/reports`],
      ['POST', `${pr}/reports`],
      ['GET', `${p}/iati.xml`],
      ['GET', `${p}/flows.csv`],
      ['POST', `${p}/files?file=flows`],
      ['GET', `/api/fund-transactions/export.csv?fundId=${fundId}`],
      ['POST', '/api/imports/fund-transactions'],
    ];
    for (const [method, url] of routes) {
      const res = await t.app.inject({ method: method as 'GET', url, payload: method === 'GET' ? undefined : {}, headers: { 'idempotency-key': randomUUID() } });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.body, `${method} ${url}`).not.toContain(SECRET);
    }
    expect(await counts()).toEqual(before);
  });
});

describe('hostile input on a posting: a 4xx naming the field, nothing written', () => {
  const good = { kind: 'deposit', valueDate: '2016-06-01', donorOrgId: '', amount: { amountMinor: 100, currency: 'USD' } };
  const cases: [string, (g: Record<string, unknown>) => Record<string, unknown>, string][] = [
    ['negative amount', (g) => ({ ...g, amount: { amountMinor: -5, currency: 'USD' } }), 'amount'],
    ['fractional amount', (g) => ({ ...g, amount: { amountMinor: 1.5, currency: 'USD' } }), 'amount'],
    ['huge amount', (g) => ({ ...g, amount: { amountMinor: 1e16, currency: 'USD' } }), 'amount'],
    ['unsafe integer', (g) => ({ ...g, amount: { amountMinor: 2 ** 60, currency: 'USD' } }), 'amount'],
    ['amount as a string', (g) => ({ ...g, amount: { amountMinor: '100', currency: 'USD' } }), 'amount'],
    ['unknown currency', (g) => ({ ...g, amount: { amountMinor: 100, currency: 'XXY' } }), 'currency'],
    ['rate 0', (g) => ({ ...g, amount: { amountMinor: 100, currency: 'EUR' }, rate: '0' }), 'rate'],
    ['absurd rate', (g) => ({ ...g, amount: { amountMinor: 1_000_000_000_000_000, currency: 'EUR' }, rate: '999999999999.999999999999' }), 'amount'],
    ['rate as exponent', (g) => ({ ...g, amount: { amountMinor: 100, currency: 'EUR' }, rate: '1e3' }), 'rate'],
    ['year 0', (g) => ({ ...g, valueDate: '0000-01-01' }), 'valueDate'],
    ['year 10000', (g) => ({ ...g, valueDate: '10000-01-01' }), 'valueDate'],
    ['February 30', (g) => ({ ...g, valueDate: '2016-02-30' }), 'valueDate'],
    ['bad donor uuid', (g) => ({ ...g, donorOrgId: 'not-a-uuid' }), 'donorOrgId'],
    ['unknown donor', (g) => ({ ...g, donorOrgId: randomUUID() }), 'donorOrgId'],
    ['unknown window', (g) => ({ ...g, windowId: randomUUID() }), 'windowId'],
    ['long description', (g) => ({ ...g, description: 'x'.repeat(100_000) }), 'description'],
    ['NUL in description', (g) => ({ ...g, description: 'a\u0000b' }), 'description'],
    ['lone surrogate', (g) => ({ ...g, description: 'a\ud800b' }), 'description'],
    ['unknown field', (g) => ({ ...g, amountt: 1 }), 'amountt'],
    ['unknown kind', (g) => ({ ...g, kind: 'gift' }), 'kind'],
    ['field of another kind', (g) => ({ ...g, projectId: randomUUID() }), 'projectId'],
    ['overdraft', () => ({ kind: 'allocation', valueDate: '2016-06-01', projectId: openProjectId, amount: { amountMinor: 1_000_000_000, currency: 'USD' } }), 'amount'],
  ];
  it('answers every case with a 4xx naming the field, and writes nothing', async () => {
    const s = cast.sessions.author;
    const before = await counts();
    for (const [name, make, field] of cases) {
      const res = await post(s, make({ ...good, donorOrgId: cast.orgs.secretariat.id }));
      expect(res.statusCode, `${name}: ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${name}: ${res.body}`).toBeLessThan(500);
      expect(res.body, name).toContain(field);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a bad Idempotency-Key, and keeps one key per user', async () => {
    const s = cast.sessions.author;
    const payload = { ...good, donorOrgId: cast.orgs.secretariat.id };
    const before = await counts();
    for (const key of ['', 'k'.repeat(300), 'clé-non-ascii', 'a\tb']) {
      const res = await s.inject({ method: 'POST', url: `/api/funds/${fundId}/transactions`, headers: { 'idempotency-key': key }, payload });
      expect(res.statusCode, JSON.stringify(key)).toBe(400);
      expect(res.body).toContain('idempotency-key');
    }
    const missing = await s.inject({ method: 'POST', url: `/api/funds/${fundId}/transactions`, payload });
    expect(missing.statusCode).toBe(400);
    expect(await counts()).toEqual(before);
    // The same key from two users: two postings (a key is the user's own), the second not the first's answer.
    const key = randomUUID();
    const a = await s.inject({ method: 'POST', url: `/api/funds/${fundId}/transactions`, headers: { 'idempotency-key': key }, payload });
    const b = await cast.sessions.ownerColleague.inject({ method: 'POST', url: `/api/funds/${fundId}/transactions`, headers: { 'idempotency-key': key }, payload });
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().id).not.toBe(b.json().id);
    // An outsider replaying someone's key learns nothing of it: their own answer (a 404 for a fund they may not post to is not theirs here: they see it CLEAR, and may not post: 403).
    const c = await cast.sessions.nonAudienceMember.inject({ method: 'POST', url: `/api/funds/${fundId}/transactions`, headers: { 'idempotency-key': key }, payload });
    expect(c.statusCode).toBe(403);
  });

  it('answers bad report queries with a 400 naming the field', async () => {
    const s = cast.sessions.author;
    for (const [query, field] of [
      ['by=bogus', 'by'],
      ['by=period&period=bogus', 'period'],
      ['from=2016-12-31&to=2016-01-01', 'to'],
      ['from=0000-01-01', 'from'],
      ['asOf=10000-01-01', 'asOf'],
      ['period=month', 'period'],
    ]) {
      const res = await s.inject({ method: 'GET', url: `/api/funds/${fundId}/status?${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.body, query).toContain(field);
    }
    const statement = await s.inject({ method: 'GET', url: `/api/funds/${fundId}/donors/${cast.orgs.secretariat.id}/statement?from=2017-01-01&to=2016-01-01` });
    expect(statement.statusCode).toBe(400);
    expect(statement.body).toContain('to');
    for (const url of [
      `/api/funds/nope/status`,
      `/api/funds/${fundId}/projects/nope/details`,
      `/api/funds/${fundId}/transactions?cursor=%00`,
      `/api/funds/${fundId}/transactions?cursor=abc`,
    ]) {
      const res = await s.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
    }
  });
});

describe('the first and last days a value date may have', () => {
  it('answers a status or a statement up to 9999-12-31, or from 0001-01-01, with the right sums (a 500 before)', async () => {
    const s = cast.sessions.author;
    const res = await s.inject({
      method: 'POST',
      url: '/api/funds',
      payload: { name: 'Edge fund', baseCurrency: 'USD', administrativeAgentOrgId: cast.orgs.owner.id, aaFeeBp: 0, sharing: cast.sharing('CLEAR') },
    });
    const edgeFundId = res.json().id as string;
    const donorOrgId = cast.orgs.secretariat.id;
    for (const [valueDate, amountMinor] of [
      ['0001-01-01', 1],
      ['2016-06-15', 10],
      ['9999-12-20', 100],
    ] as const) {
      const posted = await keyed(s, {
        method: 'POST',
        url: `/api/funds/${edgeFundId}/transactions`,
        payload: { kind: 'deposit', valueDate, donorOrgId, amount: { amountMinor, currency: 'USD' } },
      });
      expect(posted.statusCode, posted.body).toBe(201);
    }
    const contributions = async (query: string) => {
      const r = await s.inject({ method: 'GET', url: `/api/funds/${edgeFundId}/status?${query}` });
      expect(r.statusCode, `${query}: ${r.body}`).toBe(200);
      return r.json().total.contributions;
    };
    expect(await contributions('to=9999-12-31')).toBe('111');
    expect(await contributions('to=9999-12-15')).toBe('11');
    expect(await contributions('from=9999-12-15')).toBe('100');
    expect(await contributions('from=9999-12-15&to=9999-12-31')).toBe('100');
    expect(await contributions('from=0001-01-01&to=9999-12-31&by=period&period=month')).toBe('111');
    expect(await contributions('asOf=0001-01-01')).toBe('1');
    for (const format of ['statement', 'statement.csv']) {
      const r = await s.inject({ method: 'GET', url: `/api/funds/${edgeFundId}/donors/${donorOrgId}/${format}?from=0001-01-01&to=9999-12-31` });
      expect(r.statusCode, `${format}: ${r.body}`).toBe(200);
      if (format === 'statement') {
        expect(r.json().opening.contributions).toBe('0');
        expect(r.json().closing.contributions).toBe('111');
        expect(r.json().lines).toHaveLength(3);
      }
    }
  });
});

describe('money agrees to the cent across the reports', () => {
  it('the status, the donor statement and the FTS flows give the same totals, nothing counted twice', async () => {
    const author = cast.sessions.author;
    const donorOrgId = cast.orgs.secretariat.id;
    // A reader for whom the status and the file hold the same rows: the administrative agent's colleague (no RED project either way).
    const s = cast.sessions.ownerColleague;
    const before = (await s.inject({ method: 'GET', url: `/api/funds/${fundId}/status` })).json().total;
    for (const payload of [
      { kind: 'deposit', valueDate: '2016-07-01', donorOrgId, amount: { amountMinor: 50_000, currency: 'EUR' }, rate: '1.1' },
      { kind: 'pledge', valueDate: '2016-07-01', donorOrgId, amount: { amountMinor: 2_000_000, currency: 'USD' } },
      { kind: 'refund', valueDate: '2016-07-02', donorOrgId, amount: { amountMinor: 1_001, currency: 'USD' } },
      { kind: 'transfer', valueDate: '2016-07-03', projectId: openProjectId, amount: { amountMinor: 333, currency: 'USD' } },
      { kind: 'refund', valueDate: '2016-07-04', projectId: openProjectId, amount: { amountMinor: 33, currency: 'USD' } },
    ]) {
      const res = await post(author, payload);
      expect(res.statusCode, res.body).toBe(201);
    }
    const status = (await s.inject({ method: 'GET', url: `/api/funds/${fundId}/status` })).json().total;
    const byDonor = (await s.inject({ method: 'GET', url: `/api/funds/${fundId}/status?by=donor` })).json();
    const statement = (await s.inject({ method: 'GET', url: `/api/funds/${fundId}/donors/${donorOrgId}/statement` })).json();
    const flows = await s.inject({ method: 'GET', url: `/api/funds/${fundId}/flows.csv` });
    expect(flows.statusCode).toBe(200);
    const [header, , ...rows] = Papa.parse<string[]>(flows.body.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const col = (name: string) => header!.indexOf(name);
    const minor = (cell: string) => BigInt(cell.replace('.', ''));
    const sum = (pick: (r: string[]) => boolean) =>
      rows
        .filter(pick)
        .reduce((a, r) => a + minor(r[col('Amount USD')]!), 0n)
        .toString();
    const fundName = 'Attack fund';
    const contributions = BigInt(sum((r) => r[col('Status')] === 'paid' && r[col('Destination organisation')] === fundName && r[col('Flow type')] === 'contribution'));
    const refundsToDonors = BigInt(sum((r) => r[col('Flow type')] === 'refund' && r[col('Source organisation')] === fundName));
    const transfers = BigInt(sum((r) => r[col('Flow type')] === 'transfer'));
    const partnerRefunds = BigInt(sum((r) => r[col('Flow type')] === 'refund' && r[col('Destination organisation')] === fundName));
    // + 55,000 (EUR 500.00 at 1.1) − 1,001 refunded; + 333 transferred − 33 refunded by the partner.
    expect(BigInt(status.contributions) - BigInt(before.contributions)).toBe(53_999n);
    expect(BigInt(status.netFunded) - BigInt(before.netFunded)).toBe(300n);
    expect((contributions - refundsToDonors).toString()).toBe(status.contributions);
    expect(statement.closing.contributions).toBe(status.contributions);
    const donorGroups = byDonor.groups.reduce((a: bigint, g: { figures: { contributions: string } }) => a + BigInt(g.figures.contributions), 0n);
    expect(donorGroups.toString()).toBe(status.contributions);
    expect(sum((r) => r[col('Status')] === 'pledge')).toBe(status.pledged);
    expect((transfers - partnerRefunds).toString()).toBe(status.netFunded);
  });
});
