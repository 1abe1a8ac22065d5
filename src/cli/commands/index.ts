// Every command of the CLI, in the order `--help` lists them.
import type { CommandSpec } from '../command.js';
import { extractCommand } from './extract.js';
import { harvestCommand } from './harvest.js';
import { auditCommand } from './audit.js';
import { reportCommand } from './report.js';
import { mergeCommand } from './merge.js';
import { fixCommand } from './fix.js';
import { simCommand } from './sim.js';
import { demoCommand } from './demo.js';

export const commands: readonly CommandSpec[] = [
  auditCommand,
  extractCommand,
  harvestCommand,
  reportCommand,
  mergeCommand,
  fixCommand,
  simCommand,
  demoCommand,
];
