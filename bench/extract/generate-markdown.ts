// Writes a large Markdown paper list in the shapes real awesome lists use: sections with a table of
// contents, list items with inline [[paper]] [[code]] links and star badges, tables whose cells hold
// badge-wrapped links, reference-style links with their definitions at the end of each section,
// <details> abstracts under items, emoji, and "code coming soon" items. Titles and abstracts come
// from the corpus; half the code links point at a repository no other item cites.
import { createWriteStream } from 'node:fs';
import { corpusPapers, prng } from './generate.js';

const VENUES = ['NeurIPS 2024', 'ICLR 2025', 'CVPR 2024', 'ACL 2024', 'arXiv 2024', 'ICML 2024', 'EMNLP 2023'];
const SECTIONS = ['Quantization', 'Pruning', 'Distillation', 'Efficient Attention', 'KV Cache', 'Mixture of Experts', 'Vision', 'Speech'];

/** The first code link of an abstract (owner/repo), if any. */
function repoOf(abstract: string): string | null {
  const m = /github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?(?=[\s/)\].,;]|$)/.exec(abstract);
  return m ? m[1]! : null;
}

export async function generateMarkdown(file: string, bytes: number, corpusDir = 'examples/hf-papers'): Promise<{ bytes: number; records: number }> {
  const papers = corpusPapers(corpusDir).map((p) => ({ ...p, repo: repoOf(p.abstract) }));
  const rand = prng(7);
  const out = createWriteStream(file);
  let written = 0;
  let items = 0;
  const write = async (text: string) => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
  };
  await write(`# Awesome Efficient Models [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n`);
  await write(`A curated list of papers with code. ⭐ PRs welcome, see [CONTRIBUTING](CONTRIBUTING.md).\n\n## Contents\n\n`);
  for (const s of SECTIONS) await write(`- [${s}](#${s.toLowerCase().replace(/ /g, '-')})\n`);
  await write('\n');
  let section = 0;
  while (written < bytes) {
    const name = `${SECTIONS[section % SECTIONS.length]} ${Math.floor(section / SECTIONS.length) + 1}`;
    section++;
    await write(`## ${name}\n\n`);
    const definitions: string[] = [];
    const shape = section % 3;
    if (shape === 1) await write('| Year | Venue | Title | Code | Stars |\n|:----:|:-----:|-------|:----:|:-----:|\n');
    for (let k = 0; k < 200 && written < bytes; k++) {
      const p = papers[Math.floor(rand() * papers.length)]!;
      const n = items++;
      const arxiv = `https://arxiv.org/abs/${2300 + (n % 100)}.${String(n % 100000).padStart(5, '0')}`;
      const venue = VENUES[n % VENUES.length]!;
      const repo = p.repo && rand() < 0.5 ? p.repo.replace('/', `-${n}/`) : p.repo;
      const fire = rand() < 0.1 ? ' 🔥' : '';
      if (shape === 1) {
        const code = repo ? `[![GitHub](https://img.shields.io/badge/GitHub-Code-blue?logo=github)](https://github.com/${repo})` : '-';
        const stars = repo ? `![Stars](https://img.shields.io/github/stars/${repo}?style=social)` : '';
        await write(`| 2024 | ${venue} | [${p.title}](${arxiv})${fire} | ${code} | ${stars} |\n`);
      } else if (shape === 2) {
        const code = repo ? ` [[code][c${n}]]` : rand() < 0.2 ? ' (code coming soon)' : '';
        await write(`- **${p.title}**${fire} [[paper][p${n}]]${code} *${venue}*\n`);
        definitions.push(`[p${n}]: ${arxiv}`);
        if (repo) definitions.push(`[c${n}]: https://github.com/${repo}`);
      } else {
        const code = repo
          ? ` [[Code](https://github.com/${repo})] [![Star](https://img.shields.io/github/stars/${repo}.svg?style=social&label=Star)](https://github.com/${repo})`
          : '';
        await write(`- [${p.title}](${arxiv})${fire}, ${venue}.${code}\n`);
        if (rand() < 0.25) await write(`  <details><summary>Abstract</summary>\n\n  ${p.abstract}\n  </details>\n`);
      }
    }
    await write('\n');
    if (definitions.length > 0) await write(`${definitions.join('\n')}\n\n`);
  }
  await new Promise<void>((r) => out.end(() => r()));
  return { bytes: written, records: items };
}
