import { describe, expect, it } from 'vitest';
import { parseCodeLink } from '../../src/extract/index.js';

/** The parts of a classification a test pins. */
const target = (url: string) => {
  const t = parseCodeLink(url);
  return t && { forge: t.forge, kind: t.kind, repo: t.repo, path: t.path, key: t.key, url: t.url };
};

describe('parseCodeLink: GitHub repositories', () => {
  it.each([
    ['https://github.com/mit-han-lab/x-attention', 'mit-han-lab/x-attention', null],
    ['http://github.com/o/r', 'o/r', null],
    ['https://www.github.com/o/r', 'o/r', null],
    ['github.com/deel-ai/Craft', 'deel-ai/Craft', null],
    ['HTTPS://GitHub.com/o/r', 'o/r', null],
    ['https://github.com/xuke225/EQ-Net.git', 'xuke225/EQ-Net', null],
    ['https://github.com/o/r#readme', 'o/r', null],
    ['https://github.com/o/r?tab=readme-ov-file', 'o/r', null],
    ['https://github.com/o/r/', 'o/r', null],
    ['https://github.com/zjq0455/PTQ1.61', 'zjq0455/PTQ1.61', null],
    ['https://github.com/huawei-noah/noah-research/tree/master/Focus-DETR', 'huawei-noah/noah-research', 'tree/master/Focus-DETR'],
    ['https://github.com/o/r/blob/main/src/x.py#L10', 'o/r', 'blob/main/src/x.py'],
    ['https://github.com/o/r/issues/12', 'o/r', 'issues/12'],
    ['https://github.com/o/r/releases/tag/v1.0', 'o/r', 'releases/tag/v1.0'],
    ['git@github.com:o/r.git', 'o/r', null],
    ['git+https://github.com/o/r.git', 'o/r', null],
    ['git+ssh://git@github.com/o/r.git', 'o/r', null],
    ['git://github.com/o/r.git', 'o/r', null],
    ['https://raw.githubusercontent.com/o/r/main/README.md', 'o/r', 'blob/main/README.md'],
    ['https://codeload.github.com/o/r/zip/refs/heads/main', 'o/r', null],
  ])('%s → %s', (url, repo, path) => {
    expect(target(url)).toMatchObject({ forge: 'github', kind: 'repo', repo, path, key: `github/${repo.toLowerCase()}` });
  });

  it('keeps case in repo and url, lower-cases the key', () => {
    expect(target('https://github.com/codefuse-ai/MFTCOder')).toEqual({
      forge: 'github',
      kind: 'repo',
      repo: 'codefuse-ai/MFTCOder',
      path: null,
      key: 'github/codefuse-ai/mftcoder',
      url: 'https://github.com/codefuse-ai/MFTCOder',
    });
  });

  it('drops credentials and never returns them', () => {
    const t = parseCodeLink('https://user:s3cret@github.com/o/r');
    expect(t).toMatchObject({ kind: 'repo', repo: 'o/r', url: 'https://github.com/o/r' });
    expect(JSON.stringify(t)).not.toContain('s3cret');
    expect(JSON.stringify(parseCodeLink('https://ghp_abcdef123@github.com/o/r.git'))).not.toContain('ghp_');
    expect(JSON.stringify(parseCodeLink('https://example.org/x?access_token=tok123&a=1'))).not.toContain('tok123');
  });
});

describe('parseCodeLink: GitHub pages that are not repositories', () => {
  it.each([
    'https://github.com/features/copilot',
    'https://github.com/about',
    'https://github.com/settings/tokens',
    'https://github.com/marketplace/actions/checkout',
    'https://github.com/sponsors/someone',
    'https://github.com/topics/llm',
    'https://github.com/trending',
    'https://github.com/',
    'https://github.com/login?return_to=x',
  ])('%s is a web page', (url) => {
    expect(target(url)).toMatchObject({ kind: 'web', forge: null, repo: null });
  });

  it.each([
    ['https://github.com/orgs/huggingface/repositories', 'huggingface'],
    ['https://github.com/orgs/openai', 'openai'],
    ['https://github.com/VITA-Group', 'VITA-Group'],
    ['https://github.com/users/someone/projects/1', 'someone'],
  ])('%s is owner %s', (url, owner) => {
    expect(target(url)).toMatchObject({ kind: 'owner', forge: 'github', repo: owner, key: `owner:github/${owner.toLowerCase()}` });
  });

  it('gists', () => {
    expect(target('https://gist.github.com/karpathy/d4dee566867f8291f086')).toMatchObject({ kind: 'gist', repo: 'd4dee566867f8291f086', key: 'gist:d4dee566867f8291f086' });
    expect(target('https://gist.github.com/d4dee566867f8291f086')).toMatchObject({ kind: 'gist', key: 'gist:d4dee566867f8291f086' });
  });
});

describe('parseCodeLink: look-alike hosts are not GitHub', () => {
  it.each(['https://gіthub.com/o/r', 'https://github.com.evil.example/o/r', 'https://evilgithub.com/o/r', 'https://github.co/o/r', 'https://notgithub.io/o'])('%s', (url) => {
    expect(target(url)).toMatchObject({ kind: 'web', forge: null });
  });
  it('punycodes an IDN host instead of reading it as github.com', () => {
    expect(parseCodeLink('https://gіthub.com/o/r')!.url).toMatch(/^https:\/\/xn--/);
  });
});

describe('parseCodeLink: github.io project pages', () => {
  it.each([
    ['https://serre-lab.github.io/Lens', 'serre-lab/Lens', 'pages:serre-lab.github.io/lens'],
    ['https://jixuan-fan.github.io/Momentum-GS_Page/', 'jixuan-fan/Momentum-GS_Page', 'pages:jixuan-fan.github.io/momentum-gs_page'],
    ['https://s-vco.github.io/', 's-vco/s-vco.github.io', 'pages:s-vco.github.io/'],
    ['https://s-vco.github.io/index.html', 's-vco/s-vco.github.io', 'pages:s-vco.github.io/'],
    ['serre-lab.github.io/Lens', 'serre-lab/Lens', 'pages:serre-lab.github.io/lens'],
  ])('%s comes from %s', (url, repo, key) => {
    expect(target(url)).toMatchObject({ kind: 'pages', forge: 'github', repo, key });
  });
});

describe('parseCodeLink: other forges', () => {
  it.each([
    ['https://gitee.com/mindspore/models/tree/master/research/cv/Focus-DETR', 'gitee', 'mindspore/models', 'tree/master/research/cv/Focus-DETR', 'gitee/mindspore/models'],
    ['https://gitee.com/casia_iva_engineer/easypruner', 'gitee', 'casia_iva_engineer/easypruner', null, 'gitee/casia_iva_engineer/easypruner'],
    ['https://gitlab.com/group/sub/project', 'gitlab', 'group/sub/project', null, 'gitlab/group/sub/project'],
    ['https://gitlab.com/group/sub/project/-/tree/main/src', 'gitlab', 'group/sub/project', '-/tree/main/src', 'gitlab/group/sub/project'],
    ['https://gitlab.com/g/p.git', 'gitlab', 'g/p', null, 'gitlab/g/p'],
    ['git@gitlab.com:g/sub/p.git', 'gitlab', 'g/sub/p', null, 'gitlab/g/sub/p'],
    ['https://bitbucket.org/team/repo/src/master/README.md', 'bitbucket', 'team/repo', 'src/master/README.md', 'bitbucket/team/repo'],
    ['https://codeberg.org/forgejo/forgejo', 'codeberg', 'forgejo/forgejo', null, 'codeberg/forgejo/forgejo'],
    ['https://huggingface.co/meta-llama/Llama-2-7b-hf', 'huggingface', 'meta-llama/Llama-2-7b-hf', null, 'huggingface/meta-llama/llama-2-7b-hf'],
    ['https://huggingface.co/datasets/allenai/c4', 'huggingface', 'datasets/allenai/c4', null, 'huggingface/datasets/allenai/c4'],
    ['https://huggingface.co/spaces/org/demo/blob/main/app.py', 'huggingface', 'spaces/org/demo', 'blob/main/app.py', 'huggingface/spaces/org/demo'],
    ['https://hf.co/org/model', 'huggingface', 'org/model', null, 'huggingface/org/model'],
    ['https://anonymous.4open.science/r/TangleNAS-527C', 'anonymous4open', 'TangleNAS-527C', null, 'anonymous4open/tanglenas-527c'],
    ['https://anonymous.4open.science/r/CHMCorrPlusPlus/', 'anonymous4open', 'CHMCorrPlusPlus', null, 'anonymous4open/chmcorrplusplus'],
  ])('%s', (url, forge, repo, path, key) => {
    expect(target(url)).toMatchObject({ forge, kind: 'repo', repo, path, key });
  });

  it.each([
    ['https://gitlab.com/someone', 'gitlab', 'owner:gitlab/someone'],
    ['https://bitbucket.org/team', 'bitbucket', 'owner:bitbucket/team'],
    ['https://codeberg.org/org/forgejo', 'codeberg', 'owner:codeberg/forgejo'],
    ['https://huggingface.co/facebook', 'huggingface', 'owner:huggingface/facebook'],
  ])('%s is an owner page', (url, forge, key) => {
    expect(target(url)).toMatchObject({ forge, kind: 'owner', key });
  });

  it.each(['https://huggingface.co/papers/2401.00001', 'https://gitlab.com/explore', 'https://huggingface.co/docs/transformers'])('%s is a web page', (url) => {
    expect(target(url)).toMatchObject({ kind: 'web' });
  });
});

describe('parseCodeLink: plain web pages', () => {
  it('keeps the URL (without fragment) and keys it lower-case', () => {
    expect(target('https://www.tmonnier.com/DBW')).toEqual({ forge: null, kind: 'web', repo: null, path: null, url: 'https://www.tmonnier.com/DBW', key: 'web:https://www.tmonnier.com/dbw' });
    expect(target('http://137.184.82.109:7080/')).toMatchObject({ kind: 'web', url: 'http://137.184.82.109:7080/' });
    expect(target('https://example.org/page#section')!.url).toBe('https://example.org/page');
  });
  it('returns null for what is not a web address', () => {
    expect(parseCodeLink('not a url')).toBeNull();
    expect(parseCodeLink('https://localhost')).toBeNull();
    expect(parseCodeLink('mailto:a@b.org')).toBeNull();
  });
  it.each([
    ['https://arxiv.org/abs/2401.00001', 'https://arxiv.org/abs/2401.00001', 'paper:arxiv/2401.00001'],
    ['https://arxiv.org/abs/2401.00001#', 'https://arxiv.org/abs/2401.00001', 'paper:arxiv/2401.00001'],
    ['https://arxiv.org/abs/2401.00001v2#sec3', 'https://arxiv.org/abs/2401.00001v2', 'paper:arxiv/2401.00001'],
    ['https://openreview.net/forum?id=x#y', 'https://openreview.net/forum?id=x', 'paper:https://openreview.net/forum?id=x'],
  ])('paper link %s is %s without its fragment', (url, href, key) => {
    expect(target(url)).toMatchObject({ kind: 'paper', url: href, key });
  });
});
