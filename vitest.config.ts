import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The harvester and simulator tests talk real HTTP on 127.0.0.1; give them room on a 2-core box.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // @actions/workflow-parser imports its JSON schema without `with { type: 'json' }`, which Node
    // refuses; inlined, Vite transforms it (test/harness/ uses it).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
