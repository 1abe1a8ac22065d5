// `repo-audit sim` as a user runs it: prints where it listens, serves, stops on SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { smallScenario, TOKEN } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'sim', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 20 s: ${stdout} ${stderr}`)), 20_000);
    child.stdout.on('data', () => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (m) (clearTimeout(timer), resolve(m[1]!));
    });
    void exited.then(() => (clearTimeout(timer), reject(new Error(`exited: ${stderr}`))));
  });
  return { child, exited, listening, out: () => stdout, err: () => stderr };
}

describe('repo-audit sim', () => {
  it('prints the base URL and env lines, serves until SIGTERM, logs JSONL', async () => {
    const scenario = join(dir, 'small.json');
    const log = join(dir, 'log.jsonl');
    writeFileSync(scenario, JSON.stringify(smallScenario()));
    const p = run(['--scenario', scenario, '--log', log]);
    try {
      const url = await p.listening;
      expect(p.out()).toContain(`export GITHUB_API_URL=${url}\n`);
      expect(p.out()).toContain(`export GITHUB_GRAPHQL_URL=${url}/graphql\n`);
      expect(p.out()).toContain(`export GITHUB_TOKEN=${TOKEN}`);
      const res = await fetch(`${url}/repos/openlab/focus-detr`, { headers: { authorization: `token ${TOKEN}` } });
      expect(((await res.json()) as { full_name: string }).full_name).toBe('OpenLab/Focus-DETR');
    } finally {
      p.child.kill('SIGTERM');
    }
    expect(await p.exited).toBe(0);
    expect(p.err()).toMatch(/simulator stopped: 1 requests \(1 REST, 0 GraphQL; 200: 1\), 0 limit violation/);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('rejects a bad scenario with one line naming the file and field, exit 2', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ repos: [{ repo: 'a/b', state: 'lost' }] }));
    const p = run(['--scenario', bad]);
    p.listening.catch(() => {});
    expect(await p.exited).toBe(2);
    expect(p.err().trim().split('\n')).toHaveLength(1);
    expect(p.err()).toContain(`${bad}: repos[0].state: `);
  });
});
