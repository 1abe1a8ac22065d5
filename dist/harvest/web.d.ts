import type { RepoFacts, RepoRef } from '../types.js';
import { type ResolveAll } from './net-guard.js';
export interface WebOptions {
    allowPrivateHosts: boolean;
    timeoutMs?: number;
    maxRedirects?: number;
    perHost?: number;
    now(): string;
    onRequest?(): void;
    /** Name resolution (default: the system's); tests inject names that do or do not exist. */
    resolveAll?: ResolveAll;
}
/** A "host not found" answer, held back until the run knows whether DNS works at all. */
export declare function isDnsFailure(f: RepoFacts): boolean;
/**
 * On a machine without DNS every name is "not found": unless some name resolved in this run,
 * such answers are `unknown`, never dead.
 */
export declare function settleDnsFailures(held: RepoFacts[], dnsWorked: boolean): RepoFacts[];
export declare class WebChecker {
    private readonly opts;
    private readonly agent;
    private readonly hosts;
    private readonly timeoutMs;
    /** Some host name resolved during this run: DNS works, so "host not found" means gone. */
    dnsWorked: boolean;
    constructor(opts: WebOptions);
    private send;
    /** One hop: HEAD, and GET when HEAD is not answered sensibly (405, 501, 403, other errors). */
    private hop;
    /** Follow redirects within the limit; the final URL and status. */
    private follow;
    check(ref: RepoRef): Promise<RepoFacts>;
    private checkNow;
    close(): Promise<void>;
}
