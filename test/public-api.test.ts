import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API (src/index.ts)', () => {
  it('exposes every pipeline stage', () => {
    for (const name of ['extractInputs', 'extractText', 'harvest', 'classifyRepo', 'renderMarkdown', 'runAudit', 'startSimulator', 'resolveOptions'] as const) {
      expect(typeof api[name], name).toBe('function');
    }
  });

  it('exposes the error model: a usage error carries exit code 2, a stopped run 3, anything else is a bug (70)', () => {
    const usage = (() => {
      try {
        api.resolveOptions({ staleDays: 0 });
      } catch (err) {
        return err;
      }
      return null;
    })();
    expect(usage).toBeInstanceOf(api.UsageError);
    expect(api.exitCodeOf(usage)).toBe(api.ExitCode.UsageOrInput);
    expect(api.exitCodeOf(new api.BadCredentials())).toBe(3);
    expect(api.isIncompleteRunError(new api.Aborted())).toBe(true);
    expect(api.exitCodeOf(new TypeError('x'))).toBe(70);
  });

  it('runs extraction as a library call', () => {
    const result = api.extractText('Code: https://github.com/Owner/Name/tree/main/src.', 'x.txt', 'text');
    expect(result.repos.map((r) => r.key)).toEqual(['github/owner/name']);
    expect(result.papers[0]?.links[0]).toMatchObject({ repo: 'Owner/Name', path: 'tree/main/src', line: 1 });
  });
});
