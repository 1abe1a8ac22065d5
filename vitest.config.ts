import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The harvester and simulator tests talk real HTTP on 127.0.0.1; give them room on a 2-core box.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
