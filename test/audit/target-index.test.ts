// The audit gathers its targets in a TargetIndex while reading (audit/target-index.ts); what it
// hands on must be exactly what RepoIndex (extract/repos.ts) lists: the same targets in order of
// first citation, the same papers and sub-paths, each once and in order.
import { describe, expect, it } from 'vitest';
import { TargetIndex } from '../../src/audit/target-index.js';
import { RepoIndex } from '../../src/extract/repos.js';
import { findLinks } from '../../src/extract/links.js';
import type { Link, PaperRecord } from '../../src/types.js';

function paper(links: Link[]): PaperRecord {
  return { id: null, title: null, source: 'papers.md', line: 1, links, promised: false, claimsCodeWithoutLink: false } as unknown as PaperRecord;
}

describe('TargetIndex', () => {
  it('lists the targets, their papers and sub-paths as RepoIndex does', () => {
    const urls = (i: number): string[] => {
      const own = `https://github.com/owner${i % 13}/repo-${i}`;
      const shared = `https://github.com/shared/tool${i % 5}`;
      const out = [own];
      if (i % 3 === 0) out.push(`${shared}/tree/main/sub${i % 4}`); // a shared target, at a few paths
      if (i % 4 === 0) out.push(shared, own); // the same targets twice in one paper
      if (i % 10 === 0) out.push(`https://huggingface.co/org/model-${i % 3}`, `https://example.org/page${i % 2}`);
      return out;
    };
    const papers: PaperRecord[] = [];
    for (let i = 0; i < 3000; i++) {
      const links = findLinks(urls(i).join(' and '), i + 1);
      expect(links.length).toBeGreaterThan(0);
      papers.push(paper(links));
    }
    papers.push(paper([])); // a paper without links
    const plain = new RepoIndex();
    const compact = new TargetIndex();
    papers.forEach((p, i) => {
      plain.add(p, i);
      compact.add(p, i);
    });
    expect(compact.size).toBe(plain.size);
    const expected = plain.list();
    expect(expected.some((r) => r.papers.length > 1 && r.paths.length > 1)).toBe(true); // the test covers both lists
    expect([...compact.toStore().view()]).toEqual(expected.map((r) => ({ ...r })));
  });
});
