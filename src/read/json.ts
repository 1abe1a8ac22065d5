// A JSON document: an array of objects (one record each), one object, or a saved extract result
// (`{papers, repos}`), which is handed over whole. Read whole: use JSON Lines for huge inputs.
import type { ExtractResult } from '../types.js';
import type { LineReader, ReadSink } from './reader.js';
import { isPlainObject, jsonErrorPosition, recordFromObject, type LineOfString } from './json-record.js';

export interface JsonSink extends ReadSink {
  extractResult?(result: ExtractResult): void;
}

/** Offsets where each element of a top-level array starts (strings and nesting skipped). */
export function arrayElementOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
    if (depth === 1 && expectValue && c !== ']') {
      offsets.push(i);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1 && c === '[') expectValue = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectValue = true;
  }
  return offsets;
}

function lineAt(text: string, offset: number, lineStarts: number[]): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * The line of each string literal in text[from, to) that may hold a link (it has a dot), by its
 * value: a link's line is the line of the string that holds it. Null for text on one line.
 */
function stringLines(text: string, from: number, to: number, lineStarts: number[]): LineOfString | undefined {
  const nl = text.indexOf('\n', from);
  if (nl === -1 || nl >= to) return undefined;
  const lines = new Map<string, number>();
  for (let i = text.indexOf('"', from); i !== -1 && i < to; i = text.indexOf('"', i + 1)) {
    let end = i + 1;
    let escaped = false;
    for (; end < to && text[end] !== '"'; end++) if (text[end] === '\\') (escaped = true), end++;
    const start = i;
    const literal = text.slice(i, end + 1);
    i = end;
    if (!literal.includes('.')) continue;
    let value = literal.slice(1, -1);
    if (escaped) {
      try {
        value = JSON.parse(literal) as string;
      } catch {
        continue;
      }
    }
    if (!lines.has(value)) lines.set(value, lineAt(text, start, lineStarts));
  }
  return (value) => lines.get(value);
}

/**
 * Recover what can be read of a broken top-level array: each element parsed on its own, the
 * broken ones reported (by offset) and left out as `undefined`.
 */
function parseElements(text: string, offsets: number[], broken: (offset: number) => void): unknown[] {
  return offsets.map((start, i) => {
    const end = offsets[i + 1] ?? text.length;
    const piece = text.slice(start, end).replace(/[\s,]*$/, '');
    const candidates = i === offsets.length - 1 ? [piece.replace(/\]$/, ''), piece] : [piece];
    for (const c of candidates) {
      try {
        return JSON.parse(c) as unknown;
      } catch {
        // try the next candidate
      }
    }
    broken(start);
    return undefined;
  });
}

function isExtractResult(v: unknown): v is ExtractResult {
  return isPlainObject(v) && Array.isArray(v.papers) && Array.isArray(v.repos);
}

export function jsonReader(source: string, sink: JsonSink): LineReader {
  const lines: string[] = [];
  return {
    line(text) {
      lines.push(text);
    },
    end() {
      const text = lines.join('\n');
      if (text.trim() === '') return; // an empty input: reported once as "no papers in …" by the caller
      const lineStarts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
      let value: unknown;
      /** Where each top-level array element starts; scanned once, for recovery or for line numbers. */
      let offsets: number[] | null = null;
      try {
        value = JSON.parse(text);
      } catch (err) {
        if (!text.trimStart().startsWith('[')) {
          const at = jsonErrorPosition(err);
          return sink.problem(at === null ? null : lineAt(text, at, lineStarts), 'malformed JSON; input skipped');
        }
        offsets = arrayElementOffsets(text);
        value = parseElements(text, offsets, (offset) => sink.problem(lineAt(text, offset, lineStarts), 'malformed JSON array element skipped'));
      }
      if (isExtractResult(value) && sink.extractResult) return sink.extractResult(value);
      if (isExtractResult(value)) return value.papers.forEach((p) => sink.record(p));
      if (isPlainObject(value)) return sink.record(recordFromObject(value, source, 1, stringLines(text, 0, text.length, lineStarts)));
      if (!Array.isArray(value)) return sink.problem(1, 'JSON input is neither an object nor an array of objects');
      offsets ??= arrayElementOffsets(text);
      value.forEach((item, i) => {
        const line = lineAt(text, offsets[i] ?? 0, lineStarts);
        if (item === undefined) return; // broken, already reported
        if (!isPlainObject(item)) return sink.problem(line, `array element ${i + 1} is not an object; skipped`);
        const record = recordFromObject(item, source, line, stringLines(text, offsets[i] ?? 0, offsets[i + 1] ?? text.length, lineStarts));
        sink.record(record);
      });
    },
  };
}
