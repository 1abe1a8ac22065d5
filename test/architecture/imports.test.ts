// The design's rules, checked on the TypeScript sources (docs/design.md "Layout" and "Errors and exit
// codes"): imports follow the pipeline, and every error class of the project lives in src/errors.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** `folder/file.ts` → the project-relative files it imports (static and dynamic), as `folder/file.ts`. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
  return specifiers.filter((s) => s.startsWith('.')).map((s) => relative(SRC, resolve(dirname(file), s)).replace(/\.js$/, '.ts'));
}

const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), imports: importsOf(path) }));
const folderOf = (path: string): string => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '');

/** Every import from a file in `from` (a folder) into `to` (a folder), as `file → import`. */
function crossings(from: string, to: string): string[] {
  return files.filter((f) => folderOf(f.path) === from).flatMap((f) => f.imports.filter((i) => folderOf(i) === to).map((i) => `${f.path} → ${i}`));
}

describe('imports follow the pipeline', () => {
  it('finds the sources and their imports (the rules below are not vacuous)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(crossings('audit', 'harvest').length).toBeGreaterThan(0);
  });

  it('read/ does not import extract/', () => {
    expect(crossings('read', 'extract')).toEqual([]);
  });

  it('extract/, read/ and classify/ do not import report/', () => {
    expect(['extract', 'read', 'classify'].flatMap((from) => crossings(from, 'report'))).toEqual([]);
  });

  it('report/ does not import action/ or audit/', () => {
    expect([...crossings('report', 'action'), ...crossings('report', 'audit')]).toEqual([]);
  });

  it('classify/ and report/ render and decide, they do no I/O (no node:fs, node:net, undici, octokit)', () => {
    const io = /^(node:)?(fs|fs\/promises|net|http|https|child_process)$|^(undici|octokit)$/;
    const offenders = files
      .filter((f) => ['classify', 'report'].includes(folderOf(f.path)))
      .flatMap((f) => [...readFileSync(join(SRC, f.path), 'utf8').matchAll(/\bfrom\s+'([^'.][^']*)'/g)].map((m) => m[1] ?? '').filter((s) => io.test(s)).map((s) => `${f.path} → ${s}`));
    expect(offenders).toEqual([]);
  });

  it('nothing outside cli/ imports cli/', () => {
    const outside = [...new Set(files.map((f) => folderOf(f.path)))].filter((folder) => folder !== 'cli');
    expect(outside.flatMap((from) => crossings(from, 'cli'))).toEqual([]);
  });

  it('util/ imports nothing of the project but util/ and errors.ts', () => {
    const util = files.filter((f) => folderOf(f.path) === 'util');
    expect(util.flatMap((f) => f.imports.filter((i) => folderOf(i) !== 'util' && i !== 'errors.ts').map((i) => `${f.path} → ${i}`))).toEqual([]);
  });
});

describe('errors', () => {
  it('every error class of the project is declared in src/errors.ts', () => {
    const declared = files.flatMap((f) =>
      [...readFileSync(join(SRC, f.path), 'utf8').matchAll(/\bclass\s+(\w+)\s+extends\s+(\w+)/g)]
        .filter((m) => /Error$|^Error$/.test(m[2] ?? '') || /Error$/.test(m[1] ?? ''))
        .map((m) => `${f.path}: ${m[1]}`),
    );
    expect(declared.filter((d) => d.startsWith('errors.ts: ')).length).toBeGreaterThan(10);
    expect(declared.filter((d) => !d.startsWith('errors.ts: '))).toEqual([]);
  });

  it('errors.ts imports nothing: every layer can use it', () => {
    expect(files.find((f) => f.path === 'errors.ts')?.imports).toEqual([]);
  });
});
