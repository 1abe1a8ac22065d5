// The action's whole job, with its surroundings passed in (environment, output streams, the audit
// itself) so a test can run it exactly as the runner does: inputs → resolveOptions → runAudit →
// $GITHUB_OUTPUT → the exit code the failure policy asks for.
import { resolveOptions, type ResolvedOptions } from '../options.js';
import { ExitCode, auditExitCode } from '../cli/exit-codes.js';
import type { Snapshot } from '../types.js';
import { InputError, readActionInputs } from './inputs.js';
import { countStatuses, reportPath, writeOutputs, type ActionOutputs } from './outputs.js';
import { addMask, redact, workflowCommand } from './workflow-commands.js';

/** What the action needs from runAudit (src/audit/run-audit.ts); the real one fits this shape. */
export interface AuditOutcome {
  snapshot: Snapshot;
  written: string[];
  verdict: string;
  flagged: boolean;
  incomplete: { reason: string } | null;
  problems: { source: string; line: number | null; message: string }[];
  /** `::warning file=…,line=…::…` lines for dead or blocked links, for the client to print. */
  annotations: string[];
}
export type RunAudit = (inputs: string[], options: ResolvedOptions, hooks: { onNotice?(line: string): void }) => Promise<AuditOutcome>;

export interface ActionIO {
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Run the action; returns the process exit code (the audit's, or 0 when `fail: false`). */
export async function runAction(io: ActionIO, runAudit: RunAudit): Promise<number> {
  const { env } = io;
  let fail = true;
  let token: string | null = null;
  let outputs: ActionOutputs;
  try {
    const inputs = readActionInputs(env);
    fail = inputs.fail;
    const options = resolveOptions(inputs.options, {}, env);
    token = options.token;
    // Mask before anything else can print; the runner consumes the line (never shown in the log).
    if (token && env.GITHUB_ACTIONS === 'true') io.out(addMask(token));
    const secret = token;
    const result = await runAudit(inputs.paths, options, { onNotice: (line) => io.out(`${redact(line, secret)}\n`) });
    const code = auditExitCode(result);
    outputs = { 'exit-code': code, ...countStatuses(result.snapshot), 'report-path': reportPath(result.written, options.outDir) };
    for (const line of result.annotations) io.out(`${redact(line, token).replace(/\n?$/, '\n')}`);
    for (const p of result.problems) io.out(workflowCommand('error', { file: p.source, line: p.line ?? undefined }, redact(p.message, token)));
    if (result.incomplete) io.out(workflowCommand('error', { title: 'repo-audit could not finish' }, redact(result.incomplete.reason, token)));
    io.out(`${redact(result.verdict, token)}\n`);
    io.out(`repo-audit: reports in ${outputs['report-path']} (exit code ${code})\n`);
  } catch (error) {
    const usage = error instanceof InputError;
    const message = redact(error instanceof Error ? error.message : String(error), token);
    io.out(workflowCommand('error', { title: usage ? 'repo-audit: bad input' : 'repo-audit failed' }, message));
    const code = usage ? ExitCode.UsageOrInput : ExitCode.Incomplete;
    outputs = { 'exit-code': code, dead: 0, empty: 0, 'report-path': '' };
  }
  writeOutputs(env.GITHUB_OUTPUT, { ...outputs }, io.out);
  return fail ? outputs['exit-code'] : ExitCode.Ok;
}
