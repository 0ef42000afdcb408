// Runs the real `entente` binary as a child process.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ENTENTE_BIN = resolve(import.meta.dirname, '../../bin/entente.js');

export function runCli(args: string[], env: Record<string, string>, input?: string) {
  // Its own DATA_DIR unless given, so that a test never writes into the checkout's ./data.
  const dataDir = env.DATA_DIR ? undefined : mkdtempSync(join(tmpdir(), 'entente-cli-'));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [ENTENTE_BIN, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...(dataDir ? { DATA_DIR: dataDir } : {}), ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.stdin.end(input ?? '');
    child.on('close', (code) => {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      done({ code, stdout, stderr });
    });
  });
}
