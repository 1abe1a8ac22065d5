// Reading a big snapshot.json piece by piece (`merge` of shards of 50,000 repositories), in the
// layout report/json.ts snapshotJsonChunks writes: `{`, then one top-level field per line at
// indent 2 — `repos` and `papers` as `  "repos": [` with one element per `    {` … `    }` block —
// then `}`. JSON strings hold no raw newline, so lines split it safely. A file in another layout
// (edited by hand, or written compactly) is read whole, as `report` reads one.
import { readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { SnapshotFileError } from '../errors.js';
import type { PaperRecord, Snapshot, SnapshotRepo } from '../types.js';
import { PaperShape, parseSnapshot, readSnapshotText, RepoShape, SnapshotHeadShape, shapeProblem } from './snapshot-file.js';

/** Every top-level field of a snapshot but its two long lists. */
export type SnapshotHead = Omit<Snapshot, 'repos' | 'papers'>;

/** Where an element's text is in its file (its bytes, from its `{` to its `}`). */
export interface ElementPlace {
  offset: number;
  length: number;
}

/**
 * What to do with each element of the long lists; a list without a handler is skipped unparsed.
 * `place` is null for a file read whole (not in snapshotJsonChunks' layout).
 */
export interface ListHandlers {
  repos?: (repo: SnapshotRepo, place: ElementPlace | null) => void;
  papers?: (paper: PaperRecord, place: ElementPlace | null) => void;
}

type ListName = keyof ListHandlers;
const LISTS: readonly ListName[] = ['repos', 'papers'];

/** Thrown (internally) when the file is not in snapshotJsonChunks' layout: it is read whole instead. */
const OTHER_LAYOUT = new Error('not in the layout snapshot.json is written in');
const otherLayout = (): never => {
  throw OTHER_LAYOUT;
};

/** A snapshot file opened for reading piece by piece: its head now, its lists on demand. */
export interface SnapshotReader {
  path: string;
  head: SnapshotHead;
  /** Hands every element of the lists to `handlers`, checked like readSnapshot checks a whole file. */
  lists(handlers: ListHandlers): Promise<void>;
}

/**
 * Reads a snapshot's head, checking the whole file's layout on the way (its lists are skipped
 * unparsed), so `lists` later never meets a file it cannot read line by line half-way. Holds one
 * element's text at a time, never the file's. Throws SnapshotFileError naming the file, and the
 * line when it is known. `chunkBytes`: how much is read at a time (1 MiB; tests make it small).
 */
export async function openSnapshot(path: string, options: { chunkBytes?: number } = {}): Promise<SnapshotReader> {
  const chunkBytes = options.chunkBytes ?? 1 << 20;
  try {
    const head = await scan(path, {}, chunkBytes);
    return {
      path,
      head,
      lists: async (handlers) => {
        await scan(path, handlers, chunkBytes).catch((err: unknown) => {
          throw err === OTHER_LAYOUT ? new SnapshotFileError(path, 'changed while it was read', 'changed', { cause: err }) : err;
        });
      },
    };
  } catch (err) {
    if (err !== OTHER_LAYOUT) throw err;
    // Another layout: read whole (as `report` reads a snapshot), once for the head, once for the lists.
    const { repos: _repos, papers: _papers, ...head } = parseSnapshot(await readSnapshotText(path), path);
    return {
      path,
      head,
      lists: async (handlers) => {
        const { repos, papers } = parseSnapshot(await readSnapshotText(path), path);
        for (const r of repos) handlers.repos?.(r, null);
        for (const p of papers) handlers.papers?.(p, null);
      },
    };
  }
}

/**
 * An element read back from its place in an open file (synchronously: a report writer asks for one
 * at a time). Read through a descriptor opened before, so a file renamed over it meanwhile (the
 * merged snapshot written where a shard's was) does not change what is read.
 */
export function readElement(fd: number, path: string, place: ElementPlace): unknown {
  const buf = Buffer.allocUnsafe(place.length);
  for (let got = 0, n = 1; got < place.length && n > 0; got += n) n = readSync(fd, buf, got, place.length - got, place.offset + got);
  try {
    return JSON.parse(buf.toString('utf8'));
  } catch (err) {
    throw new SnapshotFileError(path, 'changed while it was read', 'changed', { cause: err });
  }
}

/** A line of the file: bytes [start, end) of `buf` (without its newline), its 1-based number, and where `buf` starts in the file. */
type LineHandler = (buf: Buffer, start: number, end: number, n: number, base: number) => void;

const NEWLINE = 0x0a;
const SPACE = 0x20;

/**
 * Calls `onLine` for every line, without making a string of it (the lists' lines are most of a
 * big file; only the elements handed on are decoded). `onChunkEnd(buf, end)` says the bytes of
 * `buf` before `end` are about to be dropped: the rest (a part line) moves to the next buffer's start.
 */
async function eachLine(path: string, chunkBytes: number, onLine: LineHandler, onChunkEnd: (buf: Buffer, end: number) => void): Promise<number> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw readError(path, err);
  }
  let n = 0;
  let base = 0;
  let rest = Buffer.alloc(0);
  try {
    const chunk = Buffer.allocUnsafe(chunkBytes);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      const buf = rest.length ? Buffer.concat([rest, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
      let from = 0;
      for (let at = buf.indexOf(NEWLINE, from); at >= 0; at = buf.indexOf(NEWLINE, from)) {
        onLine(buf, from, at, ++n, base);
        from = at + 1;
      }
      onChunkEnd(buf, from);
      rest = Buffer.from(buf.subarray(from)); // a copy: `chunk` is read into again
      base += from;
    }
  } catch (err) {
    throw err === OTHER_LAYOUT || err instanceof SnapshotFileError ? err : readError(path, err);
  } finally {
    await handle.close();
  }
  if (rest.length) onLine(rest, 0, rest.length, ++n, base);
  return n;
}

function readError(path: string, err: unknown): SnapshotFileError {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? new SnapshotFileError(path, 'no such file', 'missing', { cause: err })
    : new SnapshotFileError(path, `cannot be read (${code ?? 'error'})`, 'unreadable', { cause: err });
}

/** Whether the line is exactly `text` (an ASCII literal). */
function is(buf: Buffer, start: number, end: number, text: string): boolean {
  if (end - start !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (buf[start + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Whether the line starts with at least `spaces` spaces. */
function indented(buf: Buffer, start: number, end: number, spaces: number): boolean {
  if (end - start < spaces) return false;
  for (let i = start; i < start + spaces; i++) if (buf[i] !== SPACE) return false;
  return true;
}

const FIELD = /^ {2}"([^"\\]+)": (.*)$/;
const VALUE_END = ['  }', '  },', '  ]', '  ],'];

async function scan(path: string, handlers: ListHandlers, chunkBytes: number): Promise<SnapshotHead> {
  const head: Record<string, unknown> = {};
  let state = 'start' as 'start' | 'fields' | 'list' | 'end';
  // The top-level field being read (its text so far), or the list being read and its element.
  let field: { name: string; text: string } | null = null;
  let list: List | null = null;
  // An element handed on: its first line, where it starts in the file and in the current buffer, its bytes from earlier buffers.
  let item: { line: number; offset: number; start: number; pieces: Buffer[] } | null = null;
  let inItem = false;
  const closeField = (): void => {
    if (!field) return;
    try {
      head[field.name] = JSON.parse(field.text.replace(/,$/, ''));
    } catch {
      otherLayout();
    }
    field = null;
  };
  const onLine: LineHandler = (buf, start, end, n, base) => {
    if (state === 'list') {
      const current = list!;
      if (inItem) {
        if (is(buf, start, end, '    }') || is(buf, start, end, '    },')) {
          if (item) {
            const last = is(buf, start, end, '    },') ? end - 1 : end;
            item.pieces.push(buf.subarray(item.start, last));
            const place = { offset: item.offset, length: base + last - item.offset };
            handItem(path, current, item.line, Buffer.concat(item.pieces).toString('utf8'), place);
            item = null;
          }
          current.index++;
          inItem = false;
        } else if (!indented(buf, start, end, 6)) otherLayout();
      } else if (is(buf, start, end, '    {')) {
        inItem = true;
        if (current.handler) item = { line: n, offset: base + start, start, pieces: [] };
      } else if (is(buf, start, end, '  ]') || is(buf, start, end, '  ],')) {
        if (current.index === 0) otherLayout(); // an empty list is written `[]`
        head[current.name] = LIST_SEEN;
        list = null;
        state = 'fields';
      } else otherLayout();
      return;
    }
    const line = buf.toString('utf8', start, end);
    if (state === 'start') {
      if (line !== '{') otherLayout();
      state = 'fields';
    } else if (state === 'fields') {
      const m = FIELD.exec(line);
      if (m) {
        closeField();
        const [, name, rest] = m as unknown as [string, string, string];
        if ((name === 'repos' || name === 'papers') && rest === '[') {
          list = { name, index: 0, handler: handlers[name] as List['handler'] };
          state = 'list';
        } else field = { name, text: rest };
      } else if (line === '}') {
        closeField();
        state = 'end';
      } else if (field && (line.startsWith('    ') || VALUE_END.includes(line))) {
        // A multi-line value: its inner lines are indented further, its last closes at indent 2.
        field.text += `\n${line}`;
      } else otherLayout();
    } else if (line !== '') otherLayout();
  };
  const onChunkEnd = (buf: Buffer, end: number): void => {
    if (!item) return;
    item.pieces.push(Buffer.from(buf.subarray(item.start, end)));
    item.start = 0;
  };
  const lines = await eachLine(path, chunkBytes, onLine, onChunkEnd);
  if (state !== 'end') throw new SnapshotFileError(path, 'the file ends here, in the middle of the snapshot (cut short?)', 'invalid', { line: lines });
  for (const name of LISTS) {
    if (head[name] === undefined) otherLayout();
    delete head[name];
  }
  const checked = SnapshotHeadShape.safeParse(head);
  if (!checked.success) throw new SnapshotFileError(path, shapeProblem(checked.error));
  return head as unknown as SnapshotHead;
}

/** Marks a list seen (its elements went to the handlers), so the head's check can tell it was there. */
const LIST_SEEN = Symbol('list');

interface List {
  name: ListName;
  index: number;
  handler: ((value: unknown, place: ElementPlace) => void) | undefined;
}

function handItem(path: string, list: List, line: number, text: string, place: ElementPlace): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new SnapshotFileError(path, `not JSON (${(err as Error).message})`, 'invalid', { line });
  }
  const checked = (list.name === 'repos' ? RepoShape : PaperShape).safeParse(value);
  if (!checked.success) throw new SnapshotFileError(path, shapeProblem(checked.error, `${list.name}.${list.index}`), 'invalid', { line });
  list.handler!(value, place);
}
