#!/usr/bin/env node
// Used by .github/workflows/nightly.yml: compares the new snapshot with the previous one, writes the
// issue body to a file and `problems`, `new-problems` and `changed` (anything beyond timestamps differs
// from the previous snapshot) to $GITHUB_OUTPUT (printed when not in Actions).
//   node dist/action/health-issue-main.js --current reports/snapshot.json [--previous old.json]
//        [--fail-on not-found,blocked] --body-out body.md [--report-url URL]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseFailOn } from '../audit/fail-on.js';
import { parseSnapshot } from '../audit/snapshot-file.js';
import { DEFAULTS } from '../options.js';
import { planHealthIssue } from './health-issue.js';
import { snapshotChanged } from './snapshot-changed.js';
import { writeOutputs } from './outputs.js';
/** Checked as `repo-audit report` checks it: a wrong file is one clear line, not a TypeError later. */
function readSnapshot(file) {
    return parseSnapshot(readFileSync(file, 'utf8'), file);
}
function main() {
    const { values } = parseArgs({
        options: {
            current: { type: 'string' },
            previous: { type: 'string' },
            'fail-on': { type: 'string' },
            'body-out': { type: 'string' },
            'report-url': { type: 'string' },
        },
    });
    if (!values.current || !values['body-out']) {
        process.stderr.write('health-issue: --current FILE and --body-out FILE are required\n');
        return 2;
    }
    // A first run has no previous snapshot: every problem is new.
    const previous = values.previous && existsSync(values.previous) ? readSnapshot(values.previous) : null;
    // Checked as the audit checks it: a misspelt name would otherwise match nothing and close the issue.
    const failOnText = values['fail-on']?.trim() ?? '';
    const failOn = failOnText === '' ? [...DEFAULTS.failOn] : parseFailOn(failOnText.split(/\s+/));
    const current = readSnapshot(values.current);
    const plan = planHealthIssue(current, previous, failOn, values['report-url'] ?? null);
    writeFileSync(values['body-out'], plan.body, 'utf8');
    const outputs = { problems: plan.problems.length, 'new-problems': plan.newProblems.length, changed: String(snapshotChanged(previous, current)) };
    writeOutputs(process.env.GITHUB_OUTPUT, outputs, (t) => process.stdout.write(t));
    return 0;
}
try {
    process.exitCode = main();
}
catch (err) {
    process.stderr.write(`health-issue: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
}
//# sourceMappingURL=health-issue-main.js.map