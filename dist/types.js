// The public data shapes of repo-audit (see docs/design.md, "Contracts").
// Users script against these: extend them, don't break them without a schemaVersion bump.
export const REPO_STATUSES = ['ok', 'empty', 'placeholder', 'not-found', 'blocked', 'unknown'];
export const REPO_FLAGS = [
    'moved',
    'archived',
    'stale',
    'no-license',
    'fork',
    'subpath-missing',
    'promise-unkept',
];
//# sourceMappingURL=types.js.map