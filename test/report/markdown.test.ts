import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/audit/build-snapshot.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { MARKDOWNLINT_CONFIG } from '../fixtures/report/markdownlint-config.js';
import { NOW, smallExtract, smallFacts } from '../fixtures/report/scenario.js';

const snapshot = () => buildSnapshot({ extract: smallExtract(), facts: smallFacts(), now: NOW, staleDays: 365, version: '0.0.0-test' });

describe('renderMarkdown', () => {
  it('matches the golden file for the small scenario', async () => {
    await expect(renderMarkdown(snapshot())).toMatchFileSnapshot('../fixtures/report/health.golden.md');
  });

  it('passes markdownlint', () => {
    const md = renderMarkdown(snapshot());
    const result = lint({ strings: { 'health.md': md }, config: MARKDOWNLINT_CONFIG });
    expect(result['health.md']).toEqual([]);
  });
});
