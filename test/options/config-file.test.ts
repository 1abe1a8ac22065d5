import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { loadConfigFile } from '../../src/config-file.js';
import { resolveOptions } from '../../src/options.js';

const dir = mkdtempSync(join(tmpdir(), 'repo-audit-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function write(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}
const cli = (...args: string[]) => runCli(args);
const cliWithStdin = (stdin: string, ...args: string[]) => runCli(args, { stdin });
// The demo's committed snapshot: `report` re-renders it without any network.
const SNAPSHOT = 'reports/snapshot.json';

describe('config file (--config)', () => {
  it('maps its keys onto options: command line over file over environment', async () => {
    const file = loadConfigFile(write('map.json', { staleDays: 90, failOn: 'not-found,empty', maxAge: '24h', web: false, format: ['md'], apiUrl: 'https://ghe.example/api/v3' }));
    const options = resolveOptions({ staleDays: 30 }, file, { GITHUB_API_URL: 'https://env.example', GITHUB_TOKEN: 'env-token' });
    expect(options).toMatchObject({ staleDays: 30, failOn: ['not-found', 'empty'], maxAgeMs: 86_400_000, checkWeb: false, formats: ['md'], token: 'env-token' });
    expect(options.apiUrl).toBe('https://ghe.example/api/v3');
    expect(options.graphqlUrl).toBe('https://ghe.example/api/graphql');
  });

  it('maps the archive options; SWH_TOKEN comes from the environment, never from the file', async () => {
    const file = loadConfigFile(write('archives.json', { archives: true, swhApiUrl: 'http://127.0.0.1:1/swh/api/1/', waybackApiUrl: 'http://127.0.0.1:1/wayback/available', archiveLive: true }));
    const options = resolveOptions({}, file, { SWH_TOKEN: 'swh-env-token', SWH_API_URL: 'https://env.example/api/1' });
    expect(options).toMatchObject({ archives: true, swhApiUrl: 'http://127.0.0.1:1/swh/api/1', waybackApiUrl: 'http://127.0.0.1:1/wayback/available', archiveLive: true, swhToken: 'swh-env-token' });
    expect(resolveOptions({}, {}, {})).toMatchObject({ archives: false, archiveLive: false, swhToken: null, swhApiUrl: 'https://archive.softwareheritage.org/api/1' });
    expect(() => loadConfigFile(write('swh-token.json', { swhToken: 'swh_secret' }))).toThrow(/"swhToken" does not belong in a config file; use SWH_TOKEN/);
  });

  it('reaches a command through the CLI, under its command line', async () => {
    const config = write('report.json', { format: 'md', failOn: 'archived' });
    const fromFile = join(dir, 'from-file');
    const run = await cli('report', SNAPSHOT, '--config', config, '--out', fromFile);
    expect(run.stderr).toBe('');
    expect(existsSync(join(fromFile, 'health.md'))).toBe(true);
    expect(existsSync(join(fromFile, 'repos.csv'))).toBe(false); // format from the file
    expect(run.code).toBe(1); // the demo has archived repositories: failOn from the file
    expect(run.stdout).toMatch(/Found what --fail-on lists: archived \d+/);
    const overridden = await cli('report', SNAPSHOT, '--config', config, '--out', join(dir, 'cli'), '--format', 'csv', '--fail-on', 'none');
    expect(overridden.code).toBe(0);
    expect(existsSync(join(dir, 'cli', 'repos.csv'))).toBe(true);
  });

  it('reaches extract, and its value is never taken for an input (a lone - still reads stdin)', async () => {
    const config = write('extract.json', { inputFormat: 'markdown' });
    // As Markdown, each list item is its own record; as plain text the whole input would be one.
    const run = await cliWithStdin('- [a](https://github.com/o/a)\n- [b](https://github.com/o/b)\n', 'extract', '--config', config, '-', '--format', 'jsonl');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('rejects mistakes with one line naming the file and the key, exit 2', async () => {
    const typo = await cli('report', SNAPSHOT, '--out', join(dir, 'typo'), '--config', write('typo.json', { staleDay: 3 }));
    expect(typo.code).toBe(2);
    expect(typo.stderr.trim()).toMatch(/^repo-audit: .*typo\.json: the top level: .*staleDay/);
    expect(() => loadConfigFile(write('type.json', { concurrency: 'many' }))).toThrow(/type\.json: "concurrency": /);
    // The file's shape is checked as it is read; its values where every value is, in resolveOptions.
    const resolved = (path: string) => () => resolveOptions({}, loadConfigFile(path), {});
    expect(resolved(write('dur.json', { maxAge: 'soon' }))).toThrow(/dur\.json: "maxAge": "soon" is not a duration/);
    expect(resolved(write('fmt.json', { format: 'md,pdf' }))).toThrow(/fmt\.json: "format": unknown format "pdf"/);
    expect(resolved(write('stale.json', { staleDays: 0 }))).toThrow(/stale\.json: "staleDays": "0" is not a whole number from 1 to 36500/);
    expect(resolved(write('url.json', { apiUrl: 'ftp://x' }))).toThrow(/url\.json: "apiUrl": "ftp:\/\/x" is not an http\(s\) URL/);
    expect(() => loadConfigFile(write('bad.json', '{ nope'))).toThrow(/bad\.json: cannot read the config file/);
    expect(() => loadConfigFile(join(dir, 'missing.json'))).toThrow(/missing\.json: cannot read the config file \(no such file\)/);
  });

  it('refuses a token, without echoing it', async () => {
    const run = await cli('report', SNAPSHOT, '--out', join(dir, 'tok'), '--config', write('token.json', { token: 'ghp_secretvalue' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"token" does not belong in a config file/);
    expect(run.stderr + run.stdout).not.toContain('ghp_secretvalue');
  });
});
