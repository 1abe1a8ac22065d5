// The action's whole job, with its surroundings passed in (environment, output streams, the audit
// itself) so a test can run it exactly as the runner does: inputs → resolveOptions → runAudit →
// $GITHUB_OUTPUT → the exit code the failure policy asks for.
import { resolveOptions } from '../options.js';
import { ExitCode, auditExitCode } from '../cli/exit-codes.js';
import { InputError, readActionInputs } from './inputs.js';
import { countStatuses, reportPath, writeOutputs } from './outputs.js';
import { addMask, redact, workflowCommand } from './workflow-commands.js';
/** Run the action; returns the process exit code (the audit's, or 0 when `fail: false`). */
export async function runAction(io, runAudit) {
    const { env } = io;
    let fail = true;
    let token = null;
    let outputs;
    try {
        const inputs = readActionInputs(env);
        fail = inputs.fail;
        const options = resolveOptions(inputs.options, {}, env);
        token = options.token;
        // Mask before anything else can print; the runner consumes the line (never shown in the log).
        if (token && env.GITHUB_ACTIONS === 'true')
            io.out(addMask(token));
        const secret = token;
        const result = await runAudit(inputs.paths, options, { onNotice: (line) => io.out(`${redact(line, secret)}\n`) });
        const code = auditExitCode(result);
        outputs = { 'exit-code': code, ...countStatuses(result.snapshot), 'report-path': reportPath(result.written, options.outDir) };
        for (const line of result.annotations)
            io.out(`${redact(line, token).replace(/\n?$/, '\n')}`);
        for (const p of result.problems)
            io.out(workflowCommand('error', { file: p.source, line: p.line ?? undefined }, redact(p.message, token)));
        if (result.incomplete)
            io.out(workflowCommand('error', { title: 'repo-audit could not finish' }, redact(result.incomplete.reason, token)));
        io.out(`${redact(result.verdict, token)}\n`);
        io.out(`repo-audit: reports in ${outputs['report-path']} (exit code ${code})\n`);
    }
    catch (error) {
        const usage = error instanceof InputError;
        const message = redact(error instanceof Error ? error.message : String(error), token);
        io.out(workflowCommand('error', { title: usage ? 'repo-audit: bad input' : 'repo-audit failed' }, message));
        const code = usage ? ExitCode.UsageOrInput : ExitCode.Incomplete;
        outputs = { 'exit-code': code, dead: 0, empty: 0, 'report-path': '' };
    }
    writeOutputs(env.GITHUB_OUTPUT, { ...outputs }, io.out);
    return fail ? outputs['exit-code'] : ExitCode.Ok;
}
//# sourceMappingURL=run-action.js.map