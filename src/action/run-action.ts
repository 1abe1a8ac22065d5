// `mode: audit` (the default): inputs → resolveOptions → runAudit → outputs, annotations and the exit
// code the failure policy asks for. Everything the runner sees goes through @actions/core; the audit
// itself is passed in so a test can set up each outcome exactly.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as core from '@actions/core';
import { resolveOptions, type ResolvedOptions } from '../options.js';
import { auditExitCode } from '../audit/exit-code.js';
import { ExitCode, exitCodeOf } from '../errors.js';
import { annotationList } from '../report/annotations.js';
import type { Snapshot } from '../types.js';
import { reportFailure } from './failure.js';
import { readActionInputs, type InputReader } from './inputs.js';
import { countStatuses, reportPath } from './outputs.js';
import { snapshotChanged } from './snapshot-changed.js';
import { redact } from '../util/redact.js';
import { runFixStep, type FixStepOutcome } from './fix-step.js';

/** What the action needs from runAudit (src/audit/run-audit.ts); the real one fits this shape. */
export interface AuditOutcome {
  snapshot: Snapshot;
  written: string[];
  verdict: string;
  flagged: boolean;
  incomplete: { reason: string } | null;
  problems: { source: string; line: number | null; message: string }[];
}
export type RunAudit = (inputs: string[], options: ResolvedOptions, hooks: { onNotice?(line: string): void }) => Promise<AuditOutcome>;
/** The `fix: true` step (fix-step.ts's runFixStep fits it). */
export type FixStep = (paths: string[], options: ResolvedOptions, snapshot: Snapshot, env: NodeJS.ProcessEnv) => Promise<FixStepOutcome>;

/** A snapshot file as raw JSON; null when there is none or it is unreadable. */
function snapshotAt(file: string): unknown {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/** The options worth showing with `debug: true`: everything but the token. */
function describeOptions(options: ResolvedOptions): string {
  const { token, tokens, ...rest } = options;
  return JSON.stringify({ ...rest, token: token ? '***' : null, tokens: tokens.map(() => '***') });
}

/** Run the audit; returns the process exit code (the audit's, or 0 when `fail: false`). */
export async function runAction(read: InputReader, env: NodeJS.ProcessEnv, runAudit: RunAudit, fixStep: FixStep = runFixStep): Promise<number> {
  let fail = true;
  let token: string[] = [];
  try {
    const inputs = readActionInputs(read);
    fail = inputs.fail;
    const options = resolveOptions(inputs.options, {}, env);
    token = options.tokens;
    // Masked before anything else can print: the runner replaces it by *** in every later line.
    for (const t of token) core.setSecret(t);
    const debug = inputs.debug || core.isDebug();
    if (debug) core.info(`repo-audit options: ${describeOptions(options)}`);
    const before = snapshotAt(join(options.outDir, 'snapshot.json')); // last run's
    const secret = token;
    const result = await runAudit(inputs.paths, options, { onNotice: (line) => core.info(redact(line, secret)) });
    let code: number = auditExitCode(result);
    for (const a of annotationList(result.snapshot)) {
      core.warning(redact(a.message, token), { title: a.title, file: a.file, startLine: a.line });
    }
    for (const p of result.problems) core.error(redact(p.message, token), { file: p.source, startLine: p.line ?? undefined });
    if (result.incomplete) core.error(redact(result.incomplete.reason, token), { title: 'repo-audit could not finish' });
    const path = reportPath(result.written, options.outDir);
    // Compared with the file written (result.snapshot leaves each repository's facts in it).
    const json = result.written.find((p) => basename(p) === 'snapshot.json');
    const after = (json ? snapshotAt(json) : null) ?? result.snapshot;
    setOutputs({ 'exit-code': code, ...countStatuses(result.snapshot), 'report-path': path, changed: String(snapshotChanged(before, after)) });
    core.info(redact(result.verdict, token));
    core.info(`repo-audit: reports in ${path} (exit code ${code})`);
    if (inputs.fix && !(await proposeFixes(fixStep, { paths: inputs.paths, options, snapshot: result.snapshot, token }, env))) {
      code = ExitCode.Incomplete;
      core.setOutput('exit-code', code);
    }
    return finish(fail, code, `repo-audit exited with ${code}`);
  } catch (error) {
    const code = reportFailure(error, token);
    setOutputs({ 'exit-code': code, dead: 0, empty: 0, 'report-path': '', changed: 'false' });
    return finish(fail, code, null);
  }
}

function setOutputs(outputs: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}

/** The step's exit code: the audit's, unless `fail: false`. */
function finish(fail: boolean, code: number, message: string | null): number {
  if (!fail || code === ExitCode.Ok) return ExitCode.Ok;
  if (message) core.info(message);
  return code;
}

/** The `fix: true` step; false when it failed (an error annotation says why; the audit's outputs stay). */
async function proposeFixes(fixStep: FixStep, run: { paths: string[]; options: ResolvedOptions; snapshot: Snapshot; token: readonly string[] }, env: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    const fixed = await fixStep(run.paths, run.options, run.snapshot, env);
    for (const line of fixed.problems) core.warning(redact(line, run.token), { title: 'repo-audit fix' });
    core.info(fixed.action === 'none' ? 'repo-audit fix: no moved links to fix' : `repo-audit fix: ${fixed.changes} link(s) rewritten; pull request ${fixed.action}: ${fixed.url}`);
    core.setOutput('fix-pull-request', fixed.url ?? '');
    return true;
  } catch (error) {
    // A refused push or request, a bad input: this step failed, the audit's outputs stay. A bug is a bug.
    if (exitCodeOf(error) === ExitCode.Internal) throw error;
    core.error(redact(error instanceof Error ? error.message : String(error), run.token), { title: 'repo-audit fix failed' });
    core.setOutput('fix-pull-request', '');
    return false;
  }
}
