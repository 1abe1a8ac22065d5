// `printf 'https://github.com/o/r\n' | repo-audit harvest -` reads the links from stdin (yargs
// drops a lone `-`; src/cli/stdin-inputs.ts restores it), through the CLI (in-process) against the simulator.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputsWithStdin } from '../../src/cli/stdin-inputs.js';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, TOKEN, tokenEntry } from './helpers/sim.js';

let sim: RunningSimulator;
let tmp: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  tmp = await tempDir();
  sim = await startSimulator({ now: '2026-11-01T00:00:00Z', tokens: [tokenEntry()], repos: [{ repo: 'o/r', stars: 7 }] }, { clock: 'frozen' });
});
afterAll(async () => {
  await sim.close();
  await tmp.remove();
});

const harvestCli = (args: string[], stdin: string) => runCli(['harvest', ...args], { env: { GITHUB_TOKEN: TOKEN }, stdin });

describe('harvest - (stdin)', () => {
  it('keeps a lone - in place and skips the values of options', () => {
    const valued = new Set(['--out', '--cache-dir']);
    expect(inputsWithStdin(['harvest', '--out', 'f.json', '-', 'a.md'], ['a.md'], 'harvest', valued)).toEqual(['-', 'a.md']);
    expect(inputsWithStdin(['harvest', '--cache-dir', '-'], [], 'harvest', valued)).toEqual([]); // "-" is the option's value here
    expect(inputsWithStdin(['harvest', 'a.md'], ['a.md'], 'harvest', valued)).toEqual(['a.md']);
  });

  it("printf 'https://github.com/o/r\\n' | harvest - reads stdin and asks the simulator", async () => {
    const args = ['-', '--api-url', sim.url, '--cache-dir', join(tmp.dir, 'cache'), '--no-web', '--quiet'];
    const { code, stdout, stderr } = await harvestCli(args, 'https://github.com/o/r\n');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { repos: { repo: string }[]; facts: { outcome: string; stars: number | null; via: string }[] };
    expect(out.repos.map((r) => r.repo)).toEqual(['o/r']);
    expect(out.facts).toMatchObject([{ outcome: 'found', stars: 7, via: 'graphql' }]);
    expect(sim.log.entries().some((e) => e.path === '/graphql' && e.graphqlRepos === 1)).toBe(true);
    // Written in pieces (paper, target, answer each), the text is JSON.stringify(file, null, 2)'s, on stdout and with --out.
    expect(stdout).toBe(`${JSON.stringify(out, null, 2)}\n`);
    const file = join(tmp.dir, 'facts.json');
    const again = await harvestCli([...args, '--out', file], 'https://github.com/o/r\nhttps://github.com/o/gone\n');
    expect(again.code).toBe(0);
    const text = await readFile(file, 'utf8');
    const saved = JSON.parse(text) as typeof out & { generatedAt: string };
    expect(text).toBe(`${JSON.stringify(saved, null, 2)}\n`);
    expect(saved.facts.map((f) => f.outcome)).toEqual(['found', 'not-found']);
  });

  it('--config FILE is read (under the command line) and its value is not taken for an input', async () => {
    const config = join(tmp.dir, 'harvest-config.json');
    await writeFile(config, JSON.stringify({ apiUrl: sim.url, web: false, quiet: true }));
    const args = ['--config', config, '-', '--cache-dir', join(tmp.dir, 'cache-config')];
    const { code, stdout, stderr } = await harvestCli(args, 'https://github.com/o/r\nhttps://example.org/page\n');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { facts: { outcome: string; via: string; error: string | null }[] };
    expect(out.facts).toMatchObject([
      { outcome: 'found', via: 'graphql' },
      { outcome: 'unknown', error: 'not checked (--no-web)' },
    ]);
  });
});
