import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { actionlint } from './actionlint.js';
import { readYaml, workflowFiles } from './load.js';

describe('actionlint', () => {
  it('finds real mistakes (so a clean result means something)', async () => {
    const bad = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.issue.title }}"',
      '      - run: echo ${{ steps.nope.outputs.x }}',
    ].join('\n');
    const kinds = (await actionlint(bad, 'bad.yml')).map((r) => r.kind);
    expect(kinds).toContain('expression');
    expect(kinds.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of workflowFiles()) {
    it(`passes on ${basename(file)}`, async () => {
      const results = await actionlint(readYaml(file).text, file);
      expect(results.map((r) => `${basename(file)}:${r.line}:${r.column} ${r.message} [${r.kind}]`)).toEqual([]);
    });
  }
});
