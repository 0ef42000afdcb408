// Browser tests alone: `npm run test:e2e`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['server/test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A page answers within seconds on a loaded CI machine, not within vitest's default 1 s.
    expect: { poll: { timeout: 10_000 } },
  },
});
