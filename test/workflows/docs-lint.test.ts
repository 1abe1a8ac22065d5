// The README and the action's docs pass markdownlint with the configuration health.md is held to.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { MARKDOWNLINT_CONFIG } from '../fixtures/report/markdownlint-config.js';
import { ROOT } from './load.js';

describe('markdownlint', () => {
  for (const doc of ['README.md', 'docs/action.md', 'docs/troubleshooting.md']) {
    it(`passes on ${doc}`, () => {
      const result = lint({ files: [join(ROOT, doc)], config: MARKDOWNLINT_CONFIG });
      expect(result.toString()).toBe('');
    });
  }

  it('would catch a mistake', () => {
    const result = lint({ strings: { bad: '# T\n\n### Skipped a level\n\nsee https://example.com\n' }, config: MARKDOWNLINT_CONFIG });
    expect(result.toString()).not.toBe('');
  });
});
