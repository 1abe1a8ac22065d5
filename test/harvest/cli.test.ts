import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/options.js';
import { runCli } from '../helpers/run-cli.js';

describe('repo-audit harvest --help', () => {
  it('lists every option with its default, an example and the exit codes', async () => {
    const { stdout: help } = await runCli(['harvest', '--help'], { columns: 200 });
    for (const flag of ['--out', '--token', '--api-url', '--graphql-url', '--cache-dir', '--max-age', '--wait', '--concurrency', '--batch-size', '--allow-private-hosts', '--web', '--quiet'])
      expect(help).toContain(flag);
    expect(help).toContain('--no-web');
    expect(help).toContain(`[default: ${DEFAULTS.batchSize}]`);
    expect(help).toContain(`[default: ${DEFAULTS.cacheDir}]`);
    expect(help).toMatch(/Examples:\s+repo-audit harvest /);
    expect(help).toMatch(/3\s+the run could not finish/);
  });
});
