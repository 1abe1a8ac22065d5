// The audit gathers its targets in a TargetIndex while reading (audit/target-index.ts); what it
// hands on must be exactly what RepoIndex (extract/repos.ts) lists: the same targets in order of
// first citation, the same papers and sub-paths, each once and in order.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TargetIndex } from '../../src/audit/target-index.js';
import { RepoIndex } from '../../src/extract/repos.js';
import { findLinks } from '../../src/extract/links.js';
import { tuning } from '../../src/read/tuning.js';
import type { Link, PaperRecord } from '../../src/types.js';

function paper(links: Link[]): PaperRecord {
  return { id: null, title: null, source: 'papers.md', line: 1, links, promised: false, claimsCodeWithoutLink: false } as unknown as PaperRecord;
}

const defaultLimit = tuning.targetsInMemory;
afterEach(() => void (tuning.targetsInMemory = defaultLimit));

describe.each([
  ['in memory', defaultLimit],
  ['moved to disk past a limit', 50],
])('TargetIndex, keys %s', (_, limit) => {
  beforeEach(() => void (tuning.targetsInMemory = limit));

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
    // 20,000 papers: past the first segment of the per-target numbers and of the chains (util/typed-arrays.ts).
    for (let i = 0; i < 20_000; i++) {
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
    expect(compact.size).toBeGreaterThan(50); // past the small limit: the keys went to disk
    const expected = plain.list();
    expect(expected.some((r) => r.papers.length > 1 && r.paths.length > 1)).toBe(true); // the test covers both lists
    expect([...compact.view()]).toEqual(expected.map((r) => ({ ...r })));
    expect(compact.view()[7]).toEqual({ ...expected[7] }); // read out of order too
    expect([...compact.toStore().view()]).toEqual(expected.map((r) => ({ ...r })));
  });

  // One paper may bring more targets than the limit (a plain-text list of URLs is one paper): the
  // keys move to disk amid its links, and the rest of them go on the disk index.
  it('one paper with more targets than the limit, some of them twice', () => {
    const urls = Array.from({ length: 400 }, (_, i) => `https://github.com/one/repo-${i} https://github.com/one/repo-${i % 7}/tree/main/p${i % 3}`);
    const links = findLinks(urls.join('\n'), 1);
    const plain = new RepoIndex();
    const compact = new TargetIndex();
    for (const [i, p] of [paper(links), paper(links.slice(0, 60))].entries()) {
      plain.add(p, i);
      compact.add(p, i);
    }
    expect(compact.size).toBe(400);
    expect([...compact.view()]).toEqual(plain.list().map((r) => ({ ...r })));
  });

  it('keeps targets the URL pipeline never makes (a tab in a URL, empty names, null forge) as they were', () => {
    const link = (key: string, forge: Link['forge'], repo: string | null, url: string): Link => ({ url, forge, kind: 'repo', repo, path: null, key, line: 1, raw: url });
    const odd = [link('a', null, null, 'https://x.org/a\tb'), link('b', 'github', '', 'https://github.com/'), link('c', 'gitlab', 'o/r\nx', 'https://gitlab.com/o/r'), link('d', null, 'null', 'null'), link('{"key":"e"}', null, null, 'https://x.org/e')];
    const plain = new RepoIndex();
    const compact = new TargetIndex();
    plain.add(paper(odd), 0);
    compact.add(paper(odd), 0);
    expect([...compact.view()]).toEqual(plain.list().map((r) => ({ ...r })));
  });
});
