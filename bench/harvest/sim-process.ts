// Run the simulator in its own process (as `repo-audit sim`), so its CPU does not share the
// harvester's event loop, and read its JSONL request log afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LogEntry, Scenario } from '../../src/sim/index.js';

export interface SimProcess {
  url: string;
  stop(): Promise<LogEntry[]>;
}

export async function startSimProcess(scenario: Scenario, dir: string, name: string): Promise<SimProcess> {
  const file = join(dir, `${name}.scenario.json`);
  const log = join(dir, `${name}.log.jsonl`);
  await writeFile(file, JSON.stringify(scenario));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'sim', '--scenario', file, '--log', log], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    // Loading a scenario of 200,000 repositories takes minutes on a loaded machine.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`simulator did not start: ${text}`));
    }, 600_000);
    child.stdout?.on('data', (d: Buffer) => {
      text += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(text);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`simulator exited (${code}): ${text}`)));
  });
  return {
    url,
    async stop() {
      const closed = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await closed;
      const text = await readFile(log, 'utf8');
      return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as LogEntry);
    },
  };
}

export function summarise(log: LogEntry[]) {
  const graphql = log.filter((e) => /^\/(api\/)?graphql/.test(e.path));
  return {
    requests: log.length,
    graphqlRequests: graphql.length,
    restRequests: log.length - graphql.length,
    points: graphql.reduce((n, e) => n + e.cost, 0),
    restCharged: log.filter((e) => e.resource === 'core').reduce((n, e) => n + e.cost, 0),
    violations: log.filter((e) => e.violation !== null).length,
    busiestRestMinute: busiestMinute(log.filter((e) => e.resource === 'core').map((e) => e.time)),
  };
}

/** The most requests inside any sliding 60 s window (the simulator's clock), for the per-minute limit. */
export function busiestMinute(times: number[]): number {
  const t = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let lo = 0, hi = 0; hi < t.length; hi++) {
    while (t[lo]! <= t[hi]! - 60_000) lo++;
    most = Math.max(most, hi - lo + 1);
  }
  return most;
}
