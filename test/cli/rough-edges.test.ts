// Issue #9 item 11: progress says nothing before the plan line and the final line once;
// `repo-audit sim --scenario NAME` finds the bundled scenarios from any directory.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import { runCli } from '../fixtures/cli.js';

const TOKEN = 'sim_token_rough_edges_01';
let dir: string;
let sim: RunningSimulator;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-edges-'));
  writeFileSync(join(dir, 'papers.md'), '- https://github.com/lab/a\n- https://github.com/lab/b\n');
  sim = await startSimulator({ tokens: [{ token: TOKEN, login: 'lab' }], repos: [{ repo: 'lab/a' }, { repo: 'lab/b' }] });
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('rough edges', () => {
  it('no 0/N before the plan line, and the final progress line once', async () => {
    const r = await runCli(['audit', join(dir, 'papers.md'), '--api-url', sim.url, '--graphql-url', sim.graphqlUrl, '--no-web', '--cache-dir', join(dir, 'c'), '--out', join(dir, 'o')], { GITHUB_TOKEN: TOKEN });
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^audit: 2 GitHub targets need ~1 GraphQL point in 1 query/);
    expect(lines.filter((l) => /^audit: 2\/2 \(100%\)/.test(l))).toHaveLength(1);
    expect(r.stderr).not.toMatch(/0\/2 \(0%\)/);
  });

  it('sim --scenario hf-papers finds the bundled scenario from another directory', async () => {
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), resolve('src/cli/main.ts'), 'sim', '--scenario', 'hf-papers'], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: tmpdir() } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const started = await new Promise<boolean>((done) => {
      const timer = setTimeout(() => done(false), 25_000);
      child.stdout.on('data', () => /listening on http:\/\/127\.0\.0\.1:\d+/.test(out) && (clearTimeout(timer), done(true)));
      child.on('close', () => (clearTimeout(timer), done(false)));
    });
    child.kill('SIGTERM');
    expect(started, out).toBe(true);
    expect(out).toMatch(/scenario .*examples\/scenarios\/hf-papers\.json: \d+ repositories/);
  });
});
