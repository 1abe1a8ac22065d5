import { describe, expect, it } from 'vitest';
import { classifyRepo } from '../../src/classify/classify.js';
import { placeholderReason } from '../../src/classify/placeholder.js';
import { facts } from '../fixtures/report/facts.js';

const ctx = { now: new Date('2026-11-22T00:00:00Z'), staleDays: 365, promised: false };

describe('classifyRepo: status', () => {
  it('ok when reachable with code', () => {
    expect(classifyRepo(facts('a/b'), ctx)).toEqual({ status: 'ok', flags: [], reasons: { status: 'has code' } });
  });

  it('empty when there are no commits', () => {
    const h = classifyRepo(facts('a/b', { empty: true, rootEntries: null, license: null }), ctx);
    expect(h.status).toBe('empty');
    expect(h.reasons.status).toBe('no commits');
    expect(h.flags).not.toContain('no-license');
  });

  it('placeholder when the root holds only README and LICENSE', () => {
    const rootEntries = [
      { name: 'README.md', type: 'blob' },
      { name: 'LICENSE', type: 'blob' },
    ];
    const h = classifyRepo(facts('a/b', { rootEntries }), ctx);
    expect(h.status).toBe('placeholder');
    expect(h.reasons.status).toBe('only README.md and LICENSE at the root');
  });

  it('not-found on a 404, with no other flags', () => {
    const h = classifyRepo(facts('a/b', { outcome: 'not-found', httpStatus: 404, license: null, pushedAt: '2020-01-01T00:00:00Z' }), ctx);
    expect(h.status).toBe('not-found');
    expect(h.flags).toEqual([]);
    expect(h.reasons.status).toMatch(/deleted, made private, or never existed/);
  });

  it('blocked: DMCA, terms of service, disabled', () => {
    expect(classifyRepo(facts('a/b', { outcome: 'blocked', httpStatus: 451, blockReason: 'dmca' }), ctx).reasons.status).toBe(
      'blocked by a DMCA takedown (HTTP 451)',
    );
    expect(classifyRepo(facts('a/b', { outcome: 'blocked', httpStatus: 403, blockReason: 'tos' }), ctx).reasons.status).toMatch(/terms-of-service/);
    const disabled = classifyRepo(facts('a/b', { disabled: true }), ctx);
    expect(disabled.status).toBe('blocked');
    expect(disabled.reasons.status).toBe('disabled by GitHub');
  });

  it('unknown is never dead, and carries the error', () => {
    const h = classifyRepo(facts('a/b', { outcome: 'unknown', httpStatus: 502, error: 'HTTP 502 after 3 retries' }), ctx);
    expect(h.status).toBe('unknown');
    expect(h.reasons.status).toBe('could not be checked: HTTP 502 after 3 retries');
  });

  it('web links: ok when reachable, not-found when gone', () => {
    const web = { kind: 'web' as const, forge: null, rootEntries: null, license: null };
    expect(classifyRepo(facts('x/y', web), ctx)).toMatchObject({ status: 'ok', flags: [] });
    expect(classifyRepo(facts('x/y', { ...web, outcome: 'not-found', httpStatus: 410 }), ctx).reasons.status).toBe('HTTP 410: page gone');
  });
});

describe('classifyRepo: flags', () => {
  it('moved names the new repository', () => {
    const h = classifyRepo(facts('a/b', { moved: true, canonicalRepo: 'c/d', canonicalUrl: 'https://github.com/c/d' }), ctx);
    expect(h.flags).toEqual(['moved']);
    expect(h.reasons.moved).toBe('renamed to c/d');
  });

  it('archived', () => {
    expect(classifyRepo(facts('a/b', { archived: true }), ctx).flags).toEqual(['archived']);
  });

  it('stale after --stale-days without a push, with the date', () => {
    const old = facts('a/b', { pushedAt: '2023-02-01T10:00:00Z' });
    const h = classifyRepo(old, ctx);
    expect(h.flags).toEqual(['stale']);
    expect(h.reasons.stale).toBe('no push since 2023-02-01');
    expect(classifyRepo(old, { ...ctx, staleDays: 2000 }).flags).toEqual([]);
  });

  it('no-license for GitHub only; NOASSERTION is a licence', () => {
    expect(classifyRepo(facts('a/b', { license: null }), ctx).flags).toEqual(['no-license']);
    expect(classifyRepo(facts('a/b', { license: 'NOASSERTION' }), ctx).flags).toEqual([]);
    expect(classifyRepo(facts('a/b', { license: null, forge: 'gitee' }), ctx).flags).toEqual([]);
  });

  it('fork', () => {
    expect(classifyRepo(facts('a/b', { fork: true }), ctx).flags).toEqual(['fork']);
  });

  it('subpath-missing names the missing path; unknown paths are not missing', () => {
    const h = classifyRepo(facts('a/b', { subpaths: { 'tree/master/X': false, 'tree/master/Y': null, 'tree/master/Z': true } }), ctx);
    expect(h.flags).toEqual(['subpath-missing']);
    expect(h.reasons['subpath-missing']).toBe('tree/master/X no longer exists');
  });

  it('promise-unkept only when promised and still empty or a placeholder', () => {
    const placeholder = facts('a/b', { rootEntries: [{ name: 'README.md', type: 'blob' }] });
    expect(classifyRepo(placeholder, { ...ctx, promised: true }).flags).toContain('promise-unkept');
    expect(classifyRepo(placeholder, ctx).flags).not.toContain('promise-unkept');
    expect(classifyRepo(facts('a/b'), { ...ctx, promised: true }).flags).not.toContain('promise-unkept');
    expect(classifyRepo(facts('a/b', { empty: true }), { ...ctx, promised: true }).flags).toContain('promise-unkept');
  });

  it('flags come in design.md order', () => {
    const h = classifyRepo(facts('a/b', { fork: true, archived: true, moved: true, license: null, pushedAt: '2020-01-01T00:00:00Z' }), ctx);
    expect(h.flags).toEqual(['moved', 'archived', 'stale', 'no-license', 'fork']);
  });
});

describe('placeholderReason', () => {
  it('docs, images, PDFs, dotfiles and doc folders are not code', () => {
    const entries = ['README.md', '.gitignore', 'paper.pdf', 'teaser.png', 'CITATION.cff'].map((name) => ({ name, type: 'blob' }));
    expect(placeholderReason([...entries, { name: 'assets', type: 'tree' }, { name: '.github', type: 'tree' }])).toMatch(
      /^only documentation and images at the root \(7 entries/,
    );
  });

  it('a source file, a code folder or a submodule is code', () => {
    expect(placeholderReason([{ name: 'README.md', type: 'blob' }, { name: 'model.py', type: 'blob' }])).toBeNull();
    expect(placeholderReason([{ name: 'README.md', type: 'blob' }, { name: 'src', type: 'tree' }])).toBeNull();
    expect(placeholderReason([{ name: 'README.md', type: 'blob' }, { name: 'vendor', type: 'commit' }])).toBeNull();
  });

  it('an empty root with commits is a placeholder', () => {
    expect(placeholderReason([])).toBe('nothing at the root');
  });
});
