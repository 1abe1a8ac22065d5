import { extractCommand } from './extract.js';
import { harvestCommand } from './harvest.js';
import { auditCommand } from './audit.js';
import { reportCommand } from './report.js';
import { mergeCommand } from './merge.js';
import { fixCommand } from './fix.js';
import { simCommand } from './sim.js';
import { demoCommand } from './demo.js';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands = [
    auditCommand,
    extractCommand,
    harvestCommand,
    reportCommand,
    mergeCommand,
    fixCommand,
    simCommand,
    demoCommand,
];
//# sourceMappingURL=index.js.map