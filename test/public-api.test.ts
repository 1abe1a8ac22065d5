import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API (src/index.ts)', () => {
  it('exposes every pipeline stage', () => {
    for (const name of ['extractInputs', 'extractText', 'harvest', 'classifyRepo', 'renderMarkdown', 'runAudit', 'startSimulator', 'resolveOptions'] as const) {
      expect(typeof api[name], name).toBe('function');
    }
  });

  it('runs extraction as a library call', () => {
    const result = api.extractText('Code: https://github.com/Owner/Name/tree/main/src.', 'x.txt', 'text');
    expect(result.repos.map((r) => r.key)).toEqual(['github/owner/name']);
    expect(result.papers[0]?.links[0]).toMatchObject({ repo: 'Owner/Name', path: 'tree/main/src', line: 1 });
  });
});
