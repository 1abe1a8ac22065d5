// Command-line inputs → the files to read: files as given, directories walked recursively,
// globs expanded (tinyglobby: `*`, `**`, `?`, `[abc]`, `{a,b}`, `\` escapes), `!pattern` to leave
// files out, `-` for stdin. Missing paths, empty directories and globs without a match become problems.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { cmp } from '../util/cmp.js';
import { INPUT_EXTENSIONS, PLAIN_EXTENSIONS } from './detect.js';

export interface InputFile {
  /** The path to show (as given, or as found under a given directory); `-` for stdin. */
  source: string;
  /** A named pipe (`<(…)`): read once, as a stream, and nothing to write back to (`fix`). */
  pipe?: true;
}

export interface ExpandedInputs {
  files: InputFile[];
  problems: { source: string; message: string }[];
}

/** What a directory walk or a glob never picks up: `node_modules`, `.git` and hidden directories. */
const SKIPPED = ['**/node_modules/**', '**/.git/**', '**/.*/**'];

/** Hidden files count (only hidden directories are skipped); symbolic links are not followed (no loops). */
const CRAWL = { dot: true, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false, ignore: SKIPPED } as const;

/** A path segment with glob syntax in it, escapes included (`\*` is a glob for a literal `*`). */
const isGlobSegment = (segment: string): boolean => isDynamicPattern(segment) || segment.includes('\\');

/** Walk order: by name at each level, a directory's files and subdirectories side by side (`b/c.md` before `b.md`). */
function walkOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = cmp(x[i]!, y[i]!);
    if (c !== 0) return c;
  }
  return x.length - y.length;
}

/** The files under `base` matching `pattern` (relative to it), in walk order, as `base/…` paths. */
async function crawl(base: string, pattern: string): Promise<string[]> {
  const found = await glob(pattern, { ...CRAWL, cwd: base }).catch(() => []);
  return found.sort(walkOrder).map((rel) => path.join(base, rel));
}

/** A glob's matches: crawled from its last directory without glob syntax, shown as typed (`./` dropped). */
function expandGlob(pattern: string): Promise<string[]> {
  const parts = pattern.split('/');
  const firstGlob = parts.findIndex(isGlobSegment);
  const base = parts.slice(0, firstGlob).join('/') || (pattern.startsWith('/') ? '/' : '.');
  return crawl(base, parts.slice(firstGlob).join('/'));
}

const hasInputExtension = (p: string) => INPUT_EXTENSIONS.some((ext) => p.toLowerCase().endsWith(ext));

/** `!pattern` inputs: a test for the paths they leave out (as shown, or relative to the working directory). */
function exclusions(inputs: string[]): (file: string) => boolean {
  const patterns = inputs.filter((i) => i.startsWith('!') && i.length > 1).map((i) => i.slice(1).replace(/^\.\//, ''));
  if (patterns.length === 0) return () => false;
  const excluded = picomatch(patterns, { dot: true });
  return (file) => excluded(file) || excluded(path.relative('.', file));
}

export async function expandInputs(inputs: string[]): Promise<ExpandedInputs> {
  const files: InputFile[] = [];
  const problems: ExpandedInputs['problems'] = [];
  const excluded = exclusions(inputs);
  const add = (found: string[], pipe = false) => {
    for (const f of found) if (!excluded(f)) files.push(pipe ? { source: f, pipe } : { source: f });
  };
  for (const input of inputs) {
    if (input === '-') {
      files.push({ source: '-' });
      continue;
    }
    if (input.startsWith('!') && input.length > 1) continue; // an exclusion (above), not an input
    // Glob syntax makes a glob (`papers/*.md` even beside a file named `*.md`, which `papers/\*.md`
    // names); a path with such characters that matches nothing as a glob is still read as itself.
    const matched = isGlobSegment(input) ? await expandGlob(input) : [];
    if (matched.length > 0) {
      add(matched);
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isFile()) add([input]);
    // A named pipe is read as a stream, once (`extract <(gunzip -c papers.jsonl.gz)`).
    else if (info?.isFIFO()) add([input], true);
    else if (info?.isDirectory()) {
      const usable = (await crawl(input, '**/*')).filter(hasInputExtension);
      if (usable.length === 0) problems.push({ source: input, message: `directory has no inputs (${PLAIN_EXTENSIONS.join(' ')}, or any of them .gz)` });
      add(usable);
    } else if (info) problems.push({ source: input, message: 'not a regular file or directory' });
    else if (isGlobSegment(input)) problems.push({ source: input, message: 'no file matches this pattern' });
    else problems.push({ source: input, message: 'no such file or directory' });
  }
  if (inputs.length > 0 && inputs.every((i) => i.startsWith('!') && i.length > 1)) {
    problems.push({ source: inputs[0]!, message: 'a !pattern only leaves files out: name the files, directories or globs to read as well' });
  }
  return { files, problems };
}
