import type { Argv, CommandModule } from 'yargs';
import { type OutputFormat } from '../../options.js';
export interface ReportFlags {
    out?: string;
    format?: string;
    previous?: string;
    'fail-on'?: string;
    quiet?: boolean;
    /** The global --config file (cli/main.ts). */
    config?: string;
}
/** `md,json` → ['md', 'json']; throws one clear line for anything else. */
export declare function parseFormats(text: string): OutputFormat[];
/** The report options shared by `audit` and `report` (defaults from src/options.ts, shown in --help). */
export declare function withReportOptions<T>(y: Argv<T>): Argv<T & ReportFlags>;
/** The report flags as Options (undefined when not given, so resolveOptions applies the defaults). */
export declare function reportOptionsFrom(argv: ReportFlags): {
    outDir: string | undefined;
    formats: ("json" | "md" | "csv")[] | undefined;
    previous: string | undefined;
    failOn: string[] | undefined;
    quiet: boolean | undefined;
};
export declare const reportCommand: CommandModule<object, ReportFlags & {
    snapshot: string;
}>;
