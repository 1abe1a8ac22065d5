import type { CommandModule } from 'yargs';
import { type ReportFlags } from './report.js';
export declare const demoCommand: CommandModule<object, ReportFlags>;
