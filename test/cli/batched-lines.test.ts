// Problems said as they come, in batches when they come fast (src/cli/batched-lines.ts).
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchedLines } from '../../src/cli/batched-lines.js';

afterEach(() => vi.useRealTimers());

function setup() {
  const writes: string[] = [];
  let clock = 1_000;
  const lines = batchedLines({ write: (text: string) => writes.push(text) }, () => clock);
  return { writes, lines, advance: (ms: number) => (clock += ms) };
}

describe('batchedLines', () => {
  it('writes a line after a quiet spell at once, and holds the ones that follow it closely', () => {
    const { writes, lines, advance } = setup();
    lines.write('a\n');
    expect(writes).toEqual(['a\n']);
    advance(50);
    lines.write('b\n');
    lines.write('c\n');
    expect(writes).toEqual(['a\n']);
    advance(200);
    // After the quiet spell: what waited, and this one, in one write.
    lines.write('d\n');
    expect(writes).toEqual(['a\n', 'b\nc\nd\n']);
    advance(10);
    lines.write('e\n');
    lines.flush();
    expect(writes).toEqual(['a\n', 'b\nc\nd\n', 'e\n']);
    lines.flush();
    expect(writes).toHaveLength(3);
  });

  it('writes a burst 64 KiB at a time', () => {
    const { writes, lines } = setup();
    lines.write('first\n');
    const line = `${'x'.repeat(99)}\n`;
    for (let i = 0; i < 2000; i++) lines.write(line);
    // 2,000 lines of 100 characters: three batches of 656 lines, the rest waits.
    expect(writes.slice(1).map((w) => w.length)).toEqual([65_600, 65_600, 65_600]);
    lines.flush();
    expect(writes.join('')).toBe(`first\n${line.repeat(2000)}`);
  });

  it('asks to wait once the stream asks, until it drains', async () => {
    const stream = Object.assign(new EventEmitter(), { full: false, writes: 0, write: (_text: string) => (stream.writes++, !stream.full) });
    const lines = batchedLines(stream);
    lines.write('a\n');
    expect(lines.ready()).toBeNull();
    stream.full = true;
    lines.write(`${'x'.repeat(70_000)}\n`);
    const wait = lines.ready();
    expect(wait).toBeInstanceOf(Promise);
    // Asked again before the drain: the same wait.
    lines.write(`${'y'.repeat(70_000)}\n`);
    expect(lines.ready()).toBe(wait);
    stream.full = false;
    stream.emit('drain');
    await wait;
    expect(lines.ready()).toBeNull();
    expect(stream.writes).toBe(3);
    // A stream that closes instead (`2>&1 | head` ended) is not waited for.
    stream.full = true;
    lines.write(`${'z'.repeat(70_000)}\n`);
    const closed = lines.ready();
    stream.emit('close');
    await closed;
    expect(lines.ready()).toBeNull();
    expect(stream.listenerCount('drain') + stream.listenerCount('error')).toBe(0);
  });

  it('writes what waits when the event loop gets to its timer', () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    const lines = batchedLines({ write: (text: string) => writes.push(text) });
    lines.write('a\n');
    lines.write('b\n');
    expect(writes).toEqual(['a\n']);
    vi.advanceTimersByTime(250);
    expect(writes).toEqual(['a\n', 'b\n']);
  });
});
