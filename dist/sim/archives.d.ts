import type { SimClock } from './clock.js';
import type { ResolvedScenario } from './scenario.js';
import type { SimResponse } from './response.js';
/** Wayback matches a URL whatever its scheme, `www.`, host case or trailing slash. */
export declare function waybackKey(url: string): string;
export declare class ArchiveSim {
    private readonly scenario;
    private readonly clock;
    private readonly windows;
    private waybackFailuresLeft;
    constructor(scenario: ResolvedScenario, clock: SimClock);
    static handles(pathname: string): boolean;
    /** Who calls Software Heritage, for the log: `swh-anonymous`, `swh-<hash>` for a known token, `bad-<hash>` otherwise. */
    callerLabel(authorization: string | undefined): string;
    route(method: string, url: URL, authorization: string | undefined, base: string): SimResponse;
    private bearer;
    private wayback;
    private swh;
    private limitOf;
    private windowOf;
    private findOrigin;
    private origin;
    private latestVisit;
    private saveAnswer;
}
