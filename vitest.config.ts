import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration suites each start their own Azurite / Chromium; two cores, so keep it modest.
    maxWorkers: 2,
  },
});
