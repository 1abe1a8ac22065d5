#!/usr/bin/env node
// Entry point of the GitHub Action (action.yml runs `node dist/action/main.js`): the same pipeline
// as `repo-audit audit`, with inputs from INPUT_* variables and outputs to $GITHUB_OUTPUT.
import { runAudit } from '../audit/run-audit.js';
import { runAction } from './run-action.js';
const io = {
    env: process.env,
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
};
runAction(io, runAudit).then((code) => {
    process.exitCode = code;
}, (err) => {
    // runAction reports its own failures; this is a bug in it, and must not print a token either.
    process.stderr.write(`repo-audit action: internal error: ${err instanceof Error ? err.name : 'unknown'}\n`);
    process.exitCode = 3;
});
//# sourceMappingURL=main.js.map