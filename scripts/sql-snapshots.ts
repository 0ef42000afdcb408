// SQL snapshots: every exported query function of server/modules/*/*.queries.ts, called with
// typical arguments on a Kysely that records the SQL instead of running it, once for each of
// three readers — a member's focal point, the secretariat and the public. The statements go
// to server/queries/<module>.sql, committed, so that a change to a query or to the sharing
// predicate shows, in review, in every statement it touches.
//
//   npm run sql:snapshots            writes server/queries/*.sql
//   npm run sql:snapshots -- --check fails (one line) when a committed file is stale
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CompiledQuery, type DatabaseConnection, DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type QueryResult, sql } from 'kysely';
import { format as formatSql } from 'sql-formatter';
import type { Database } from '../server/db/database.ts';
import type { Actor } from '../server/infra/actor.ts';
// The app's module list: each module registers its shared entity (sharing.registry.ts) when it loads,
// and the audit log's read rule is built from that list.
import '../server/app.ts';

const root = join(import.meta.dirname, '..');
const modulesDir = join(root, 'server/modules');
export const snapshotsDir = join(root, 'server/queries');

// Fixed ids and instants, so that a snapshot only changes when the SQL does.
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ORG = uuid(1);
const USER = uuid(2);
const ID = uuid(10);
const OTHER_ID = uuid(11);
const INSTANT = new Date('2026-01-15T12:00:00.000Z');

export const ACTORS: { name: string; actor: Actor }[] = [
  { name: 'a member focal point', actor: { kind: 'user', userId: USER, orgId: ORG, orgKind: 'state', role: 'focal_point', email: 'focal@member.example' } },
  {
    name: 'the secretariat',
    actor: { kind: 'user', userId: uuid(3), orgId: uuid(4), orgKind: 'secretariat', role: 'coordinator', email: 'coordinator@secretariat.example' },
  },
  { name: 'the public', actor: { kind: 'anonymous' } },
];

/**
 * Typical arguments for parameters the name alone does not settle, by `module.function`:
 * each entry lists the arguments after `db` (use ACTOR where the reader goes).
 * Functions not listed get arguments from their parameter names (argumentFor).
 */
const ACTOR = Symbol('actor');
const ARGUMENTS: Record<string, unknown[]> = {
  'audit.listAuditEvents': [ACTOR, { limit: 50 }],
  'auth.insertSession': [{ token_hash: 'token-hash', user_id: USER, csrf_token: 'csrf-token', expires_at: INSTANT }],
  'auth.reserveSignInFailure': [{ email: 'someone@example.org', clientAddress: '192.0.2.1', since: INSTANT, maxPerAccount: 10, maxPerAddress: 50 }],
  'contributions.listVisibleContributions': [ACTOR, { limit: 50 }],
  'needs.listVisibleNeeds': [ACTOR, { limit: 50, sort: '-unmet' }],
  'exchange-rates.listRates': [{ currency: 'GBP', limit: 50, after: ['2026-01-01', 'GBP', 'USD'] }],
  'exchange-rates.insertRates': [[{ currency: 'GBP', base_currency: 'USD', rate: '1.25', valid_from: '2026-01-01', source: 'Central bank', created_by: USER }]],
  'exchange-rates.existingPairs': [[{ currency: 'GBP', base: 'USD', day: '2026-01-01' }]],
  'indicators.pivotFigures': [
    ACTOR,
    {
      dims: [{ kind: 'indicator' }, { kind: 'period', level: 'quarter' }, { kind: 'location', depth: 1 }],
      includeSubmitted: false,
      lineId: ID,
      periodFrom: { period: '2015Q1', type: 'quarter', start: '2015-01-01', end: '2015-03-31' },
    },
  ],
  'indicators.findValueCell': [ACTOR, { indicator_id: ID, period: '2015-01', location_id: OTHER_ID, owner_org_id: ORG, category_option: null }],
  'analytics.exportableNeedGaps': [ACTOR, {}, undefined, 1000],
  'framework.listWorkingGroups': [{}],
  'fund.lockBalances': [
    ID,
    [
      { account: 'aa:window:unearmarked', currency: 'USD' },
      { account: 'fee:aa', currency: 'USD' },
    ],
  ],
  'analytics.coveragePivot': [ACTOR, { rows: 'place', columns: 'type', placeLevel: 1 }],
  'fund.findPostingContexts': [ACTOR, [{ fundId: ID, projectId: OTHER_ID, windowId: OTHER_ID }]],
  'fund.writePostings': [
    {
      transactions: [
        {
          id: OTHER_ID,
          fund_id: ID,
          kind: 'allocation',
          value_date: '2016-01-01',
          project_id: OTHER_ID,
          window_id: OTHER_ID,
          amount_minor: '100',
          created_by: USER,
          created_at: new Date(0),
        },
      ],
      entries: [
        { transaction_id: OTHER_ID, account: `aa:project:${OTHER_ID}`, currency: 'USD', amount_minor: '100' },
        { transaction_id: OTHER_ID, account: `aa:window:${OTHER_ID}`, currency: 'USD', amount_minor: '-100' },
      ],
      changes: [
        { fund_id: ID, account: `aa:project:${OTHER_ID}`, currency: 'USD', slot: 3, delta: '100' },
        { fund_id: ID, account: `aa:window:${OTHER_ID}`, currency: 'USD', slot: 0, delta: '-100' },
      ],
      limits: [{ fund_id: ID, account: `aa:window:${OTHER_ID}`, currency: 'USD', credit: false }],
      audit: sql`INSERT INTO audit_event (occurred_at, action, entity) SELECT now(), 'fund.allocation', 'fund' /* audit.service.ts: appendEventsSql */`,
      keys: {
        lock: sql`idempotency_lock AS (SELECT true AS locked /* idempotency.queries.ts: lockKeysCte */)`,
        storeAnswers: (bodies: unknown) => sql`idempotency_answer AS (SELECT b.* FROM (${bodies}) b /* idempotency.queries.ts: storeAnswersCte */)`,
        free: sql`true /* idempotency.queries.ts: keysFree */`,
        answers: [{ user_id: USER, key: 'a-key', transaction_id: OTHER_ID, template: '{}' }],
      },
    },
  ],
  'fund.reports.statusFigures': [ACTOR, ID, { by: 'donor', from: '2016-01-15', to: '2016-12-31' }, '1000'],
  'fund.reports.groupNames': [ID, 'project', [ID, OTHER_ID]],
  'fund.reports.donorLines': [ID, OTHER_ID, { from: '2016-01-01', to: '2016-12-31' }],
  'fund.reports.summarise': ['100', '200'],
  'fund.reports.stillRunning': [['3/42']],
  'idempotency.tryLockKey': [USER, 'a-key'],
  'idempotency.findKey': [USER, 'a-key', 24],
  'idempotency.saveKey': [{ userId: USER, key: 'a-key', requestHash: '0'.repeat(64), status: 201, body: '{}' }, 24],
  'idempotency.purgeExpiredKeys': [24, 1000],
  'jobs.insertJob': [{ kind: 'import', params: {}, total: null, createdBy: USER, maxAttempts: 3 }],
  'jobs.claimJob': [{ kinds: ['import'], owner: 'worker-1', leaseSeconds: 60, running: [ID] }],
  'jobs.writeProgress': [ID, 1, { done: 10, total: 100 }],
  'jobs.completeJob': [ID, 1, { ok: true }, null],
  'locations.listLocations': [{ limit: 50 }],
  'members.listOrganisations': [{ limit: 50 }],
  'members.countOrganisations': [{}],
  'members.listGroups': [{ limit: 50 }],
  'users.listUsers': [{ limit: 50 }, true],
  'meetings.listVisibleMeetings': [ACTOR, { limit: 50, seriesId: OTHER_ID, from: '2015-01-01', to: '2015-12-31' }],
  'meetings.listVisibleActionItems': [ACTOR, { limit: 50, overdue: 'true', orgId: OTHER_ID }],
  'meetings.carriedInto': [{ id: ID, series_id: OTHER_ID, starts_at: INSTANT, state: 'in_progress' }, ACTOR],
  'meetings.scorecard': [ACTOR, { from: '2015-01-01', to: '2015-12-31' }],
  'meetings.visibleSharedRow': [ACTOR, 'document', 'document', ID],
  'meetings.todayIn': ['Europe/Brussels'],
  'meetings.takeDecisionNumber': [OTHER_ID, 2015],
};

/** A typical value for a parameter, from its name. */
function argumentFor(name: string, actor: Actor): unknown {
  if (name === 'actor') return actor;
  if (name === 'rule') return undefined;
  if (/^(id|.*Id)$/.test(name)) return name === 'id' ? ID : OTHER_ID;
  if (/(Ids|ids)$/.test(name)) return [ID, OTHER_ID];
  if (/^(codes|names)$/.test(name)) return ['a', 'b'];
  if (/^(now|cutoff|.*Cutoff|at|before)$/.test(name)) return INSTANT;
  if (/(Seconds|Days|attempt|limit)$/.test(name)) return 1;
  if (/^(email)$/.test(name)) return 'someone@example.org';
  if (/(Hash|token|owner|error|Error|q|code|name)$/.test(name)) return name;
  if (name === 'values' || name === 'rows') return name === 'rows' ? [{}] : {};
  if (name === 'f' || name === 'filter') return { limit: 50 };
  return undefined;
}

/** The parameter names of a function, from its source (tsx keeps them). */
function parameterNames(fn: (...args: unknown[]) => unknown): string[] {
  const source = fn.toString();
  // `q => …`: one parameter, no parentheses.
  const bare = /^(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>/.exec(source);
  if (bare) return [bare[1]];
  const open = source.indexOf('(');
  let depth = 0;
  let close = open;
  for (let i = open; i < source.length; i++) {
    if ('([{'.includes(source[i])) depth++;
    if (')]}'.includes(source[i])) depth--;
    if (depth === 0) {
      close = i;
      break;
    }
  }
  const names: string[] = [];
  depth = 0;
  let current = '';
  for (const ch of source.slice(open + 1, close)) {
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      names.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) names.push(current);
  return names.map((p) => p.trim().split(/[\s=:]/)[0]);
}

/** A Kysely that keeps each statement it is asked to run and answers with no rows. */
function recordingDb(recorded: CompiledQuery[]): Kysely<Database> {
  const connection: DatabaseConnection = {
    async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
      recorded.push(query);
      return { rows: [] };
    },
    // biome-ignore lint/correctness/useYield: a stream with no rows
    async *streamQuery(query: CompiledQuery) {
      recorded.push(query);
    },
  };
  class RecordingDriver extends DummyDriver {
    override async acquireConnection() {
      return connection;
    }
  }
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new RecordingDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}

interface Statement {
  sql: string;
  parameters: readonly unknown[];
}

/** Runs `fn` on the recording db; its statements, or why there are none. */
async function record(fn: (...args: unknown[]) => unknown, args: unknown[]): Promise<Statement[] | string> {
  const recorded: CompiledQuery[] = [];
  const db = recordingDb(recorded);
  let result: unknown;
  try {
    result = await fn(db, ...args);
  } catch (err) {
    // No rows come back, so a function that needs one stops after its first statement: that
    // statement is still the one to keep.
    if (!recorded.length) return `throws before any SQL: ${(err as Error).message}`;
  }
  // A function that returns a fragment or a builder instead of running it.
  if (!recorded.length && result && typeof result === 'object' && 'compile' in result) {
    const compiled = (result as { compile: (db: Kysely<Database>) => CompiledQuery }).compile(db);
    recorded.push(compiled);
  } else if (!recorded.length && result && typeof result === 'object' && 'toOperationNode' in result) {
    const compiled = db
      .selectNoFrom((eb) => eb.val(true).as('x'))
      .where(result as never)
      .compile();
    recorded.push(compiled);
  }
  if (!recorded.length) return 'runs no SQL';
  return recorded.map((q) => ({ sql: q.sql.trim(), parameters: q.parameters }));
}

function renderParameters(parameters: readonly unknown[]): string {
  if (!parameters.length) return '';
  // A time the function takes from the clock is not part of the SQL.
  const time = (d: Date) => (d.getTime() === INSTANT.getTime() ? d.toISOString() : '<now>');
  const shown = parameters.map((p, i) => `$${i + 1}=${p instanceof Date ? time(p) : JSON.stringify(p)}`);
  return `-- parameters: ${shown.join(' ')}\n`;
}

function renderStatements(statements: Statement[] | string): string {
  if (typeof statements === 'string') return `-- (${statements})\n`;
  return statements.map((s) => `${renderParameters(s.parameters)}${pretty(s.sql)};\n`).join('\n');
}

/** One clause a line, so that a changed predicate shows as its own lines in a diff. */
function pretty(statement: string): string {
  try {
    return formatSql(statement, { language: 'postgresql', keywordCase: 'preserve', paramTypes: { numbered: ['$'] } });
  } catch {
    // What the formatter cannot parse is kept as compiled.
    return statement;
  }
}

/** The snapshot text of one queries file. */
export async function snapshotOf(file: string): Promise<string> {
  const module = basename(file).replace(/\.queries\.ts$/, '');
  const exports = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  let out = `-- Generated by \`npm run sql:snapshots\` (scripts/sql-snapshots.ts) from server/modules/${module.split('.')[0]}/${basename(file)}. Do not edit.\n`;
  for (const [name, value] of Object.entries(exports).sort(([a], [b]) => a.localeCompare(b))) {
    if (typeof value !== 'function' || /^[A-Z]/.test(name)) continue;
    const fn = value as (...args: unknown[]) => unknown;
    const params = parameterNames(fn);
    const takesDb = params[0] === 'db' || params[0] === 'trx';
    const renderings: { actor: string; text: string }[] = [];
    for (const { name: actorName, actor } of ACTORS) {
      const listed = ARGUMENTS[`${module}.${name}`];
      const rest = takesDb ? params.slice(1) : params;
      const args = listed ? listed.map((a) => (a === ACTOR ? actor : a)) : rest.map((p) => argumentFor(p, actor));
      const statements = await record(takesDb ? fn : (_db, ...a) => fn(...a), args);
      // A helper that takes no db and builds no SQL (a string helper re-exported) is no query.
      if (!takesDb && typeof statements === 'string') break;
      renderings.push({ actor: actorName, text: renderStatements(statements) });
    }
    if (!renderings.length) continue;
    // A statement the reader does not change is written once; one that the sharing
    // predicate shapes is written for each reader.
    if (renderings.every((r) => r.text === renderings[0].text)) out += `\n-- ${module}.${name} (any reader)\n${renderings[0].text}`;
    else for (const r of renderings) out += `\n-- ${module}.${name}, as ${r.actor}\n${r.text}`;
  }
  return out;
}

export function queryFiles(): string[] {
  return readdirSync(modulesDir)
    .sort()
    .flatMap((m) => {
      // The module's own queries file, and any other of its `<m>.<part>.queries.ts` (fund.projects.queries.ts).
      const dir = join(modulesDir, m);
      return readdirSync(dir)
        .filter((f) => f.startsWith(`${m}.`) && f.endsWith('.queries.ts'))
        .sort()
        .map((f) => join(dir, f));
    });
}

async function main() {
  const check = process.argv.includes('--check');
  const expected = new Map<string, string>();
  for (const file of queryFiles()) expected.set(`${basename(file).replace(/\.queries\.ts$/, '')}.sql`, await snapshotOf(file));
  if (!check) {
    rmSync(snapshotsDir, { recursive: true, force: true });
    mkdirSync(snapshotsDir, { recursive: true });
    for (const [name, text] of expected) writeFileSync(join(snapshotsDir, name), text);
    console.log(`sql-snapshots: wrote ${expected.size} files in server/queries/`);
    return;
  }
  const committed = existsSync(snapshotsDir) ? readdirSync(snapshotsDir).filter((f) => f.endsWith('.sql')) : [];
  const stale = [...new Set([...committed, ...expected.keys()])].filter(
    (name) => !expected.has(name) || !committed.includes(name) || readFileSync(join(snapshotsDir, name), 'utf8') !== expected.get(name),
  );
  if (stale.length) {
    console.error(`sql-snapshots: stale ${stale.map((s) => `server/queries/${s}`).join(', ')}: run \`npm run sql:snapshots\`, review the SQL diff and commit it`);
    process.exit(1);
  }
  console.log(`sql-snapshots: ${expected.size} files up to date`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
