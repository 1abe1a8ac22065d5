// Command-line inputs → the files to read: files as given, directories walked recursively,
// globs expanded, `-` for stdin. Missing paths and empty directories become problems.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { cmp } from '../util/cmp.js';
import { INPUT_EXTENSIONS } from './detect.js';

export interface InputFile {
  /** The path to show (as given, or as found under a given directory); `-` for stdin. */
  source: string;
}

export interface ExpandedInputs {
  files: InputFile[];
  problems: { source: string; message: string }[];
}

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Turn a glob (`*`, `**`, `?`, `{a,b}`) into a RegExp over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') i++, (re += '(?:.*/)?');
      else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') braces++, (re += '(?:');
    else if (c === '}' && braces > 0) braces--, (re += ')');
    else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const isGlob = (p: string) => /[*?{]/.test(p);

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => cmp(a.name, b.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(full, out);
    } else if (e.isFile()) out.push(full);
  }
}

const hasInputExtension = (p: string) => INPUT_EXTENSIONS.some((ext) => p.toLowerCase().endsWith(ext));

async function expandGlob(pattern: string): Promise<string[]> {
  const parts = pattern.split('/');
  const firstWild = parts.findIndex(isGlob);
  const base = parts.slice(0, firstWild).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const all: string[] = [];
  try {
    await walk(base, all);
  } catch {
    return [];
  }
  const re = globToRegExp(pattern.replace(/^\.\//, ''));
  return all.filter((f) => re.test(path.relative('.', f).split(path.sep).join('/')) || re.test(f.split(path.sep).join('/')));
}

export async function expandInputs(inputs: string[]): Promise<ExpandedInputs> {
  const files: InputFile[] = [];
  const problems: ExpandedInputs['problems'] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push({ source: '-' });
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isFile()) files.push({ source: input });
    else if (info?.isDirectory()) {
      const found: string[] = [];
      await walk(input, found).catch(() => undefined);
      const usable = found.filter(hasInputExtension);
      if (usable.length === 0) problems.push({ source: input, message: `directory has no inputs (${INPUT_EXTENSIONS.join(' ')})` });
      for (const f of usable) files.push({ source: f });
    } else if (info) problems.push({ source: input, message: 'not a regular file or directory' });
    else if (isGlob(input)) {
      const matched = await expandGlob(input);
      if (matched.length === 0) problems.push({ source: input, message: 'no file matches this pattern' });
      for (const f of matched) files.push({ source: f });
    } else problems.push({ source: input, message: 'no such file or directory' });
  }
  return { files, problems };
}
