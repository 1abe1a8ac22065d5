export function blankFacts(ref, outcome, via, checkedAt) {
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
/** A repository that could not be decided: never dead, always with the reason. */
export function unknownFacts(ref, reason, via, checkedAt, httpStatus = null) {
    return { ...blankFacts(ref, 'unknown', via, checkedAt), error: reason, httpStatus };
}
/** Split a linked sub-path such as `tree/master/src/x` or `blob/v1/a.py` into ref and path. */
export function splitSubpath(path) {
    const m = /^(?:tree|blob)\/([^/]+)\/?(.*)$/.exec(path);
    if (m)
        return { ref: m[1] ?? null, path: (m[2] ?? '').replace(/\/+$/, '') };
    return { ref: null, path: path.replace(/^\/+|\/+$/g, '') };
}
//# sourceMappingURL=facts.js.map