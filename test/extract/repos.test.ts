import { describe, expect, it } from 'vitest';
import { extractText, reposOf } from '../../src/extract/index.js';

describe('repos[]: one target per key', () => {
  const text = [
    '- A https://github.com/codefuse-ai/MFTCOder and https://github.com/codefuse-ai/MFTCOder/tree/main/docs',
    '- B github.com/CodeFuse-AI/mftcoder/blob/main/README.md#usage',
    '- C https://serre-lab.github.io/Lens/explore.html and https://serre-lab.github.io/lens',
    '- D https://github.com/VITA-Group and https://gist.github.com/abc123def456',
    '- E nothing',
  ].join('\n');
  const r = extractText(text, 'list.md');

  it('deduplicates repositories case-insensitively, keeping the case first written', () => {
    const ref = r.repos.find((x) => x.key === 'github/codefuse-ai/mftcoder')!;
    expect(ref).toEqual({
      key: 'github/codefuse-ai/mftcoder',
      forge: 'github',
      kind: 'repo',
      repo: 'codefuse-ai/MFTCOder',
      url: 'https://github.com/codefuse-ai/MFTCOder',
      paths: ['tree/main/docs', 'blob/main/README.md'],
      papers: [0, 1],
    });
  });

  it('keeps pages, owners and gists as targets too', () => {
    expect(r.repos.map((x) => [x.key, x.kind, x.papers])).toEqual([
      ['github/codefuse-ai/mftcoder', 'repo', [0, 1]],
      ['pages:serre-lab.github.io/lens', 'pages', [2]],
      ['owner:github/vita-group', 'owner', [3]],
      ['gist:abc123def456', 'gist', [3]],
    ]);
    expect(r.repos[1]!.paths).toEqual(['explore.html']);
  });

  it('rebuilds the same repos[] from the papers alone', () => {
    expect(reposOf(r.papers)).toEqual(r.repos);
  });
});
