import type { Forge, RepoFacts, RepoRef } from '../../types.js';
import type { ForgeAdapter } from './types.js';
export declare const ADAPTERS: Partial<Record<Forge, ForgeAdapter>>;
export interface ForgeClientOptions {
    bases: Partial<Record<string, string>>;
    timeoutMs?: number;
    now(): string;
    sleep(ms: number): Promise<void>;
    onRequest?(): void;
}
export declare class ForgeClient {
    private readonly opts;
    private readonly agent;
    constructor(opts: ForgeClientOptions);
    static handles(ref: RepoRef): boolean;
    check(ref: RepoRef): Promise<RepoFacts>;
    close(): Promise<void>;
}
