import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { runCli } from './test/cli.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, host: '127.0.0.1', sessionIdleMinutes: 30, sessionAbsoluteHours: 12, secureCookies: false, loadDemo: true });
    expect(c.dataDir).toMatch(/data$/);
  });

  it('turns on secure cookies for an https PUBLIC_URL', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://entente.example.org' }).secureCookies).toBe(true);
  });

  it('lists every wrong variable at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SESSION_IDLE_MINUTES: '0', LOAD_DEMO: 'maybe' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.map((p) => p.split(':')[0]);
      expect(problems.sort()).toEqual(['DATABASE_URL', 'LOAD_DEMO', 'PORT', 'SESSION_IDLE_MINUTES']);
    }
  });

  it('stops the command line with exit code 2 and the list', async () => {
    const res = await runCli(['migrate'], { PORT: 'x', SESSION_ABSOLUTE_HOURS: '-1' });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('PORT');
    expect(res.stderr).toContain('SESSION_ABSOLUTE_HOURS');
  });

  it('answers --help for every command', async () => {
    for (const args of [['--help'], ['serve', '--help'], ['seed', '--help'], ['user', 'create', '--help'], ['audit', 'verify', '--help']]) {
      const res = await runCli(args, {});
      expect(res.code, args.join(' ')).toBe(0);
      expect(res.stdout).toContain('Usage: entente');
    }
  });
});
