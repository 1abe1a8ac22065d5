// Start-up is structural: each command loads only what it uses (timings live in bench/startup/).
// The CLI runs from the sources as a user's process would, with every ES module it loads recorded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/audit/build-snapshot.js';
import { fixedClock } from '../../src/harvest/clock.js';
import { renderSnapshotJson } from '../../src/report/json.js';
import { NOW, smallExtract, smallFacts } from '../fixtures/report/scenario.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'repo-audit-lazy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The modules `repo-audit ARGS` loads, as paths under the repository (node_modules/… or src/…). */
function modulesLoadedBy(args: string[]): string[] {
  const trace = join(dir, `trace-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(trace, '');
  execFileSync(process.execPath, ['--import', 'tsx', '--import', './test/helpers/trace-modules.mjs', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), TRACE_MODULES_FILE: trace },
    encoding: 'utf8',
  });
  return readFileSync(trace, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith(`file://${ROOT}`))
    .map((url) => fileURLToPath(url).slice(ROOT.length));
}

const packagesOf = (modules: string[]): Set<string> =>
  new Set(modules.filter((m) => m.startsWith('node_modules/')).map((m) => m.split('/').slice(1, m.split('/')[1]!.startsWith('@') ? 3 : 2).join('/')));

describe('what a command loads', () => {
  it('--version loads no command and no dependency', () => {
    const loaded = modulesLoadedBy(['--version']);
    expect(loaded).toContain('src/cli/main.ts'); // the trace works
    expect([...packagesOf(loaded)]).toEqual([]);
    expect(loaded.filter((m) => m.startsWith('src/cli/commands/'))).toEqual([]);
  });

  it('extract of a Markdown file loads neither Octokit, the harvester, the simulator, graphql, zod nor jsdiff', () => {
    const md = join(dir, 'papers.md');
    writeFileSync(md, '# A paper\n\nCode: https://github.com/octo/repo\n');
    const loaded = modulesLoadedBy(['extract', md, '--format', 'json']);
    expect(loaded).toContain('src/extract/index.ts'); // the command did run
    const packages = packagesOf(loaded);
    for (const heavy of ['octokit', '@octokit/core', 'graphql', '@octokit/graphql-schema', 'zod', 'diff', 'undici', 'yaml', 'csv-parse', 'fast-xml-parser']) expect(packages).not.toContain(heavy);
    const pipeline = loaded.filter((m) => /^src\/(harvest|sim|fix)\//.test(m));
    expect(pipeline).toEqual([]);
  });

  it('fix --from-snapshot asks GitHub nothing and loads neither Octokit nor the harvester', () => {
    const snapshot = join(dir, 'snapshot.json');
    writeFileSync(snapshot, renderSnapshotJson(buildSnapshot({ extract: smallExtract(), facts: smallFacts(), clock: fixedClock(NOW), staleDays: 365, version: 't' })));
    const readme = join(dir, 'README.md');
    writeFileSync(readme, 'Code: https://github.com/octo/repo\n');
    const loaded = modulesLoadedBy(['fix', readme, '--from-snapshot', snapshot, '--dry-run']);
    expect(loaded).toContain('src/fix/run-fix.ts'); // the command did run
    expect([...packagesOf(loaded)].filter((p) => p === 'octokit' || p.startsWith('@octokit/'))).toEqual([]);
    expect(loaded).not.toContain('src/harvest/index.ts');
  });

  it('a YAML or CSV input brings its parser in (only then)', () => {
    const yml = join(dir, 'papers.yml');
    writeFileSync(yml, '- title: A paper\n  code: https://github.com/octo/repo\n');
    expect(packagesOf(modulesLoadedBy(['extract', yml, '--format', 'json']))).toContain('yaml');
    const csv = join(dir, 'papers.csv');
    writeFileSync(csv, 'title,code\nA paper,https://github.com/octo/repo\n');
    const loaded = packagesOf(modulesLoadedBy(['extract', csv, '--format', 'json']));
    expect(loaded).toContain('csv-parse');
    expect(loaded).not.toContain('yaml');
  });

  it('a config file brings zod in (only then)', () => {
    const config = join(dir, 'config.json');
    writeFileSync(config, '{"quiet": true}');
    const md = join(dir, 'papers2.md');
    writeFileSync(md, '# A paper\n');
    expect(packagesOf(modulesLoadedBy(['extract', md, '--format', 'json', '--config', config]))).toContain('zod');
  });
});
