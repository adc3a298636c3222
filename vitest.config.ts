import { defineConfig } from 'vitest/config';

// One id per test run, inherited by the workers: they share one PGlite template.
process.env.PLANVIS_TEST_RUN ??= String(process.pid);
// Every API answer is checked against its contract schema in tests (src/api/operation-route.ts).
process.env.PLANVIS_VALIDATE_RESPONSES = '1';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    pool: 'forks',
    globalSetup: ['src/db/testing/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
