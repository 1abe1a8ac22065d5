import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { actionSchema } from '../workflows/action-schema.js';
import { readActionInputs } from '../../src/action/inputs.js';
import { OPTIONS, resolveOptions } from '../../src/options.js';
import { ROOT, inputEnv, loadActionYml } from '../harness/action-runner.js';

const loadAction = () => actionSchema.parse(loadActionYml());
/** The inputs as the runner passes them (action.yml's defaults filled in), read as @actions/core reads them. */
function actionInputs(withInputs: Record<string, string>, githubToken = '') {
  const env = inputEnv(loadActionYml(), withInputs, githubToken);
  return (name: string) => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
}

describe('action.yml', () => {
  it('is valid action metadata (and the schema rejects broken metadata)', () => {
    expect(() => loadAction()).not.toThrow();
    const broken = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Record<string, unknown>;
    delete broken.description;
    expect(actionSchema.safeParse(broken).success).toBe(false);
    expect(actionSchema.safeParse({ name: 'x', description: 'y', runs: { using: 'composite', steps: [{ run: 'echo' }] } }).success).toBe(false);
  });

  it('has the inputs and outputs the issue asks for', () => {
    const action = loadAction();
    expect(Object.keys(action.inputs ?? {})).toEqual(expect.arrayContaining(['paths', 'token', 'fail-on', 'stale-days', 'output-dir', 'format']));
    expect(action.inputs?.token?.default).toBe('${{ github.token }}');
    expect(action.inputs?.['output-dir']?.default).toBe('reports');
    for (const name of ['job-summary', 'debug', 'ignore', 'mode']) expect(action.inputs).toHaveProperty(name);
    // The audit's outputs as before, plus `changed` and the issue mode's.
    expect(Object.keys(action.outputs ?? {})).toEqual(
      expect.arrayContaining(['dead', 'empty', 'exit-code', 'report-path', 'changed', 'problems', 'new-problems', 'issue-number', 'issue-action']),
    );
  });

  it('declares exactly the outputs the code sets, and reads exactly the inputs it declares', () => {
    const code = ['run-action.ts', 'issue-mode.ts', 'inputs.ts', 'main.ts'].map((f) => readFileSync(join(ROOT, 'src/action', f), 'utf8')).join('\n');
    const set = new Set([...code.matchAll(/setOutput\('([\w-]+)'/g), ...code.matchAll(/'([\w-]+)': (?:code|0|path)/g)].map((m) => m[1]));
    for (const m of code.matchAll(/setOutputs\(\{([^}]*)\}/g)) for (const k of m[1]!.matchAll(/'?([\w-]+)'?:/g)) set.add(k[1]);
    set.delete('code');
    expect([...set].sort()).toEqual(Object.keys(loadAction().outputs ?? {}).sort());
    // Read by name in the code, or through the options table (src/options.ts) for the inputs that are options.
    const read = new Set([...code.matchAll(/read\('([\w-]+)'\)/g)].map((m) => m[1]).concat(OPTIONS.flatMap((s) => (s.input ? [s.input] : []))));
    expect([...read].sort()).toEqual(Object.keys(loadAction().inputs ?? {}).sort());
  });

  it('is a node24 JavaScript action whose entry point is the committed bundle of src/action/main.ts', () => {
    expect(loadAction().runs).toEqual({ using: 'node24', main: 'dist/index.mjs' });
    expect(existsSync(join(ROOT, 'dist/index.mjs'))).toBe(true);
    expect(readFileSync(join(ROOT, 'scripts/bundle.mjs'), 'utf8')).toContain("entryPoints: ['src/action/main.ts']");
  });

  it('passes every input the entry point reads, and each one changes what it does', () => {
    const env = actionInputs(
      {
        paths: 'papers/\ndocs/*.md',
        token: 'tok-from-input',
        'fail-on': 'not-found,empty',
        'stale-days': '30',
        'output-dir': 'out',
        format: 'md,json',
        'max-age': '2h',
        'cache-dir': '.c',
        'api-url': 'http://127.0.0.1:1/api/v3',
        'check-web': 'false',
        fail: 'false',
      },
      'job-token',
    );
    const read = readActionInputs(env);
    expect(read.paths).toEqual(['papers/', 'docs/*.md']);
    expect(read.fail).toBe(false);
    expect(read.options).toMatchObject({
      tokens: ['tok-from-input'],
      failOn: ['not-found', 'empty'],
      staleDays: 30,
      outDir: 'out',
      formats: ['md', 'json'],
      maxAgeMs: 7_200_000,
      cacheDir: '.c',
      apiUrl: 'http://127.0.0.1:1/api/v3',
      checkWeb: false,
    });
  });

  it('takes several tokens, comma- or newline-separated, as a pool', () => {
    const read = readActionInputs(actionInputs({ paths: 'examples/', token: 'tok-a, tok-b\ntok-c\n' }, 'job-token'));
    expect(read.options.tokens).toEqual(['tok-a', 'tok-b', 'tok-c']);
    expect(resolveOptions(read.options, {}, {}).token).toBe('tok-a');
  });

  it('uses the job token and the library defaults when only paths is given', () => {
    const read = readActionInputs(actionInputs({ paths: 'examples/' }, 'job-token'));
    expect(read.options.tokens).toEqual(['job-token']);
    expect(read.options.outDir).toBe('reports');
    expect(read.options.failOn).toBeUndefined();
    expect(read.fail).toBe(true);
    // action.yml's default 'true', the library's default too.
    expect(read.options.checkWeb).toBe(true);
  });
});
