// The workflow examples in the documentation are real workflows: each ```yaml block that has
// `jobs:` must pass actionlint too, so a reader who copies one gets a working file.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionlint } from './actionlint.js';
import { ROOT } from './load.js';

const DOCS = ['docs/action.md', 'README.md'];

function workflowBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '').filter((b) => /^jobs:/m.test(b));
}

describe('workflow examples in the docs', () => {
  it('docs/action.md has at least one', () => {
    expect(workflowBlocks(readFileSync(join(ROOT, 'docs/action.md'), 'utf8')).length).toBeGreaterThan(0);
  });

  for (const doc of DOCS) {
    it(`pass actionlint in ${doc}`, async () => {
      if (!existsSync(join(ROOT, doc))) return;
      const blocks = workflowBlocks(readFileSync(join(ROOT, doc), 'utf8'));
      for (const [i, block] of blocks.entries()) {
        const results = await actionlint(block, `${doc}#${i + 1}.yml`);
        expect(results.map((r) => `${doc} example ${i + 1}, line ${r.line}: ${r.message}`)).toEqual([]);
      }
    });
  }
});
