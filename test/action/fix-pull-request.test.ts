// The action's `fix: true` step: runFix from the audit's findings, then one commit on
// repo-audit/fix-links pushed to a real (local, bare) git remote and one pull request opened, then
// updated on the next run; the default branch is never pushed to. GitHub's pulls API is played by
// a small loopback server (the simulator serves reads only).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from 'octokit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIX_BRANCH, fixPullRequestBody, gitIn, openFixPullRequest } from '../../src/action/fix-pull-request.js';
import { runFixStep } from '../../src/action/fix-step.js';
import { runFix } from '../../src/fix/run-fix.js';
import type { Snapshot } from '../../src/types.js';
import { resolveOptions } from '../../src/options.js';
import { GitCommandFailed, exitCodeOf } from '../../src/errors.js';

interface Pull {
  number: number;
  html_url: string;
  head: string;
  base: string;
  title: string;
  body: string;
  state: 'open';
}

let dir: string;
let server: Server;
let api: string;
const pulls: Pull[] = [];
const calls: string[] = [];

/** GitHub's pulls API, as much as the action uses: GET repo, list open pulls by head, create, update. */
function pullsApi(): Server {
  return createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      calls.push(`${req.method} ${url.pathname}`);
      const send = (status: number, data: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(data));
      };
      const body = raw ? JSON.parse(raw) : {};
      if (req.method === 'GET' && url.pathname === '/repos/lab/papers') return send(200, { default_branch: 'main', full_name: 'lab/papers' });
      if (req.method === 'GET' && url.pathname === '/repos/lab/papers/pulls') {
        const head = url.searchParams.get('head');
        return send(200, pulls.filter((p) => `lab:${p.head}` === head));
      }
      if (req.method === 'POST' && url.pathname === '/repos/lab/papers/pulls') {
        const pull: Pull = { number: pulls.length + 1, html_url: `https://github.com/lab/papers/pull/${pulls.length + 1}`, state: 'open', ...body };
        pulls.push(pull);
        return send(201, pull);
      }
      const m = /^\/repos\/lab\/papers\/pulls\/(\d+)$/.exec(url.pathname);
      if (req.method === 'PATCH' && m) {
        const pull = pulls.find((p) => p.number === Number(m[1]));
        Object.assign(pull!, body);
        return send(200, pull);
      }
      send(404, { message: 'Not Found' });
    });
  });
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-fix-pr-'));
  server = pullsApi();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  git(dir, 'init', '--quiet', '--bare', '-b', 'main', 'origin.git');
  git(dir, 'clone', '--quiet', 'origin.git', 'work');
  const work = join(dir, 'work');
  writeFileSync(join(work, 'README.md'), '# Papers\n\n- [Tool](https://github.com/oldorg/tool/tree/main/src)\n- [Other](https://github.com/oldorg/tool-extra)\n');
  git(work, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '--quiet', '-m', 'papers', '--allow-empty');
  git(work, 'add', 'README.md');
  git(work, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '--quiet', '-m', 'readme');
  git(work, 'push', '--quiet', 'origin', 'main');
});
afterAll(async () => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function fixAndPropose(work: string) {
  const options = resolveOptions({ cacheDir: join(dir, '.cache'), checkWeb: false, ignoreFile: join(dir, 'no-ignore-file') }, {}, {});
  // The audit's findings: oldorg/tool was transferred to NewLab/Tool.
  const result = await runFix({ inputs: [join(work, 'README.md')], dryRun: false, normalize: false, fromSnapshot: null, moved: new Map([['github/oldorg/tool', 'NewLab/Tool']]) }, options);
  const octokit = new Octokit({ baseUrl: api, auth: 'action-token' });
  return { result, outcome: await openFixPullRequest(result, { git: gitIn(work), request: (route, params) => octokit.request(route, params), repository: 'lab/papers' }) };
}

it('commits the fix to repo-audit/fix-links, opens one pull request listing every change, and updates it on the next run', async () => {
  const work = join(dir, 'work');
  const mainBefore = git(dir, '--git-dir', 'origin.git', 'rev-parse', 'main');
  writeFileSync(join(dir, 'no-ignore-file'), '');

  const first = await fixAndPropose(work);
  expect(first.outcome).toEqual({ action: 'created', number: 1, url: 'https://github.com/lab/papers/pull/1', changes: 1 });
  expect(git(dir, '--git-dir', 'origin.git', 'rev-parse', 'main')).toBe(mainBefore); // the default branch is never pushed to
  expect(git(dir, '--git-dir', 'origin.git', 'show', `${FIX_BRANCH}:README.md`)).toBe('# Papers\n\n- [Tool](https://github.com/NewLab/Tool/tree/main/src)\n- [Other](https://github.com/oldorg/tool-extra)\n');
  expect(git(dir, '--git-dir', 'origin.git', 'rev-parse', `${FIX_BRANCH}~1`)).toBe(mainBefore);
  expect(git(work, 'rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe('main'); // the workspace is back where it was
  expect(pulls).toHaveLength(1);
  expect(pulls[0]).toMatchObject({ head: FIX_BRANCH, base: 'main', title: 'Update links to moved repositories' });
  expect(pulls[0]!.body).toContain(`| \`${join(work, 'README.md')}\` | 3 | \`https://github.com/oldorg/tool/tree/main/src\` | \`https://github.com/NewLab/Tool/tree/main/src\` |`);
  expect(pulls[0]!.body).toBe(fixPullRequestBody(first.result));

  // The next scheduled run finds the same moved link: the same branch is force-pushed, the pull request updated.
  const second = await fixAndPropose(work);
  expect(second.outcome).toMatchObject({ action: 'updated', number: 1 });
  expect(pulls).toHaveLength(1);
  expect(calls.filter((c) => c.startsWith('POST'))).toHaveLength(1);
  expect(calls.filter((c) => c.startsWith('PATCH'))).toHaveLength(1);
  expect(readFileSync(join(work, 'README.md'), 'utf8')).toContain('github.com/oldorg/tool/tree/main/src');
}, 60_000);

it('does nothing when nothing moved', async () => {
  const work = join(dir, 'work');
  const options = resolveOptions({ cacheDir: join(dir, '.cache'), checkWeb: false, ignoreFile: join(dir, 'no-ignore-file') }, {}, {});
  const result = await runFix({ inputs: [join(work, 'README.md')], dryRun: false, normalize: false, fromSnapshot: null, moved: new Map() }, options);
  const before = calls.length;
  const outcome = await openFixPullRequest(result, { git: gitIn(work), request: () => Promise.reject(new Error('no request expected')), repository: 'lab/papers' });
  expect(outcome).toEqual({ action: 'none', number: null, url: null, changes: 0 });
  expect(calls.length).toBe(before);
});

it('runFixStep (what the action runs with fix: true) fixes from the audit snapshot and updates the one pull request', async () => {
  const work = join(dir, 'work');
  const snapshot = {
    repos: [{ key: 'github/oldorg/tool', url: 'https://github.com/oldorg/tool', flags: ['moved'], canonicalUrl: 'https://github.com/NewLab/Tool' }],
  } as unknown as Snapshot;
  const options = resolveOptions({ apiUrl: api, token: 'action-token', cacheDir: join(dir, '.cache'), checkWeb: false, ignoreFile: join(dir, 'no-ignore-file') }, {}, {});
  const outcome = await runFixStep([join(work, 'README.md')], options, snapshot, { GITHUB_REPOSITORY: 'lab/papers', GITHUB_WORKSPACE: work });
  expect(outcome).toMatchObject({ action: 'updated', number: 1, changes: 1, problems: [] });
  expect(pulls).toHaveLength(1);
  expect(git(dir, '--git-dir', 'origin.git', 'show', `${FIX_BRANCH}:README.md`)).toContain('https://github.com/NewLab/Tool/tree/main/src');
  await expect(runFixStep([join(work, 'README.md')], options, snapshot, {})).rejects.toThrow('GITHUB_REPOSITORY is not set');
}, 60_000);

it('a git command that fails is a typed error naming the verb and what git said (an incomplete run, not a bug)', async () => {
  const notARepo = mkdtempSync(join(tmpdir(), 'ra-not-a-repo-'));
  try {
    const failed = await gitIn(notARepo)(['push', 'origin', FIX_BRANCH]).then(() => null, (err: unknown) => err);
    expect(failed).toBeInstanceOf(GitCommandFailed);
    expect((failed as GitCommandFailed).message).toMatch(/^the fix pull request: git push failed \(fatal: not a git repository/);
    expect(exitCodeOf(failed)).toBe(3);
  } finally {
    rmSync(notARepo, { recursive: true, force: true });
  }
});
