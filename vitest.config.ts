import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'electron/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tests/cli/**/*.test.ts',
    ],
    // The bin tests run the built command, as an installed `verso` would.
    globalSetup: ['tests/support/build-cli-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
