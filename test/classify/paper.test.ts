import { describe, expect, it } from 'vitest';
import { classifyPaper, type LinkedRepoHealth } from '../../src/classify/paper.js';
import { parsePaperDate } from '../../src/classify/paper-date.js';
import { link, paper } from '../fixtures/report/facts.js';

const table: Record<string, LinkedRepoHealth> = {
  'github/a/ok': { status: 'ok', flags: [] },
  'github/a/dead': { status: 'not-found', flags: [] },
  'github/a/soon': { status: 'placeholder', flags: ['promise-unkept'] },
  'github/a/unk': { status: 'unknown', flags: [] },
};
const healthOf = (k: string) => table[k];

describe('classifyPaper', () => {
  it('healthy when every link is healthy', () => {
    expect(classifyPaper(paper('f', 1, 't', [link('a/ok', 3)]), healthOf)).toMatchObject({ health: 'healthy', reason: 'every link healthy' });
  });

  it('a link that could not be checked makes the paper unchecked, never healthy, and is counted', () => {
    const v = classifyPaper(paper('f', 1, 't', [link('a/ok', 3), link('a/unk', 4)]), healthOf);
    expect(v).toMatchObject({ health: 'unchecked', reason: '1 of 2 links not checked, none broken' });
    // Every link unchecked (a run with --no-web, or GitHub unreachable): still not healthy.
    expect(classifyPaper(paper('f', 1, 't', [link('a/unk', 3)]), healthOf)).toMatchObject({ health: 'unchecked', reason: '1 of 1 link not checked, none broken' });
    // A repository missing from the facts was not checked either.
    expect(classifyPaper(paper('f', 1, 't', [link('a/absent', 3)]), healthOf).health).toBe('unchecked');
  });

  it('a broken link outweighs one that could not be checked', () => {
    const v = classifyPaper(paper('f', 1, 't', [link('a/unk', 3), link('a/dead', 4)]), healthOf);
    expect(v).toMatchObject({ health: 'some-broken', reason: '1 of 2 links broken' });
  });

  it('some-broken counts the broken links', () => {
    const v = classifyPaper(paper('f', 1, 't', [link('a/ok', 3), link('a/dead', 4)]), healthOf);
    expect(v).toMatchObject({ health: 'some-broken', reason: '1 of 2 links broken' });
  });

  it('promise-unkept names the paper\'s date, not a day count that changes every day', () => {
    const v = classifyPaper(paper('f', 1, 't', [link('a/soon', 3)], { promised: true, date: 'Nov 12, 2026' }), healthOf);
    expect(v).toEqual({ health: 'promise-unkept', reason: 'code promised, repository still empty or a placeholder (paper dated 2026-11-12)' });
  });

  it('promised with no link at all is promise-unkept; without a year, no date in the reason', () => {
    const v = classifyPaper(paper('f', 1, 't', [], { promised: true, date: 'Aug 4' }), healthOf);
    expect(v).toEqual({ health: 'promise-unkept', reason: 'code promised, no link given' });
  });

  it('no code link', () => {
    expect(classifyPaper(paper('f', 1, 't', []), healthOf).health).toBe('no-code-link');
    expect(classifyPaper(paper('f', 1, 't', [], { claimsCodeWithoutLink: true }), healthOf).reason).toBe('says code is available but gives no link');
  });
});

describe('parsePaperDate', () => {
  it.each([
    ['Feb 7, 2024', Date.UTC(2024, 1, 7)],
    ['2023-02-01', Date.UTC(2023, 1, 1)],
    ['7 February 2024', Date.UTC(2024, 1, 7)],
    ['Aug 4', null],
    ['Feb 30, 2024', null],
    [null, null],
  ])('%s', (text, expected) => expect(parsePaperDate(text)).toBe(expected));
});
