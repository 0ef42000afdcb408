// Runs the real `entente` binary as a child process.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const ENTENTE_BIN = resolve(import.meta.dirname, '../../bin/entente.js');

export function runCli(args: string[], env: Record<string, string>, input?: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [ENTENTE_BIN, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.stdin.end(input ?? '');
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
