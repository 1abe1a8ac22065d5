// A harvest killed half-way (SIGKILL, through the real CLI) and run again asks for nothing it
// already had; the token appears in no output, log line or file.
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import { githubRef, tempDir, TOKEN, tokenEntry } from './helpers/sim.js';

const N = 30;
const repos = Array.from({ length: N }, (_, i) => `lab/r${i}`);
let sim: RunningSimulator;
let tmp: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  tmp = await tempDir();
  sim = await startSimulator(
    { now: '2026-11-01T00:00:00Z', tokens: [tokenEntry()], latency: { ms: 25, jitterMs: 0 }, repos: repos.map((repo) => ({ repo })) },
    { clock: 'frozen', logFile: join(tmp.dir, 'sim-log.jsonl') },
  );
  await writeFile(join(tmp.dir, 'extract.json'), JSON.stringify({ papers: [], repos: repos.map((r) => githubRef(r)) }));
});
afterAll(async () => {
  await sim.close();
  await tmp.remove();
});

function cli(args: string[], killWhen?: () => Promise<boolean>, signal: NodeJS.Signals = 'SIGKILL'): Promise<{ code: number | null; signal: string | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'harvest', ...args], {
    env: { PATH: process.env.PATH ?? '', GITHUB_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  let timer: NodeJS.Timeout | null = null;
  if (killWhen) {
    let sent = false; // once: a second Ctrl-C is meant to kill outright
    timer = setInterval(() => void killWhen().then((yes) => yes && !sent && (sent = true) && child.kill(signal)), 10);
  }
  const deadline = setTimeout(() => child.kill('SIGKILL'), 25_000);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      if (timer) clearInterval(timer);
      clearTimeout(deadline);
      resolve({ code, signal, out });
    }),
  );
}

const factsFiles = async (dir: string) => (await readdir(join(dir, 'facts')).catch(() => [])).filter((f) => f.endsWith('.json'));

async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await allFiles(p)));
    else out.push(p);
  }
  return out;
}

describe('kill and resume', () => {
  it('resumes from the cache after SIGKILL, asking only for what it did not have; no token anywhere', async () => {
    const cache = join(tmp.dir, 'cache');
    const outFile = join(tmp.dir, 'facts.json');
    const args = [join(tmp.dir, 'extract.json'), '--api-url', sim.url, '--cache-dir', cache, '--batch-size', '1', '--concurrency', '1', '--out', outFile];
    const first = await cli(args, async () => (await factsFiles(cache)).length >= 8);
    expect(first.signal).toBe('SIGKILL');
    const had = (await factsFiles(cache)).length;
    expect(had).toBeGreaterThanOrEqual(8);
    expect(had).toBeLessThan(N);
    await new Promise((r) => setTimeout(r, 200)); // the query in flight at the kill is still answered and logged
    const asked = sim.log.entries().length;

    const second = await cli(args);
    expect(second.code, second.out).toBe(0);
    expect(second.out).toMatch(new RegExp(`resuming the run interrupted since .*: ${had} answers reused`));
    const secondRun = sim.log.entries().slice(asked);
    const gqlRepos = secondRun.filter((e) => e.path === '/graphql').reduce((n, e) => n + e.graphqlRepos, 0);
    expect(gqlRepos).toBe(N - had); // nothing it already had was asked again
    const written = JSON.parse(await readFile(outFile, 'utf8')) as { facts: { outcome: string; via: string }[]; incomplete: unknown };
    expect(written.incomplete).toBeNull();
    expect(written.facts.every((f) => f.outcome === 'found')).toBe(true);
    expect(written.facts.filter((f) => f.via === 'cache')).toHaveLength(had);

    // A third run after a finished one, with --max-age, costs nothing.
    const before = sim.log.entries().length;
    const third = await cli([...args, '--max-age', '24h']);
    expect(third.code).toBe(0);
    expect(sim.log.entries().length).toBe(before);

    for (const text of [first.out, second.out, third.out]) expect(text).not.toContain(TOKEN);
    for (const file of await allFiles(tmp.dir)) {
      if (file.endsWith('extract.json')) continue;
      expect(await readFile(file, 'utf8'), file).not.toContain(TOKEN);
    }
    expect(sim.log.entries().every((e) => e.token !== 'none' && !JSON.stringify(e).includes(TOKEN))).toBe(true);
  });

  it('Ctrl-C (SIGINT) stops cleanly: exit 3, the facts written with the reason, the answers cached', async () => {
    const cache = join(tmp.dir, 'cache-int');
    const outFile = join(tmp.dir, 'facts-int.json');
    const args = [join(tmp.dir, 'extract.json'), '--api-url', sim.url, '--cache-dir', cache, '--batch-size', '1', '--concurrency', '1', '--out', outFile];
    const run = await cli(args, async () => (await factsFiles(cache)).length >= 5, 'SIGINT');
    expect(run.code, run.out).toBe(3);
    expect(run.out).toMatch(/the run could not finish: interrupted; rerun to resume/);
    const written = JSON.parse(await readFile(outFile, 'utf8')) as { facts: { outcome: string }[]; incomplete: { reason: string } };
    expect(written.incomplete.reason).toMatch(/interrupted/);
    const found = written.facts.filter((f) => f.outcome === 'found').length;
    expect(found).toBeGreaterThanOrEqual(5);
    expect(found).toBeLessThan(N);
    expect((await factsFiles(cache)).length).toBe(found);
  });
});
