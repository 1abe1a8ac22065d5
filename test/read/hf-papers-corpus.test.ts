// The whole corpus (examples/hf-papers, 5 Hugging Face daily-papers dumps), pinned paper by paper
// for a hand-checked set that covers every messy URL case, plus corpus-wide totals.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractInputs, type ExtractRun } from '../../src/extract/index.js';
import type { PaperRecord } from '../../src/types.js';

let run: ExtractRun;
beforeAll(async () => {
  run = await extractInputs(['examples/hf-papers']);
});

const F = ['000_cefb70814237eb1e.txt', '001_f757dada7d55d869.txt', '002_347ae45396946acd.txt', '003_c8e61adb8cb4aef9.txt', '004_40b45259adc55f70.txt'];

function paper(file: number, line: number): PaperRecord {
  const p = run.papers.find((x) => x.source.endsWith(F[file]!) && x.line === line);
  if (!p) throw new Error(`no paper at ${F[file]}:${line}`);
  return p;
}

/** [file, title line, title starts with, links as [url, kind, forge, repo, path, raw]] */
type Row = [number, number, string, [string, string, string | null, string | null, string | null, string][]];
const gh = (repo: string, raw: string, path: string | null = null): [string, string, string, string, string | null, string] => [
  `https://github.com/${repo}${path ? `/${path}` : ''}`,
  'repo',
  'github',
  repo,
  path,
  raw,
];

const HAND_CHECKED: Row[] = [
  [0, 11, 'XAttention', [gh('mit-han-lab/x-attention', 'https://github.com/mit-han-lab/x-attention.')]],
  [0, 27, 'CRAFT: Concept', [gh('deel-ai/Craft', 'github.com/deel-ai/Craft.')]],
  [0, 35, 'A Holistic Approach', [['https://serre-lab.github.io/Lens', 'pages', 'github', 'serre-lab/Lens', null, 'https://serre-lab.github.io/Lens,']]],
  [0, 51, 'Layer-Wise Quantization', [gh('RazvanDu/LayerwiseQuant', 'https://github.com/RazvanDu/LayerwiseQuant/.')]],
  [0, 55, 'Differentiable Blocks World', [['https://www.tmonnier.com/DBW', 'web', null, null, null, 'https://www.tmonnier.com/DBW']]],
  [0, 79, '', [gh('luow23/INP-Former', 'https://github.com/luow23/INP-Former.')]],
  [0, 95, 'Feature Modulation', [gh('AVC2-UESTC/CRAFT-SR', 'https://github.com/AVC2-UESTC/CRAFT-SR.git.')]],
  [0, 159, '', [gh('zjq0455/PTQ1.61', 'https://github.com/zjq0455/PTQ1.61.')]],
  [0, 239, 'BiBench', [gh('htqin/BiBench', 'https://github.com/htqin/BiBench')]],
  [0, 311, '', [['https://cs-people.bu.edu/vpetsiuk/arc', 'web', null, null, null, 'https://cs-people.bu.edu/vpetsiuk/arc']]],
  [1, 29, 'LOST', [gh('JiaxiLi1/LOST-Low-rank-and-Sparse-Training-for-Large-Language-Models', 'https://github.com/JiaxiLi1/LOST-Low-rank-and-Sparse-Training-for-Large-Language-Models')]],
  [1, 165, '', [['https://ma-lab-berkeley.github.io/CRATE', 'pages', 'github', 'ma-lab-berkeley/CRATE', null, 'https://ma-lab-berkeley.github.io/CRATE']]],
  [
    1,
    213,
    '',
    [
      gh('huawei-noah/noah-research', 'https://github.com/huawei-noah/noah-research/tree/master/Focus-DETR', 'tree/master/Focus-DETR'),
      ['https://gitee.com/mindspore/models/tree/master/research/cv/Focus-DETR', 'repo', 'gitee', 'mindspore/models', 'tree/master/research/cv/Focus-DETR', 'https://gitee.com/mindspore/models/tree/master/research/cv/Focus-DETR.'],
    ],
  ],
  [1, 373, '', [gh('chansongoal/FCM-LM', 'https://github.com/chansongoal/FCM-LM/tree/master', 'tree/master')]],
  [1, 389, '', [gh('AlanAnsell/peft', 'https://github.com/AlanAnsell/peft'), gh('ducdauge/sft-llm', 'https://github.com/ducdauge/sft-llm.')]],
  [1, 485, '', [gh('cccrrrccc/Re-ttention', 'https://github.com/cccrrrccc/Re-ttention')]],
  [2, 143, 'OstQuant', [gh('BrotherHappy/OSTQuant', 'https://github.com/BrotherHappy/OSTQuant')]],
  [2, 167, '', [gh('xuke225/EQ-Net', 'https://github.com/xuke225/EQ-Net.git')]],
  [2, 227, '', [gh('Nandan91/entropy-guided-attention-llm', 'https://github.com/Nandan91/entropy-guided-attention-llm')]],
  [2, 271, 'MFTCoder', [gh('codefuse-ai/MFTCOder', 'https://github.com/codefuse-ai/MFTCOder')]],
  [2, 279, '', [['https://anonymous.4open.science/r/TangleNAS-527C', 'repo', 'anonymous4open', 'TangleNAS-527C', null, 'https://anonymous.4open.science/r/TangleNAS-527C']]],
  [3, 59, '', [gh('YuHengsss/MSVMamba', 'https://github.com/YuHengsss/MSVMamba.')]],
  [3, 159, 'Mamba YOLO', [gh('HZAI-ZJNU/Mamba-YOLO', 'https://github.com/HZAI-ZJNU/Mamba-YOLO')]],
  [3, 227, '', [['https://s-vco.github.io/', 'pages', 'github', 's-vco/s-vco.github.io', null, 'https://s-vco.github.io/']]],
  [3, 231, '', [gh('ChaoningZhang/MobileSAM', 'https://github.com/ChaoningZhang/MobileSAM')]],
  [
    3,
    347,
    'TinySAM',
    [
      gh('xinghaochen/TinySAM', 'https://github.com/xinghaochen/TinySAM'),
      ['https://gitee.com/mindspore/models/tree/master/research/cv/TinySAM', 'repo', 'gitee', 'mindspore/models', 'tree/master/research/cv/TinySAM', 'https://gitee.com/mindspore/models/tree/master/research/cv/TinySAM.'],
    ],
  ],
  [4, 101, '', [['https://foundation-model-research.github.io/NeuronPath/', 'pages', 'github', 'foundation-model-research/NeuronPath', null, 'https://foundation-model-research.github.io/NeuronPath/.']]],
  [
    4,
    189,
    '',
    [
      ['https://anonymous.4open.science/r/CHMCorrPlusPlus', 'repo', 'anonymous4open', 'CHMCorrPlusPlus', null, 'https://anonymous.4open.science/r/CHMCorrPlusPlus/'],
      ['http://137.184.82.109:7080/', 'web', null, null, null, 'http://137.184.82.109:7080/'],
    ],
  ],
];

describe('corpus: hand-checked papers', () => {
  it.each(HAND_CHECKED)('%i:%i %s', (file, line, title, links) => {
    const p = paper(file, line);
    expect(p.title!.startsWith(title)).toBe(true);
    expect(p.links.map((l) => [l.url, l.kind, l.forge, l.repo, l.path, l.raw])).toEqual(links);
    // Every link of these papers sits on the abstract line, two lines below the title.
    for (const l of p.links) expect(l.line).toBe(line + 2);
  });

  it('reads titles, dates (without the upvote count) and the record line', () => {
    expect(paper(1, 13)).toMatchObject({ title: 'Progressive Gradient Flow for Robust N:M Sparsity Training in Transformers', date: 'Feb 7, 2024' });
    expect(paper(1, 29).date).toBe('Aug 4');
    expect(paper(0, 11).date).toBeNull();
  });

  it('flags promises with and without links, and claims without links', () => {
    expect(paper(0, 91)).toMatchObject({ promised: true, claimsCodeWithoutLink: false });
    expect(paper(0, 63)).toMatchObject({ promised: true, links: [] });
    expect(paper(2, 287)).toMatchObject({ promised: true, links: [] });
    expect(paper(3, 283)).toMatchObject({ promised: false, claimsCodeWithoutLink: true, links: [] });
    expect(paper(3, 339)).toMatchObject({ promised: false, claimsCodeWithoutLink: true, links: [] });
    expect(paper(0, 11)).toMatchObject({ promised: false, claimsCodeWithoutLink: false });
  });
});

describe('corpus: totals', () => {
  it('has 376 papers, no problems', () => {
    expect(run.problems).toEqual([]);
    expect(run.papers).toHaveLength(376);
    const perFile = F.map((f) => run.papers.filter((p) => p.source.endsWith(f)).length);
    expect(perFile).toEqual([94, 71, 83, 90, 38]);
    expect(run.papers.every((p) => p.title && p.title.length < 300)).toBe(true);
  });

  it('finds 157 links and 122 distinct GitHub repositories', () => {
    expect(run.papers.reduce((n, p) => n + p.links.length, 0)).toBe(157);
    const github = run.repos.filter((r) => r.forge === 'github' && r.kind === 'repo');
    expect(github).toHaveLength(122);
    expect(new Set(github.map((r) => r.key)).size).toBe(122);
  });

  it('has 6 papers that claim code without giving a link', () => {
    const claims = run.papers.filter((p) => p.claimsCodeWithoutLink);
    expect(claims.map((p) => p.title!.slice(0, 24))).toEqual([
      '8-bit Optimizers via Blo',
      'Fast Sparse ConvNets',
      'Efficient LLM Training a',
      'A Comprehensive Survey o',
      'BottleFit: Learning Comp',
      'Computation-Efficient Er',
    ]);
    expect(claims.every((p) => p.links.length === 0 && !p.promised)).toBe(true);
  });

  it('has 16 promised papers, 5 of them without any link', () => {
    const promised = run.papers.filter((p) => p.promised);
    expect(promised).toHaveLength(16);
    expect(promised.filter((p) => p.links.length === 0)).toHaveLength(5);
  });

  it('has repos[] consistent with the papers', () => {
    for (const ref of run.repos) {
      for (const i of ref.papers) expect(run.papers[i]!.links.some((l) => l.key === ref.key)).toBe(true);
    }
    const shared = run.repos.find((r) => r.key === 'gitee/mindspore/models')!;
    expect(shared.papers).toHaveLength(2);
    expect(shared.paths).toEqual(['tree/master/research/cv/Focus-DETR', 'tree/master/research/cv/TinySAM']);
    expect(shared.url).toBe('https://gitee.com/mindspore/models');
  });
});

describe('corpus: every link, against the hand-checked list', () => {
  // test/fixtures/extract/hf-papers-links.tsv: all 157 links, checked by reading the abstracts; the
  // 139 GitHub repository links were also cross-checked against an independent plain regex.
  it('matches link for link (file, title line, link line, kind, forge, repo, path, url)', async () => {
    const { readFileSync } = await import('node:fs');
    const expected = readFileSync('test/fixtures/extract/hf-papers-links.tsv', 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    const got = run.papers.flatMap((p) =>
      p.links.map((l) => [p.source.split('/').pop(), p.line, l.line, l.kind, l.forge ?? '', l.repo ?? '', l.path ?? '', l.url].join('\t')),
    );
    expect(got).toEqual(expected);
  });
});
