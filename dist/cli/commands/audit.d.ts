import type { CommandModule } from 'yargs';
import { type AuditResult } from '../../audit/run-audit.js';
import { type Options, type ResolvedOptions } from '../../options.js';
import { type HarvestFlags } from '../harvest-flags.js';
import { type ReportFlags } from './report.js';
interface AuditFlags extends ReportFlags, HarvestFlags {
    'stale-days'?: number;
    ignore?: string;
}
/** The command line as Options: only what was given, so resolveOptions applies file, env and defaults. */
export declare function auditOptionsFrom(argv: AuditFlags): Options;
/** Print what a finished audit has to say: problems and notices on stderr, annotations and the summary on stdout. */
export declare function printAuditResult(result: AuditResult, quiet: boolean): void;
export declare const auditCommand: CommandModule<object, AuditFlags>;
/** runAudit with a progress line on stderr and Ctrl-C stopping the harvest cleanly; prints the outcome. */
export declare function auditWithProgress(inputs: string[], options: ResolvedOptions, label: string): Promise<AuditResult>;
export {};
