import type { LookupOutcome, RepoFacts, RepoRef } from '../types.js';
export declare function blankFacts(ref: RepoRef, outcome: LookupOutcome, via: string, checkedAt: string): RepoFacts;
/** A repository that could not be decided: never dead, always with the reason. */
export declare function unknownFacts(ref: RepoRef, reason: string, via: string, checkedAt: string, httpStatus?: number | null): RepoFacts;
/** Split a linked sub-path such as `tree/master/src/x` or `blob/v1/a.py` into ref and path. */
export declare function splitSubpath(path: string): {
    ref: string | null;
    path: string;
};
