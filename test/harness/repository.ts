// A repository for workflow tests: a local bare repository (what actions/checkout clones) whose
// default branch is `trunk`, not `main`, seeded with the files a workflow needs from this checkout
// (action.yml, the committed dist/, the workflow, papers), plus the webhook payloads of each trigger
// as GitHub sends them (a `schedule` payload has no `repository`).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './action-runner.js';
import type { Trigger } from './workflow.js';

export const DEFAULT_BRANCH = 'trunk';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export class TestRepository {
  readonly remote: string;
  private readonly work: string;

  /** `files`: paths in this checkout (files or folders) copied into the first commit. */
  constructor(
    dir: string,
    readonly fullName: string,
    files: string[],
  ) {
    this.remote = join(dir, 'remote.git');
    this.work = join(dir, 'seed');
    mkdirSync(this.work, { recursive: true });
    git(dir, 'init', '--quiet', '--bare', `--initial-branch=${DEFAULT_BRANCH}`, this.remote);
    git(dir, 'clone', '--quiet', this.remote, this.work);
    git(this.work, 'checkout', '--quiet', '-b', DEFAULT_BRANCH);
    for (const f of files) cpSync(join(ROOT, f), join(this.work, f), { recursive: true });
    this.commit('seed');
  }

  /** Write (or with null, delete) files and push one commit to the default branch; returns its sha. */
  change(files: Record<string, string | null>, message = 'change'): string {
    git(this.work, 'pull', '--quiet', '--ff-only', 'origin', DEFAULT_BRANCH);
    for (const [path, text] of Object.entries(files)) {
      const target = join(this.work, path);
      if (text === null) rmSync(target, { recursive: true, force: true });
      else {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
      }
    }
    return this.commit(message);
  }

  private commit(message: string): string {
    git(this.work, 'add', '-A');
    git(this.work, 'commit', '--quiet', '--allow-empty', '-m', message);
    git(this.work, 'push', '--quiet', 'origin', `HEAD:refs/heads/${DEFAULT_BRANCH}`);
    return this.head();
  }

  /** A fork's commit on top of the default branch, published as refs/pull/N/merge; returns its sha. */
  pullRequest(number: number, files: Record<string, string>): string {
    const base = this.head();
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.work, path)), { recursive: true });
      writeFileSync(join(this.work, path), text);
    }
    git(this.work, 'add', '-A');
    git(this.work, 'commit', '--quiet', '-m', `fork change #${number}`);
    const sha = git(this.work, 'rev-parse', 'HEAD');
    git(this.work, 'push', '--quiet', 'origin', `HEAD:refs/pull/${number}/merge`);
    git(this.work, 'reset', '--quiet', '--hard', base);
    return sha;
  }

  head(ref = DEFAULT_BRANCH): string {
    return git(this.remote, 'rev-parse', ref);
  }

  log(ref = DEFAULT_BRANCH): string[] {
    return git(this.remote, 'log', '--format=%s', ref).split('\n');
  }

  show(path: string, ref = DEFAULT_BRANCH): string {
    return git(this.remote, 'show', `${ref}:${path}`);
  }

  refs(): string {
    return git(this.remote, 'for-each-ref', '--format=%(refname) %(objectname)');
  }

  /** Refuse pushes to the default branch, as a protected branch does (GH006). */
  protect(on: boolean): void {
    const hook = join(this.remote, 'hooks', 'pre-receive');
    if (!on) return void rmSync(hook, { force: true });
    writeFileSync(
      hook,
      `#!/bin/sh\nwhile read old new ref; do\n  if [ "$ref" = "refs/heads/${DEFAULT_BRANCH}" ]; then\n    echo "error: GH006: Protected branch update failed for $ref." >&2\n    exit 1\n  fi\ndone\n`,
      { mode: 0o755 },
    );
  }

  private repositoryPayload(): Record<string, unknown> {
    const [owner, name] = this.fullName.split('/');
    return { id: 4242, name, full_name: this.fullName, owner: { login: owner }, private: false, fork: false, default_branch: DEFAULT_BRANCH };
  }

  /** The triggers as the runner reports them. */
  schedule(cron = '17 3 * * *'): Trigger {
    return { eventName: 'schedule', event: { schedule: cron }, ref: `refs/heads/${DEFAULT_BRANCH}`, sha: this.head(), actor: 'octocat' };
  }

  dispatch(): Trigger {
    return { eventName: 'workflow_dispatch', event: { inputs: {}, ref: `refs/heads/${DEFAULT_BRANCH}`, repository: this.repositoryPayload(), sender: { login: 'octocat' }, workflow: '.github/workflows/nightly.yml' }, ref: `refs/heads/${DEFAULT_BRANCH}`, sha: this.head() };
  }

  push(before: string): Trigger {
    const after = this.head();
    return { eventName: 'push', event: { ref: `refs/heads/${DEFAULT_BRANCH}`, before, after, repository: this.repositoryPayload(), pusher: { name: 'octocat' }, sender: { login: 'octocat' } }, ref: `refs/heads/${DEFAULT_BRANCH}`, sha: after };
  }

  forkPullRequest(number: number, sha: string): Trigger {
    const repository = this.repositoryPayload();
    const fork = { ...repository, id: 5151, full_name: `someone/${String(repository.name)}`, owner: { login: 'someone' }, fork: true };
    return {
      eventName: 'pull_request',
      event: {
        action: 'synchronize',
        number,
        pull_request: { number, head: { ref: 'more-papers', sha, repo: fork }, base: { ref: DEFAULT_BRANCH, sha: this.head(), repo: repository } },
        repository,
        sender: { login: 'someone' },
      },
      ref: `refs/pull/${number}/merge`,
      sha,
      actor: 'someone',
      headRef: 'more-papers',
      baseRef: DEFAULT_BRANCH,
    };
  }
}
