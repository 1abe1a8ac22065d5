import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { actionSchema } from '../workflows/action-schema.js';
import { readActionInputs } from '../../src/action/inputs.js';
import { ROOT, actionEnv, entryStep, loadAction } from './runner-env.js';

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
    expect(action.inputs?.paths?.required).toBe(true);
    expect(Object.keys(action.outputs ?? {}).sort()).toEqual(['dead', 'empty', 'exit-code', 'report-path']);
  });

  it('maps every output to an output of a step that exists', () => {
    const action = loadAction();
    const ids = new Set(action.runs.using === 'composite' ? action.runs.steps.map((s) => s.id) : []);
    for (const [name, out] of Object.entries(action.outputs ?? {})) {
      const m = /^\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(out.value ?? '');
      expect(m, name).not.toBeNull();
      expect(ids.has(m?.[1])).toBe(true);
      expect(m?.[2]).toBe(name);
    }
  });

  it('refers only to inputs it declares', () => {
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    const declared = Object.keys(loadAction().inputs ?? {});
    for (const m of text.matchAll(/inputs\.([\w-]+)/g)) expect(declared).toContain(m[1]);
  });

  it('runs the built entry point of src/action/main.ts', () => {
    expect(entryStep(loadAction()).run).toBe('node "$GITHUB_ACTION_PATH/dist/action/main.js"');
    expect(existsSync(join(ROOT, 'src/action/main.ts'))).toBe(true);
  });

  it('passes every input the entry point reads, and each one changes what it does', () => {
    const env = actionEnv(
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
      token: 'tok-from-input',
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

  it('uses the job token and the library defaults when only paths is given', () => {
    const read = readActionInputs(actionEnv({ paths: 'examples/' }, 'job-token'));
    expect(read.options.token).toBe('job-token');
    expect(read.options.outDir).toBe('reports');
    expect(read.options.failOn).toBeUndefined();
    expect(read.fail).toBe(true);
    // action.yml's default 'true', the library's default too.
    expect(read.options.checkWeb).toBe(true);
  });
});
