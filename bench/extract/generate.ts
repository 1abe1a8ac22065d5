// Writes a JSON Lines file of arXiv-metadata-style records (id, submitter, authors, title,
// comments, categories, abstract, versions, update_date) built from the corpus abstracts, with
// repository owners varied so that the number of distinct repositories grows with the file.
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Deterministic PRNG (mulberry32) so every run writes the same file. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function corpusPapers(dir: string): { title: string; abstract: string }[] {
  const papers: { title: string; abstract: string }[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const lines = readFileSync(path.join(dir, f), 'utf8').split('\n');
    lines.forEach((l, i) => {
      if (l.length > 300 && lines[i - 2]) papers.push({ title: lines[i - 2]!, abstract: l });
    });
  }
  return papers;
}

export async function generate(file: string, bytes: number, corpusDir = 'examples/hf-papers'): Promise<{ bytes: number; records: number }> {
  const papers = corpusPapers(corpusDir);
  const rand = prng(42);
  const out = createWriteStream(file);
  let written = 0;
  let records = 0;
  while (written < bytes) {
    const p = papers[Math.floor(rand() * papers.length)]!;
    const n = records++;
    // Half of the links point at a repository no other record cites.
    const abstract = rand() < 0.5 ? p.abstract.replace(/github\.com\/([\w.-]+)\//g, `github.com/$1-${n}/`) : p.abstract;
    const line = `${JSON.stringify({
      id: `${2300 + (n % 100)}.${String(n % 100000).padStart(5, '0')}`,
      submitter: 'Jane Doe',
      authors: 'Jane Doe, John Roe and Alex Poe',
      title: p.title,
      comments: rand() < 0.3 ? '12 pages, 5 figures, accepted at a conference' : null,
      'journal-ref': null,
      doi: null,
      categories: 'cs.LG cs.CV',
      license: 'http://arxiv.org/licenses/nonexclusive-distrib/1.0/',
      abstract,
      versions: [{ version: 'v1', created: 'Mon, 1 Jan 2024 00:00:00 GMT' }],
      update_date: '2024-01-02',
    })}\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return { bytes: written, records };
}
