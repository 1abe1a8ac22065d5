// Issue 9 items 4 and 8 through `repo-audit audit` against the simulator (real HTTP on 127.0.0.1,
// --no-web): links to the papers themselves are not repositories, and inputs that could not be
// read reach the snapshot, health.md and the Actions annotations.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import type { Snapshot } from '../../src/types.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';

let dir: string;
let sim: RunningSimulator;
let token: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ra-paper-links-'));
  sim = await startSimulator('examples/scenarios/hf-papers.json');
  token = sim.scenario.tokens[0]!.token;
  // Relative names, as a workflow gives them: the annotations carry them as file=…
  writeFileSync(
    join(dir, 'papers.jsonl'),
    [
      '{"id":"2401.00001","title":"Own links only","abstract":"We study X. The source code is publicly released.","links":["https://arxiv.org/abs/2401.00001","https://arxiv.org/pdf/2401.00001v2"]}',
      '{"id":"2401.00002","title":"With code","abstract":"Code: https://github.com/xuke225/EQ-Net (paper: https://doi.org/10.1000/xyz)"}',
      '{"id": "broken',
    ].join('\n') + '\n',
  );
  writeFileSync(
    join(dir, 'list.md'),
    '| Title | Paper | Code |\n|---|---|---|\n| Alpha | [arXiv](https://arxiv.org/abs/2402.00003) | [code](https://github.com/wyxscir/CFSP) |\n| Beta | [OpenReview](https://openreview.net/forum?id=abc) | Beta coming soon |\n',
  );
  writeFileSync(join(dir, 'empty.md'), '');
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const audit = (name: string, extra: string[] = []) =>
  runCli(
    ['audit', 'papers.jsonl', 'list.md', 'empty.md', '--api-url', sim.url, '--graphql-url', sim.graphqlUrl, '--no-web', '--cache-dir', `${name}-cache`, '--out', name, ...extra],
    { cwd: dir, env: { GITHUB_TOKEN: token, GITHUB_ACTIONS: 'true' } },
  );
const snapshotOf = (name: string) => JSON.parse(readFileSync(join(dir, name, 'snapshot.json'), 'utf8')) as Snapshot;

describe('paper links and unread inputs, through audit', () => {
  let run: CliRun;
  let snap: Snapshot;
  beforeAll(async () => {
    run = await audit('plain');
    snap = snapshotOf('plain');
  }, 90_000);

  it('does not count or check the papers\' own links (arXiv, DOI, OpenReview)', () => {
    expect(snap.repos.map((r) => r.key)).toEqual(['github/wyxscir/cfsp', 'github/xuke225/eq-net']);
    expect(snap.summary).toMatchObject({ papers: 4, repos: 2, links: 2 });
    expect(readFileSync(join(dir, 'plain', 'repos.csv'), 'utf8')).not.toMatch(/arxiv|doi\.org|openreview/);
    expect(run.stdout).toMatch(/^2 repositories from 4 papers: /m);
  });

  it('a claim of code backed only by the paper\'s own links is a claim without a link', () => {
    const own = snap.papers.find((p) => p.id === '2401.00001')!;
    expect(own.links.map((l) => l.kind)).toEqual(['paper', 'paper']);
    expect(own).toMatchObject({ claimsCodeWithoutLink: true, health: { status: 'no-code-link', reason: 'says code is available but gives no link' } });
  });

  it('a Markdown row\'s title is its title cell, and a promise in the code column still counts', () => {
    const beta = snap.papers.find((p) => p.source === 'list.md' && p.line === 4)!;
    expect(beta).toMatchObject({ title: 'Beta', promised: true, health: { status: 'promise-unkept' } });
    expect(snap.papers.find((p) => p.source === 'list.md' && p.line === 3)?.title).toBe('Alpha');
  });

  it('lists the inputs not read in the snapshot, in health.md and as ::error annotations; exit 2', () => {
    expect(snap.problems).toEqual([
      { source: 'empty.md', line: null, reason: 'no papers found (the input is empty)' },
      { source: 'papers.jsonl', line: 3, reason: expect.stringMatching(/^malformed JSON line skipped/) },
    ]);
    const md = readFileSync(join(dir, 'plain', 'health.md'), 'utf8');
    expect(md).toMatch(/2 input problems left papers unread \(see "Inputs not read"\)\./);
    const section = md.slice(md.indexOf('## Inputs not read'));
    expect(section).toMatch(/\| `empty\.md` \| whole input \| no papers found \(the input is empty\) \|/);
    expect(section).toMatch(/\| \[`papers\.jsonl:3`\]\(\.\.\/papers\.jsonl#L3\) \| 3 \| malformed JSON line skipped/);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors).toEqual([
      '::error file=empty.md,title=repo-audit%3A input not read::empty.md: no papers found (the input is empty)',
      expect.stringMatching(/^::error file=papers\.jsonl,line=3,title=repo-audit%3A input not read::papers\.jsonl:3: malformed JSON line skipped/),
    ]);
    expect(run.code).toBe(2);
  });

  it('checks the papers\' own links with --check-paper-links (here --no-web: listed, not checked)', async () => {
    const r = await audit('with-papers', ['--check-paper-links']);
    expect(r.code).toBe(2);
    const papers = snapshotOf('with-papers').repos.filter((x) => x.kind === 'paper');
    expect(papers.map((x) => [x.key, x.status, x.error])).toEqual([
      ['paper:arxiv/2401.00001', 'unknown', 'not checked (--no-web)'],
      ['paper:arxiv/2402.00003', 'unknown', 'not checked (--no-web)'],
      ['paper:https://doi.org/10.1000/xyz', 'unknown', 'not checked (--no-web)'],
      ['paper:https://openreview.net/forum?id=abc', 'unknown', 'not checked (--no-web)'],
    ]);
  }, 90_000);
});

describe('one count per thing (item 9): promises unkept agree everywhere, papers and repositories labelled', () => {
  it('console, health.md, flags table, fail-on line and repos.csv tell the same numbers', async () => {
    // wyxscir/CFSP is empty in the scenario: two papers promised code there, a third gave no link.
    writeFileSync(
      join(dir, 'promises.jsonl'),
      [
        '{"title":"P1","abstract":"Code will be released at https://github.com/wyxscir/CFSP."}',
        '{"title":"P2","abstract":"Our code will be made available soon: https://github.com/wyxscir/CFSP"}',
        '{"title":"P3","abstract":"The code will be released upon acceptance."}',
        '{"title":"P4","abstract":"Code: https://github.com/xuke225/EQ-Net"}',
      ].join('\n') + '\n',
    );
    const r = await runCli(
      ['audit', 'promises.jsonl', '--api-url', sim.url, '--graphql-url', sim.graphqlUrl, '--no-web', '--cache-dir', 'promises-cache', '--out', 'promises', '--fail-on', 'promise-unkept'],
      { cwd: dir, env: { GITHUB_TOKEN: token } },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^2 repositories from 4 papers: .*; 3 papers with promises unkept$/m);
    expect(r.stdout).toContain('Found what --fail-on lists: promise-unkept 3 papers.');
    const md = readFileSync(join(dir, 'promises', 'health.md'), 'utf8');
    expect(md).toContain('3 papers promised code that has not appeared: 1 gives no code link, 2 link to 1 repository still empty or a placeholder.');
    // The flags table counts repositories (its row says so): promise-unkept is its last column.
    expect(md).toMatch(/\| Flag \|.*`promise-unkept` \|\n.*\n\| Repositories \|(?: \d+ \|){6} 1 \|/);
    expect(md).toContain('### Code promised, not delivered (3)');
    const rows = readFileSync(join(dir, 'promises', 'repos.csv'), 'utf8').trim().split('\r\n').slice(1).map((l) => l.split(','));
    const unkeptPapers = new Set(rows.filter((c) => c[4] === 'promise-unkept').map((c) => `${c[0]}:${c[1]}`));
    expect(unkeptPapers.size).toBe(3);
    expect(new Set(rows.filter((c) => (c[9] ?? '').split(';').includes('promise-unkept')).map((c) => c[7])).size).toBe(1);
    const snap = snapshotOf('promises');
    expect(snap.summary.byPaperHealth?.['promise-unkept']).toBe(3);
    expect(snap.summary.byFlag['promise-unkept']).toBe(1);
  }, 90_000);
});
