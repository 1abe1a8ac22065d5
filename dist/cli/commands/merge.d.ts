import type { CommandModule } from 'yargs';
import { type ReportFlags } from './report.js';
type MergeArgs = ReportFlags & {
    snapshots: string[];
};
export declare const mergeCommand: CommandModule<object, MergeArgs>;
export {};
