import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Generous: the browser and Azurite suites share two cores with the rest; a slow step is not a failure.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // Integration suites each start their own Azurite / Chromium; two cores, so keep it modest.
    maxWorkers: 2,
  },
});
