import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config-file.js';
import { resolveOptions } from '../../src/options.js';

const dir = mkdtempSync(join(tmpdir(), 'repo-audit-config-'));
function write(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

describe('config file', () => {
  it('maps its keys onto options, with the command line over the file over the environment', () => {
    const file = loadConfigFile(write('ok.json', { staleDays: 90, failOn: 'not-found,empty', maxAge: '24h', web: false, format: ['md'], apiUrl: 'https://ghe.example/api/v3' }));
    const env = { GITHUB_API_URL: 'https://env.example', GITHUB_TOKEN: 'env-token' };
    const options = resolveOptions({ staleDays: 30 }, file, env);
    expect(options).toMatchObject({ staleDays: 30, failOn: ['not-found', 'empty'], maxAgeMs: 86_400_000, checkWeb: false, formats: ['md'], token: 'env-token' });
    // The file's REST base beats the environment's, and the GraphQL URL follows it (GHES layout).
    expect(options.apiUrl).toBe('https://ghe.example/api/v3');
    expect(options.graphqlUrl).toBe('https://ghe.example/api/graphql');
  });

  it('rejects mistakes with one line naming the file and the key', () => {
    expect(() => loadConfigFile(write('typo.json', { staleDay: 3 }))).toThrow(/typo\.json: the top level: .*staleDay/);
    expect(() => loadConfigFile(write('type.json', { concurrency: 'many' }))).toThrow(/type\.json: "concurrency": /);
    expect(() => loadConfigFile(write('dur.json', { maxAge: 'soon' }))).toThrow(/dur\.json: "maxAge": not a duration/);
    expect(() => loadConfigFile(write('bad.json', '{ nope'))).toThrow(/bad\.json: cannot read the config file/);
    expect(() => loadConfigFile(join(dir, 'missing.json'))).toThrow(/missing\.json: cannot read the config file \(no such file\)/);
  });

  it('refuses a token, without echoing it', () => {
    let message = '';
    try {
      loadConfigFile(write('token.json', { token: 'ghp_secretvalue' }));
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/"token" does not belong in a config file/);
    expect(message).not.toContain('ghp_secretvalue');
  });
});
