// The action's failure policy and outputs, with the audit passed in. The real pipeline against the
// simulator is exercised in entry-point.test.ts; here each outcome of an audit is set up exactly.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type AuditOutcome, type RunAudit } from '../../src/action/run-action.js';
import type { ResolvedOptions } from '../../src/options.js';
import type { SnapshotRepo } from '../../src/types.js';

const TOKEN = 'ghp_runActionTestToken0123456789abcdef';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ra-action-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function outcome(statuses: SnapshotRepo['status'][], extra: Partial<AuditOutcome> = {}): AuditOutcome {
  const repos = statuses.map((status, i) => ({ key: `github/o/r${i}`, status, flags: [] }) as unknown as SnapshotRepo);
  return {
    snapshot: { repos } as AuditOutcome['snapshot'],
    written: [join(dir, 'reports/health.md'), join(dir, 'reports/snapshot.json')],
    verdict: `${statuses.length} repositories checked`,
    flagged: statuses.some((s) => s === 'not-found' || s === 'blocked'),
    incomplete: null,
    problems: [],
    annotations: [],
    ...extra,
  };
}

async function run(env: Record<string, string>, audit: AuditOutcome | Error) {
  const output = join(dir, 'output');
  writeFileSync(output, '');
  const seen: { inputs?: string[]; options?: ResolvedOptions } = {};
  const runAudit: RunAudit = async (inputs, options) => {
    seen.inputs = inputs;
    seen.options = options;
    if (audit instanceof Error) throw audit;
    return audit;
  };
  let out = '';
  let err = '';
  const code = await runAction(
    { env: { GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: output, ...env }, out: (t) => void (out += t), err: (t) => void (err += t) },
    runAudit,
  );
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('=') as [string, string]),
  );
  return { code, out, err, outputs, seen };
}

describe('runAction', () => {
  it('passes paths and options on, and writes the outputs', async () => {
    const r = await run({ INPUT_PATHS: 'examples/', 'INPUT_STALE-DAYS': '30', INPUT_TOKEN: TOKEN }, outcome(['ok', 'not-found', 'empty', 'placeholder']));
    expect(r.seen.inputs).toEqual(['examples/']);
    expect(r.seen.options).toMatchObject({ staleDays: 30, token: TOKEN, annotations: true, failOn: ['not-found', 'blocked'] });
    expect(r.outputs).toEqual({ 'exit-code': '1', dead: '1', empty: '2', 'report-path': join(dir, 'reports/health.md') });
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

  it('prints the annotations the audit prepared, and its notices', async () => {
    const annotations = ['::warning file=papers.txt,line=4::github.com/o/gone is not found'];
    const runAudit: RunAudit = async (_inputs, _options, hooks) => {
      hooks.onNotice?.(`budget: 4,998 points left (token ${TOKEN} ignored)`);
      return outcome(['not-found'], { annotations });
    };
    let out = '';
    await runAction({ env: { INPUT_PATHS: 'x', INPUT_TOKEN: TOKEN }, out: (t) => void (out += t), err: () => {} }, runAudit);
    expect(out).toContain(`${annotations[0]}\n`);
    expect(out).toContain('budget: 4,998 points left (token *** ignored)');
    expect(out).not.toContain(TOKEN);
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
    const r = await run({ INPUT_PATHS: 'x', INPUT_TOKEN: TOKEN }, new Error(`request failed with Authorization: token ${TOKEN}`));
    expect(r.out.startsWith(`::add-mask::${TOKEN}\n`)).toBe(true);
    expect(r.out.split(TOKEN)).toHaveLength(2);
    expect(r.out).toContain('Authorization: token ***');
    expect(r.err).not.toContain(TOKEN);
    expect(r.code).toBe(3);
  });

  it('does not print a mask command outside GitHub Actions', async () => {
    const r = await run({ INPUT_PATHS: 'x', INPUT_TOKEN: TOKEN, GITHUB_ACTIONS: '' }, outcome(['ok']));
    expect(r.out).not.toContain(TOKEN);
  });
});
