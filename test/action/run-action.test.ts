// The action's failure policy and outputs, with the audit passed in. The real pipeline against the
// simulator is exercised in entry-point.test.ts; here each outcome of an audit is set up exactly.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type AuditOutcome, type RunAudit } from '../../src/action/run-action.js';
import type { ResolvedOptions } from '../../src/options.js';
import type { SnapshotRepo } from '../../src/types.js';
import { parseOutputFile } from '../harness/action-runner.js';
import { GitCommandFailed, IncompleteRunError } from '../../src/errors.js';

const TOKEN = 'ghp_runActionTestToken0123456789abcdef';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ra-action-'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs runAction with these INPUT_* variables (as @actions/core reads them) and captures stdout. */
async function withRunner(env: Record<string, string>, body: () => Promise<number>): Promise<{ code: number; out: string; outputs: Record<string, string> }> {
  const output = join(dir, 'output');
  writeFileSync(output, '');
  vi.stubEnv('GITHUB_OUTPUT', output);
  vi.stubEnv('GITHUB_ACTIONS', 'true');
  vi.stubEnv('GITHUB_STEP_SUMMARY', '');
  vi.stubEnv('GITHUB_TOKEN', '');
  vi.stubEnv('GH_TOKEN', '');
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += chunk.toString();
    return true;
  });
  const code = await body();
  vi.restoreAllMocks();
  return { code, out, outputs: parseOutputFile(readFileSync(output, 'utf8')) };
}

const read = (name: string) => (process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim();

function outcome(statuses: SnapshotRepo['status'][], extra: Partial<AuditOutcome> = {}): AuditOutcome {
  const repos = statuses.map((status, i) => ({ key: `github/o/r${i}`, status, flags: [] }) as unknown as SnapshotRepo);
  return {
    snapshot: { repos, papers: [] } as unknown as AuditOutcome['snapshot'],
    written: [join(dir, 'reports/health.md'), join(dir, 'reports/snapshot.json')],
    verdict: `${statuses.length} repositories checked`,
    flagged: statuses.some((s) => s === 'not-found' || s === 'blocked'),
    incomplete: null,
    problems: [],
    ...extra,
  };
}

async function run(env: Record<string, string>, audit: AuditOutcome | Error) {
  const seen: { inputs?: string[]; options?: ResolvedOptions } = {};
  const runAudit: RunAudit = async (inputs, options) => {
    seen.inputs = inputs;
    seen.options = options;
    if (audit instanceof Error) throw audit;
    return audit;
  };
  const r = await withRunner(env, () => runAction(read, process.env, runAudit));
  return { ...r, seen };
}

describe('runAction', () => {
  it('passes paths and options on, and writes the outputs', async () => {
    const r = await run({ INPUT_PATHS: 'examples/', 'INPUT_STALE-DAYS': '30', INPUT_TOKEN: TOKEN }, outcome(['ok', 'not-found', 'empty', 'placeholder']));
    expect(r.seen.inputs).toEqual(['examples/']);
    expect(r.seen.options).toMatchObject({ staleDays: 30, token: TOKEN, failOn: ['not-found', 'blocked'] });
    expect(r.outputs).toEqual({ 'exit-code': '1', dead: '1', empty: '2', 'report-path': join(dir, 'reports/health.md'), changed: 'true' });
    expect(r.code).toBe(1);
  });

  it('succeeds when nothing in fail-on was found', async () => {
    const r = await run({ INPUT_PATHS: 'x' }, outcome(['ok', 'empty']));
    expect(r.code).toBe(0);
    expect(r.outputs['exit-code']).toBe('0');
  });

  it('with fail: false, succeeds but still reports the exit code', async () => {
    const r = await run({ INPUT_PATHS: 'x', INPUT_FAIL: 'false' }, outcome(['blocked']));
    expect(r.code).toBe(0);
    expect(r.outputs['exit-code']).toBe('1');
  });

  it('exits 3 and says why when the run could not finish', async () => {
    const r = await run({ INPUT_PATHS: 'x' }, outcome(['ok'], { incomplete: { reason: 'GraphQL budget exhausted' } }));
    expect(r.code).toBe(3);
    expect(r.out).toContain('::error title=repo-audit could not finish::GraphQL budget exhausted');
  });

  it('exits 2 and annotates the file and line of input problems', async () => {
    const r = await run({ INPUT_PATHS: 'x' }, outcome(['ok'], { problems: [{ source: 'papers.jsonl', line: 7, message: 'malformed JSON' }] }));
    expect(r.code).toBe(2);
    expect(r.out).toContain('::error file=papers.jsonl,line=7::malformed JSON');
  });

  it('annotates dead links at their file and line, and prints the notices with the token redacted', async () => {
    const paper = { source: 'papers.txt', line: 4, links: [{ key: 'github/o/gone', url: 'https://github.com/o/gone', line: 4 }] };
    const gone = { key: 'github/o/gone', status: 'not-found', flags: [], reasons: { status: 'GitHub answers 404' } } as unknown as SnapshotRepo;
    const runAudit: RunAudit = async (_inputs, _options, hooks) => {
      hooks.onNotice?.(`budget: 4,998 points left (token ${TOKEN} ignored)`);
      return { ...outcome([]), snapshot: { repos: [gone], papers: [paper] } as unknown as AuditOutcome['snapshot'] };
    };
    const r = await withRunner({ INPUT_PATHS: 'x', INPUT_TOKEN: TOKEN }, () => runAction(read, process.env, runAudit));
    expect(r.out).toContain('::warning title=repo-audit%3A not found,file=papers.txt,line=4::https://github.com/o/gone is not found: GitHub answers 404\n');
    expect(r.out).toContain('budget: 4,998 points left (token *** ignored)');
    expect(r.out.split(TOKEN)).toHaveLength(2); // the mask command only
  });

  it('exits 2 on an unknown fail-on name', async () => {
    const r = await run({ INPUT_PATHS: 'x', 'INPUT_FAIL-ON': 'not-found,dead' }, outcome(['ok']));
    expect(r.code).toBe(2);
    expect(r.out).toContain('input "fail-on"');
    expect(r.out).toContain('dead');
  });

  it('exits 2 on a bad input without running the audit', async () => {
    const r = await run({ INPUT_PATHS: 'x', INPUT_FORMAT: 'pdf' }, outcome(['ok']));
    expect(r.seen.inputs).toBeUndefined();
    expect(r.code).toBe(2);
    expect(r.outputs['exit-code']).toBe('2');
    expect(r.out).toContain('::error title=repo-audit%3A bad input::input "format"');
  });

  it('masks the token first and never prints it otherwise, even in an error', async () => {
    const r = await run({ INPUT_PATHS: 'x', INPUT_TOKEN: TOKEN }, new IncompleteRunError('unreachable', `request failed with Authorization: token ${TOKEN}`));
    expect(r.out.startsWith(`::add-mask::${TOKEN}\n`)).toBe(true);
    expect(r.out.split(TOKEN)).toHaveLength(2);
    expect(r.out).toContain('::error title=repo-audit failed::request failed with Authorization: token ***');
    expect(r.code).toBe(3);
    expect(r.outputs['exit-code']).toBe('3');
  });

  it('fix: true — a refused push fails the fix step only (exit 3, the audit\'s outputs stay); a bug in it is exit 70', async () => {
    const audit: RunAudit = async () => outcome(['ok']);
    const refused = await withRunner({ INPUT_PATHS: 'x', INPUT_FIX: 'true' }, () =>
      runAction(read, process.env, audit, async () => Promise.reject(new GitCommandFailed('push', '! [remote rejected] repo-audit/fix-links (protected branch hook declined)'))),
    );
    expect(refused.code).toBe(3);
    expect(refused.outputs['exit-code']).toBe('3');
    expect(refused.out).toContain('::error title=repo-audit fix failed::the fix pull request: git push failed (! [remote rejected]');
    const bug = await withRunner({ INPUT_PATHS: 'x', INPUT_FIX: 'true' }, () =>
      runAction(read, process.env, audit, async () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'plans')"))),
    );
    expect(bug.code).toBe(70);
    expect(bug.out).toContain('::error title=repo-audit%3A internal error::internal error — a bug in repo-audit');
    expect(bug.out).not.toContain('repo-audit fix failed');
  });

  it('a bug (a TypeError) is an internal error: exit 70, its stack (token hidden) and a request for a bug report, not exit 3', async () => {
    const r = await run({ INPUT_PATHS: 'x', INPUT_TOKEN: TOKEN }, new TypeError(`Cannot read properties of undefined (reading '${TOKEN}')`));
    expect(r.code).toBe(70);
    expect(r.outputs['exit-code']).toBe('70');
    expect(r.out).toContain('::error title=repo-audit%3A internal error::internal error — a bug in repo-audit');
    expect(r.out).toMatch(/TypeError: Cannot read properties of undefined \(reading '\*\*\*'\)%0A\s+at /);
    expect(r.out.split(TOKEN)).toHaveLength(2);
  });

});
