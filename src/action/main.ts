// Entry point of the GitHub Action, bundled into dist/index.mjs (`runs.using: node24`). The runner
// passes the inputs as INPUT_* variables; `mode` picks the audit (default) or the health-issue upkeep.
import * as core from '@actions/core';
import { runAudit } from '../audit/run-audit.js';
import { reportFailure } from './failure.js';
import { readMode } from './inputs.js';
import { runIssueMode } from './issue-mode.js';
import { runAction } from './run-action.js';
import { boundHeapGrowth } from '../util/heap-growth.js';

async function main(): Promise<number> {
  const read = (name: string): string => core.getInput(name);
  boundHeapGrowth(); // a big collection's peak memory follows V8's heap growth, not its data
  try {
    const mode = readMode(read);
    return mode === 'issue' ? await runIssueMode(read, process.env) : await runAction(read, process.env, runAudit);
  } catch (error) {
    // runAction reports its own failures; these are the issue mode's (bad input, the API refused).
    return reportFailure(error, core.getInput('token') || null);
  }
}

process.exitCode = await main();
