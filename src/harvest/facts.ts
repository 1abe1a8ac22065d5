// Constructors for RepoFacts: every path through the harvester starts from blankFacts() so that a
// field nobody learnt stays null rather than undefined.
import type { LookupOutcome, RepoFacts, RepoRef } from '../types.js';

export function blankFacts(ref: RepoRef, outcome: LookupOutcome, via: string, checkedAt: string): RepoFacts {
  return {
    key: ref.key,
    forge: ref.forge,
    kind: ref.kind,
    url: ref.url,
    outcome,
    httpStatus: null,
    blockReason: null,
    canonicalRepo: null,
    canonicalUrl: null,
    moved: false,
    stars: null,
    forks: null,
    openIssues: null,
    license: null,
    archived: null,
    private: null,
    disabled: null,
    fork: null,
    empty: null,
    createdAt: null,
    pushedAt: null,
    updatedAt: null,
    lastCommitAt: null,
    description: null,
    homepage: null,
    topics: [],
    language: null,
    latestRelease: null,
    defaultBranch: null,
    rootEntries: null,
    subpaths: Object.fromEntries(ref.paths.map((p) => [p, null])),
    error: null,
    checkedAt,
    via,
  };
}

/** The reason of a target left unchecked on purpose (`--no-web`): reports tell it from a failure by it. */
export const SKIPPED_NO_WEB = 'not checked (--no-web)';

/** A repository that could not be decided: never dead, always with the reason. */
export function unknownFacts(ref: RepoRef, reason: string, via: string, checkedAt: string, httpStatus: number | null = null): RepoFacts {
  return { ...blankFacts(ref, 'unknown', via, checkedAt), error: reason, httpStatus };
}

/**
 * Slashes that end a text, matched only from the start of their run: `/\/+$/` tried again from
 * every slash of a run that does not end the text (time quadratic in its length).
 */
const TRAILING_SLASHES = /(?<!\/)\/+$/;

/** Split a linked sub-path such as `tree/master/src/x` or `blob/v1/a.py` into ref and path. */
export function splitSubpath(path: string): { ref: string | null; path: string } {
  const m = /^(?:tree|blob)\/([^/]+)\/?(.*)$/.exec(path);
  if (m) return { ref: m[1] ?? null, path: (m[2] ?? '').replace(TRAILING_SLASHES, '') };
  return { ref: null, path: path.replace(/^\/+/, '').replace(TRAILING_SLASHES, '') };
}
