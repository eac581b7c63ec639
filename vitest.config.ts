import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Every test must assert something that could fail.
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        // Inline projects inherit the root options (requireAssertions) only with `extends: true`.
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Builds the SvelteKit app first when build/ is missing or stale.
          globalSetup: ['tests/browser/global-setup.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
