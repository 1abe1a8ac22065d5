import { describe, expect, it } from 'vitest';
import { createProgress, formatProgress, progressBar } from '../../src/cli/progress.js';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 120, write: (s: string) => (chunks.push(s), true) } as unknown as NodeJS.WritableStream & { isTTY: boolean } };
}

describe('progress', () => {
  it('formats counts, rate and budgets', () => {
    expect(formatProgress({ done: 61, total: 122, cached: 12, graphql: { remaining: 4990, limit: 5000 } }, 8.14)).toBe(
      '61/122 (50%) · 12 cached · 8.1/s · GraphQL 4,990/5,000 left',
    );
    expect(progressBar(1, 4, 8)).toBe('[##------]');
  });

  it('prints plain lines at most once per interval when not a TTY, and the final state once (#9: no duplicate)', () => {
    let t = 0;
    const { chunks, stream } = sink(false);
    const p = createProgress({ stream, now: () => t, intervalMs: 5000, label: 'harvest' });
    p.update({ done: 1, total: 10, cached: 0 });
    t = 1000;
    p.update({ done: 2, total: 10, cached: 0 });
    t = 6000;
    p.update({ done: 5, total: 10, cached: 0 });
    p.notice('a token makes this ~100x cheaper');
    p.done();
    expect(chunks).toEqual([
      'harvest: 1/10 (10%)\n',
      'harvest: 5/10 (50%) · 0.8/s\n',
      'harvest: a token makes this ~100x cheaper\n',
    ]);
  });

  it('redraws one line on a TTY and keeps notices above it; quiet prints nothing', () => {
    const { chunks, stream } = sink(true);
    const p = createProgress({ stream, now: () => 0 });
    p.update({ done: 3, total: 4, cached: 0 });
    p.notice('hello');
    p.done();
    expect(chunks.join('')).toMatch(/^\r\x1b\[2Krepo-audit: \[#{18}-{6}\] 3\/4 \(75%\)/);
    expect(chunks.join('')).toContain('repo-audit: hello\n');
    expect(chunks.at(-1)).toMatch(/\n$/);
    const q = sink(true);
    const quiet = createProgress({ stream: q.stream, quiet: true });
    quiet.update({ done: 1, total: 1, cached: 0 });
    quiet.notice('x');
    quiet.done();
    expect(q.chunks).toEqual([]);
  });
});
