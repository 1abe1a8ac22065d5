export interface ConsoleOutcome {
    written: readonly string[];
    verdict: string;
    failOnMatches: Readonly<Record<string, number>>;
    incomplete: {
        reason: string;
    } | null;
}
export declare function renderConsoleSummary(o: ConsoleOutcome, quiet?: boolean): string;
