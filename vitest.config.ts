import { defineConfig } from 'vitest/config';

// Unit tests: shared/, the store and the main-process modules, in plain Node.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
    testTimeout: 30_000,
  },
});
