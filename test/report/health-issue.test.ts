import { describe, expect, it } from 'vitest';
import { HEALTH_ISSUE_MARKER, planHealthIssue, recordedProblems } from '../../src/report/health-issue.js';
import { snapshotChanged } from '../../src/action/snapshot-changed.js';
import type { Snapshot, SnapshotRepo } from '../../src/types.js';

function repo(key: string, status: SnapshotRepo['status'], flags: SnapshotRepo['flags'] = [], reason = ''): SnapshotRepo {
  return {
    key,
    url: `https://github.com/${key.replace(/^github\//, '')}`,
    forge: 'github',
    kind: 'repo',
    status,
    flags,
    reasons: reason ? { status: reason } : {},
    canonicalUrl: null,
    stars: null,
    forks: null,
    license: null,
    archived: null,
    pushedAt: null,
    lastCommitAt: null,
    checkedAt: '2026-11-22T03:17:00Z',
    error: null,
    papers: [{ source: 'examples/hf-papers/001.txt', line: 13, title: 't' }],
  };
}
const snap = (repos: SnapshotRepo[]) => ({ generatedAt: '2026-11-23T03:17:00Z', repos });

describe('planHealthIssue', () => {
  const failOn = ['not-found', 'blocked', 'promise-unkept'];

  it('counts the checks that failed (not --no-web skips) and says so first: the issue must not be closed', () => {
    const failed = { ...repo('github/a/down', 'unknown'), error: 'GraphQL HTTP 502: Server Error' };
    const skipped = { ...repo('web:https://x.example/', 'unknown'), error: 'not checked (--no-web)' };
    const plan = planHealthIssue({ ...snap([repo('github/a/ok', 'ok'), failed, skipped]), incomplete: { reason: 'cannot reach https://api.github.com (ECONNREFUSED)' } }, null, failOn);
    expect(plan.problems).toEqual([]);
    expect(plan.unchecked).toBe(1);
    expect(plan.incomplete).toBe('cannot reach https://api.github.com (ECONNREFUSED)');
    expect(plan.body).toMatch(/^\*\*This run did not finish\*\* \(cannot reach/m);
    expect(plan.body).toMatch(/^\*\*1 linked repository could not be checked\*\* this run; the issue is not closed until they are\./m);
    expect(planHealthIssue(snap([repo('github/a/ok', 'ok'), skipped]), null, failOn).unchecked).toBe(0);
  });

  it('lists problems by status or flag, and tells new ones from old ones', () => {
    const before = snap([repo('github/a/old', 'not-found'), repo('github/a/fixed', 'blocked')]);
    const now = snap([
      repo('github/a/old', 'not-found'),
      repo('github/a/fixed', 'ok'),
      repo('github/a/new', 'blocked', [], 'DMCA takedown'),
      repo('github/a/promise', 'empty', ['promise-unkept']),
      repo('github/a/fine', 'empty'),
    ]);
    const plan = planHealthIssue(now, before, failOn, 'https://github.com/o/r/blob/main/reports/health.md');
    expect(plan.problems.map((r) => r.key).sort()).toEqual(['github/a/new', 'github/a/old', 'github/a/promise']);
    expect(plan.newProblems.map((r) => r.key).sort()).toEqual(['github/a/new', 'github/a/promise']);
    expect(plan.title).toBe('Repository health');
    expect(plan.body.startsWith(HEALTH_ISSUE_MARKER)).toBe(true);
    expect(plan.body).toContain('**3** problems');
    expect(plan.body).toContain('(2 new since the previous run)');
    expect(plan.body).toContain('DMCA takedown');
    expect(plan.body).toContain('examples/hf-papers/001.txt:13');
    // New problems come first.
    expect(plan.body.indexOf('a/new')).toBeLessThan(plan.body.indexOf('a/old'));
  });

  it('counts a paper that promised code and gives no link, as fail-on does', () => {
    const paper = (line: number, links: number) => ({
      source: 'examples/hf-papers/002.txt', line, title: `Paper ${line}`, date: null, promised: true, claimsCodeWithoutLink: false,
      links: Array.from({ length: links }, () => ({}) as never),
      health: { status: 'promise-unkept' as const, reason: 'code promised, no link given (paper dated 2025-10-26)' },
    });
    const plan = planHealthIssue({ ...snap([]), papers: [paper(5, 0), paper(9, 1)] }, null, failOn);
    // The paper with a link is counted through its repository's flag, not twice.
    expect(plan.problems.map((p) => p.key)).toEqual(['paper:examples/hf-papers/002.txt:5']);
    expect(plan.body).toContain('no link');
    expect(plan.body).toContain('Paper 5 — code promised, no link given (paper dated 2025-10-26)');
  });

  it('treats every problem as new on the first run', () => {
    const plan = planHealthIssue(snap([repo('github/a/x', 'not-found')]), null, failOn);
    expect(plan.newProblems).toHaveLength(1);
  });

  it('says so when everything is healthy', () => {
    const plan = planHealthIssue(snap([repo('github/a/x', 'ok')]), null, failOn);
    expect(plan.problems).toEqual([]);
    expect(plan.body).toContain('found no problems');
  });

  it('keeps untrusted text from pinging people, referencing issues or breaking the table', () => {
    const plan = planHealthIssue(snap([repo('github/a/x', 'not-found', [], 'gone @octocat fixes #12 | <img src=x>')]), null, failOn);
    expect(plan.body).not.toMatch(/@octocat/);
    expect(plan.body).not.toMatch(/#12/);
    expect(plan.body).not.toContain('<img');
    const row = plan.body.split('\n').find((l) => l.startsWith('|') && l.includes('a/x'));
    expect(row?.match(/(?<!\\)\|/g)).toHaveLength(7);
  });

  it('stays within an issue body by listing at most 100 rows', () => {
    const many = Array.from({ length: 150 }, (_, i) => repo(`github/a/r${String(i).padStart(3, '0')}`, 'not-found'));
    const plan = planHealthIssue(snap(many), null, failOn);
    expect(plan.body).toContain('…and 50 more in the report.');
    expect(plan.body.length).toBeLessThan(65_536);
  });
});

describe('snapshotChanged', () => {
  const base = { generatedAt: '2026-11-22T03:17:00Z', history: [1], repos: [{ key: 'k', status: 'ok', checkedAt: 'a', facts: { via: 'graphql', checkedAt: 'a' } }] };
  it('ignores run times, history and where the answer came from', () => {
    const later = { ...base, generatedAt: '2026-11-23T03:17:00Z', history: [1, 2], repos: [{ key: 'k', status: 'ok', checkedAt: 'b', facts: { via: 'cache', checkedAt: 'b' } }] };
    expect(snapshotChanged(base, later)).toBe(false);
  });
  it('sees a changed status, and a missing previous snapshot', () => {
    expect(snapshotChanged(base, { ...base, repos: [{ ...base.repos[0], status: 'not-found' }] })).toBe(true);
    expect(snapshotChanged(null, base)).toBe(true);
  });
});

describe('the record in the issue body', () => {
  const snapshot = (statuses: Record<string, string>) =>
    ({ generatedAt: '2026-11-30T00:00:00Z', repos: Object.entries(statuses).map(([key, status]) => ({ key, url: `https://${key}`, status, flags: [], reasons: {}, papers: [] })), papers: [] }) as unknown as Snapshot;

  it('records each problem with its status, and serves as the previous run when there is no snapshot', () => {
    const first = planHealthIssue(snapshot({ 'github.com/a/gone': 'not-found', 'github.com/b/ok': 'ok' }), null, ['not-found']);
    const recorded = recordedProblems(first.body);
    expect(recorded).toEqual(['github.com/a/gone not-found']);
    const second = planHealthIssue(snapshot({ 'github.com/a/gone': 'not-found', 'github.com/c/new': 'not-found' }), recorded, ['not-found']);
    expect(second.newProblems.map((p) => p.key)).toEqual(['github.com/c/new']);
  });

  it('cannot be ended early by a key holding -->', () => {
    const plan = planHealthIssue(snapshot({ 'x/-->@someone': 'not-found' }), null, ['not-found']);
    expect(recordedProblems(plan.body)).toEqual(['x/-->@someone not-found']);
    expect(plan.body.split('<!--').length).toBe(plan.body.split('-->').length);
  });
});
