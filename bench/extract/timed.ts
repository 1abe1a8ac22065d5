// One command under GNU time, for the extraction benchmarks (run.ts, many-files.ts, hostile.ts).
import { spawnSync } from 'node:child_process';

export interface Timing {
  /**
   * Wall seconds, from Node's monotonic clock around the spawn (GNU time's `%e` has 0.01 s
   * steps: ripgrep's 0.02 s on a 64 MiB file made ratios of 12–200× that said little, run 61).
   * It includes starting /usr/bin/time itself, ~1 ms.
   */
  wall: number;
  /** CPU seconds, user + system (GNU time's, in 0.01 s steps). */
  cpu: number;
  /** Peak RSS of the command, MiB. */
  rssMib: number;
  /** Its exit status (`timeout`'s 124 when it ran too long). */
  code: number | null;
  /** What it wrote to stderr, without time's line. */
  stderr: string;
}

/**
 * Run `cmd` under `/usr/bin/time` and read what time printed last. Its output goes to /dev/null,
 * or to the file open as `stdout` (a descriptor: stdout redirected to a file).
 */
export function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, stdout: number | 'ignore' = 'ignore'): Timing {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %U %S %M', cmd, ...args], { encoding: 'utf8', env, stdio: ['ignore', stdout, 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const lines = (r.stderr ?? '').trim().split('\n');
  const line = lines.filter((l) => l.startsWith('TIME ')).at(-1);
  if (!line) throw new Error(`${cmd}: no timing (exit ${r.status}): ${(r.stderr ?? '').slice(-2000)}`);
  const [user, sys, kb] = line.slice(5).split(' ').map(Number);
  return { wall, cpu: user! + sys!, rssMib: kb! / 1024, code: r.status, stderr: lines.filter((l) => !l.startsWith('TIME ')).join('\n') };
}
