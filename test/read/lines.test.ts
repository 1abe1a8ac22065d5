import { describe, expect, it } from 'vitest';
import { countLines, decodeLines, eachLine, firstBytes, splitLines, streamLines, type FirstBytes } from '../../src/read/lines.js';
import { tuning } from '../../src/read/tuning.js';

async function collect(chunks: Buffer[], maxLine?: number, only?: FirstBytes): Promise<{ lines: [number, string][]; problems: [number | null, string][] }> {
  const lines: [number, string][] = [];
  const problems: [number | null, string][] = [];
  await streamLines(
    (async function* () {
      yield* chunks;
    })(),
    { lines: (batch, first) => batch.forEach((l, i) => lines.push([first + i, l])), problem: (line, m) => problems.push([line, m]) },
    maxLine,
    only,
  );
  return { lines, problems };
}

describe('streamLines', () => {
  const text = 'first\r\nsecond ünïcode\n\nfourth — dash\nlast without newline';
  const bytes = Buffer.from(text, 'utf8');
  const expected = text.split('\n').map((l, i) => [i + 1, l.replace(/\r$/, '')]);

  it.each([1, 2, 3, 5, 7, 64])('gives the same numbered lines whatever the chunk size (%i bytes)', async (size) => {
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
    expect((await collect(chunks)).lines).toEqual(expected);
  });

  it('drops a BOM and names the first line with invalid UTF-8', async () => {
    const bad = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ok\nbad '), Buffer.from([0xc3, 0x28]), Buffer.from('\nok\n')]);
    const { lines, problems } = await collect([bad.subarray(0, 4), bad.subarray(4)]);
    expect(lines.map((l) => l[1])).toEqual(['ok', 'bad \uFFFD(', 'ok']);
    expect(problems).toEqual([[2, 'invalid UTF-8 replaced with U+FFFD']]);
  });
});

describe('eachLine', () => {
  const batch = Buffer.concat([Buffer.from('ascii\r\nünïcode\n\nbad '), Buffer.from([0xc3, 0x28]), Buffer.from('\nbad again '), Buffer.from([0xff]), Buffer.from('\nlast')]);

  it('hands over the lines decodeLines gives, one at a time, numbered from `first`', () => {
    const seen: [number, string][] = [];
    const count = eachLine(batch, 7, { problem: () => {} }, { badUtf8: false }, (line, no) => seen.push([no, line]));
    const lines = decodeLines(batch, 7, { problem: () => {} }, { badUtf8: false });
    expect(seen).toEqual(lines.map((l, i) => [7 + i, l]));
    expect(seen.map((s) => s[1])).toEqual(['ascii', 'ünïcode', '', 'bad \uFFFD(', 'bad again \uFFFD', 'last']);
    expect(count).toBe(6);
  });

  it('names the first line with invalid UTF-8 before it hands over any line, and only once per input', () => {
    const events: string[] = [];
    const state = { badUtf8: false };
    const sink = { problem: (line: number | null, message: string) => events.push(`${line}: ${message}`) };
    eachLine(batch, 1, sink, state, (_, no) => events.push(`line ${no}`));
    expect(events.slice(0, 2)).toEqual(['4: invalid UTF-8 replaced with U+FFFD', 'line 1']);
    expect(events.filter((e) => e.includes('UTF-8'))).toHaveLength(1);
    eachLine(batch, 7, sink, state, () => {});
    expect(events.filter((e) => e.includes('UTF-8'))).toHaveLength(1);
  });
});

describe('streamLines: over-long lines', () => {
  it('reports and skips a line longer than the limit, numbering the rest right', async () => {
    const big = Buffer.alloc(512 * 1024, 0x61);
    const chunks = [Buffer.from('one\n'), big, big, big, Buffer.from('x\nthree\n')];
    const { lines, problems } = await collect(chunks, 1024 * 1024);
    expect(problems).toEqual([[2, 'line longer than 1 MiB skipped']]);
    expect(lines).toEqual([[1, 'one'], [3, 'three']]);
  });
});

describe('streamLines: only the lines a pass wants', () => {
  // Led by `[` after blanks, or by a byte beyond ASCII (a no-break space, say): wanted; blank lines never.
  const text = '[a]: x\r\n  [b]: y\n- item [c]\n\n \t \n\u00a0[d]: z\nnaïve\n\t[e]\r\nlast';
  const bytes = Buffer.from(text, 'utf8');
  const all = text.split('\n').map((l, i): [number, string] => [i + 1, l.replace(/\r$/, '')]);
  const wanted = all.filter(([, l]) => /^[ \t\v\f\r]*(?:\[|[^\x00-\x7f])/.test(l));

  it.each([1, 2, 3, 7, 64])('hands over the wanted lines with their numbers whatever the chunk size (%i bytes)', async (size) => {
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
    const { lines } = await collect(chunks, undefined, firstBytes('['));
    expect(lines).toEqual(wanted);
    expect(lines.map(([no]) => no)).toEqual([1, 2, 6, 8]);
  });

  it('still names the first line with invalid UTF-8, wanted or not', async () => {
    const bad = Buffer.concat([Buffer.from('[ok]\nbad '), Buffer.from([0xc3, 0x28]), Buffer.from('\n[x] '), Buffer.from([0xff]), Buffer.from('\n')]);
    const { lines, problems } = await collect([bad], undefined, firstBytes('['));
    expect(lines).toEqual([[1, '[ok]'], [3, '[x] \uFFFD']]);
    expect(problems).toEqual([[2, 'invalid UTF-8 replaced with U+FFFD']]);
  });
});

describe('streamLines: a long line in pieces, decoded', () => {
  it('hands the pieces and the line\'s end as text that joins up to the line; nothing skipped', async () => {
    const long = `{"title": "${'ünï 🚀 '.repeat(700)}"}`;
    const bytes = Buffer.from(`first\n${long}\nlast\n`, 'utf8');
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 33) chunks.push(bytes.subarray(i, i + 33));
    const saved = tuning.linePieceBytes;
    tuning.linePieceBytes = 100;
    const got: string[] = [];
    const problems: string[] = [];
    let pieces = 0;
    try {
      await streamLines(
        (async function* () {
          yield* chunks;
        })(),
        {
          lines: (batch, first) => batch.forEach((l, i) => got.push(`${first + i}:${l}`)),
          piece: (text, no) => void (pieces++, got.push(`${no}+${text}`)),
          problem: (_line, m) => void problems.push(m),
        },
        1000,
      );
    } finally {
      tuning.linePieceBytes = saved;
    }
    expect(problems).toEqual([]);
    expect(pieces).toBeGreaterThan(10);
    // Line 2 is its pieces (`2+…`) and then its end (`2:…`).
    const lineTwo = got.filter((g) => g.startsWith('2+') || g.startsWith('2:')).map((g) => g.slice(2)).join('');
    expect(lineTwo).toBe(long);
    expect(got[0]).toBe('1:first');
    expect(got.at(-1)).toBe('3:last');
  });
});

describe('splitLines: a long line in pieces, to a reader that takes them', () => {
  /** What a reader taking pieces sees: pieces and batches in order, each with its first line's number. */
  async function pieces(chunks: Buffer[], pieceBytes: number, maxLine: number) {
    const seen: ['piece' | 'batch', number, Buffer][] = [];
    const problems: string[] = [];
    const saved = tuning.linePieceBytes;
    tuning.linePieceBytes = pieceBytes;
    try {
      await splitLines(
        (async function* () {
          yield* chunks;
        })(),
        {
          batch: (bytes, first) => (seen.push(['batch', first, Buffer.from(bytes)]), countLines(bytes)),
          piece: (bytes, no) => void seen.push(['piece', no, Buffer.from(bytes)]),
          problem: (_line, m) => void problems.push(m),
        },
        maxLine,
      );
    } finally {
      tuning.linePieceBytes = saved;
    }
    return { seen, problems };
  }

  it('hands over a line longer than the limit as it comes, whole in the end, never cut inside a UTF-8 sequence', async () => {
    const long = `[${'"日本語🚀 ü", '.repeat(400)}"end"]`;
    const text = `before\n${long}\nafter\n`;
    const bytes = Buffer.from(text, 'utf8');
    for (const size of [1, 5, 64]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      // A limit far below the long line: without pieces it would be skipped.
      const { seen, problems } = await pieces(chunks, 100, 1000);
      expect(problems).toEqual([]);
      expect(seen.filter(([kind]) => kind === 'piece').length).toBeGreaterThan(10);
      // Every piece is line 2, is valid UTF-8 on its own, and the pieces with what follows them up to the newline are the line.
      for (const [kind, no, b] of seen) if (kind === 'piece') expect([no, b.toString('utf8').includes('\uFFFD')]).toEqual([2, false]);
      const lineTwo = Buffer.concat(seen.flatMap(([kind, no, b]) => (kind === 'piece' ? [b] : no === 2 ? [b.subarray(0, b.indexOf(10) === -1 ? b.length : b.indexOf(10))] : []))).toString('utf8');
      expect(lineTwo).toBe(long);
    }
  });
});

describe('splitLines: a line past the limit, to a reader without pieces', () => {
  it('hands it as it comes to overLong (whole, never cut inside a UTF-8 sequence) and numbers the rest right', async () => {
    const long = `${'日本語🚀 ü https://github.com/a/b '.repeat(100)}end`;
    const bytes = Buffer.from(`before\n${long}\r\nafter\nlast`, 'utf8');
    for (const size of [1, 5, 64]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const lines: string[] = [];
      const overLong: Buffer[] = [];
      const ends: number[] = [];
      const problems: string[] = [];
      await splitLines(
        (async function* () {
          yield* chunks;
        })(),
        {
          batch: (b, first) => (b.toString('utf8').split('\n').forEach((l, i) => lines.push(`${first + i}:${l}`)), countLines(b)),
          overLong: { piece: (b, no) => void (expect(no).toBe(2), overLong.push(Buffer.from(b))), end: (no) => void ends.push(no) },
          problem: (line, m) => void problems.push(`${line}: ${m}`),
        },
        1000,
      );
      expect(problems).toEqual(['2: line longer than 1000 bytes read as plain text, a record of its own']);
      for (const piece of overLong) expect(piece.toString('utf8')).not.toContain('\uFFFD');
      expect(Buffer.concat(overLong).toString('utf8')).toBe(long);
      expect(ends).toEqual([2]);
      expect(lines).toEqual(['1:before', '3:after', '4:last']);
    }
  });

  it('finds it past the limit in the chunk that ends it, and leaves out the CR of its CRLF', async () => {
    const long = `${'x'.repeat(990)} https://g`; // 1,001 bytes
    const bytes = Buffer.from(`before\n${long}\r\nafter\n`);
    const crAt = bytes.indexOf(13);
    // The line is at most 1,000 bytes until the chunk that brings its end: all but its CR, then the rest.
    for (const cut of [crAt + 1, crAt]) {
      const overLong: Buffer[] = [];
      const lines: string[] = [];
      const problems: string[] = [];
      await splitLines(
        (async function* () {
          yield bytes.subarray(0, cut);
          yield bytes.subarray(cut);
        })(),
        {
          batch: (b, first) => (b.toString('utf8').split('\n').forEach((l, i) => lines.push(`${first + i}:${l}`)), countLines(b)),
          overLong: { piece: (b) => void overLong.push(Buffer.from(b)), end: () => {} },
          problem: (line, m) => void problems.push(`${line}: ${m}`),
        },
        1000,
      );
      expect(problems).toEqual(['2: line longer than 1000 bytes read as plain text, a record of its own']);
      expect(Buffer.concat(overLong).toString('utf8')).toBe(long);
      expect(lines).toEqual(['1:before', '3:after']);
    }
  });
});
