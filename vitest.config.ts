import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/build-cli.ts'],
    testTimeout: 60_000,
    // Most tests wait on processes, Chromium or PostgreSQL: two files at a time keep both cores busy.
    maxWorkers: 2,
    hookTimeout: 120_000,
  },
});
