import { describe, expect, it } from 'vitest';
import { findLinks } from '../../src/extract/index.js';

const urls = (text: string) => findLinks(text, 1).map((l) => l.url);

describe('findLinks: what abstracts do to URLs', () => {
  it.each([
    ['Code: https://github.com/wyxscir/CFSP.', 'https://github.com/wyxscir/CFSP'],
    ['at https://github.com/RazvanDu/LayerwiseQuant/.', 'https://github.com/RazvanDu/LayerwiseQuant'],
    ['released https://github.com/htqin/BiBench .', 'https://github.com/htqin/BiBench'],
    ['at https://github.com/zjq0455/PTQ1.61.', 'https://github.com/zjq0455/PTQ1.61'],
    ['at: https://github.com/AVC2-UESTC/CRAFT-SR.git.', 'https://github.com/AVC2-UESTC/CRAFT-SR'],
    ['Code is available at:https://github.com/luow23/INP-Former.', 'https://github.com/luow23/INP-Former'],
    ['testing on ADE20K.Code is available at https://github.com/YuHengsss/MSVMamba.', 'https://github.com/YuHengsss/MSVMamba'],
    ['freely available at github.com/deel-ai/Craft.', 'https://github.com/deel-ai/Craft'],
    ['we present https://serre-lab.github.io/Lens, a website', 'https://serre-lab.github.io/Lens'],
    ['(see https://github.com/o/r).', 'https://github.com/o/r'],
    ['[code](https://github.com/o/r)', 'https://github.com/o/r'],
    ['<https://github.com/o/r>', 'https://github.com/o/r'],
    ['<a href="https://github.com/o/r">x</a>', 'https://github.com/o/r'],
    ["'https://github.com/o/r'", 'https://github.com/o/r'],
    ['“https://github.com/o/r”', 'https://github.com/o/r'],
    ['代码见（https://github.com/o/r）。', 'https://github.com/o/r'],
    ['代码：https://github.com/o/r，数据集', 'https://github.com/o/r'],
    ['代码在https://github.com/o/r中', 'https://github.com/o/r'],
    ['https://en.wikipedia.org/wiki/Foo_(bar).', 'https://en.wikipedia.org/wiki/Foo_(bar)'],
    ['Code: https://github.com/o/my\\_repo.', 'https://github.com/o/my_repo'],
    ['clone git@github.com:o/r.git and run', 'https://github.com/o/r'],
    ['npm i git+https://github.com/o/r.git', 'https://github.com/o/r'],
    ['visit www.github.com/o/r!', 'https://github.com/o/r'],
  ])('%s', (text, url) => {
    expect(urls(text)).toEqual([url]);
  });

  it.each([
    ['https://github.com/xuke225/EQ-Net.git{https://github.com/xuke225/EQ-Net}.', ['https://github.com/xuke225/EQ-Net']],
    ['https://github.com/ChaoningZhang/MobileSAM{red{https://github.com/ChaoningZhang/MobileSAM}}.', ['https://github.com/ChaoningZhang/MobileSAM']],
    ['https://github.com/JiaxiLi1/LOST-Low-rank-and-Sparse-Training-for-Large-Language-Models{LOST Repo}', ['https://github.com/JiaxiLi1/LOST-Low-rank-and-Sparse-Training-for-Large-Language-Models']],
    ['\\url{https://github.com/o/r}.', ['https://github.com/o/r']],
    ['\\href{https://github.com/o/r}{code}', ['https://github.com/o/r']],
    ['https://anonymous.4open.science/r/CHMCorrPlusPlus/{github}. Interface http://137.184.82.109:7080/{here}.', ['https://anonymous.4open.science/r/CHMCorrPlusPlus', 'http://137.184.82.109:7080/']],
    ['https://github.com/a/b and https://gitee.com/c/d.', ['https://github.com/a/b', 'https://gitee.com/c/d']],
  ])('LaTeX residue and several links: %s', (text, expected) => {
    expect(urls(text)).toEqual(expected);
  });

  it('finds nothing in text without links, nor in look-alike prose', () => {
    expect(urls('Code is available at Github. We use e.g. ResNet.50 and GitHub.com.')).toEqual([]);
    expect(urls('user@github.com wrote')).toEqual([]);
  });

  it('keeps the raw text, without credentials', () => {
    const [link] = findLinks('see https://alice:hunter2@github.com/o/r.git.', 7);
    expect(link).toMatchObject({ url: 'https://github.com/o/r', line: 7, raw: 'https://github.com/o/r.git.' });
    expect(JSON.stringify(link)).not.toContain('hunter2');
    expect(JSON.stringify(findLinks('x https://token123@gitlab.com/g/p', 1))).not.toContain('token123');
  });

  it('numbers lines inside multi-line text', () => {
    const links = findLinks('first\nsecond https://github.com/a/b\n\nfourth https://github.com/c/d', 10);
    expect(links.map((l) => [l.repo, l.line])).toEqual([['a/b', 11], ['c/d', 13]]);
  });
});
