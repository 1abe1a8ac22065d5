/** The report formats, in the order they are written. */
export const OUTPUT_FORMATS = ['md', 'json', 'csv'];
export const DEFAULTS = {
    apiUrl: 'https://api.github.com',
    cacheDir: '.repo-audit',
    maxAgeMs: 0,
    wait: false,
    concurrency: 8,
    batchSize: 50,
    allowPrivateHosts: false,
    staleDays: 365,
    failOn: ['not-found', 'blocked'],
    outDir: 'reports',
    formats: [...OUTPUT_FORMATS],
    previous: null,
    ignoreFile: null,
    quiet: false,
    inputFormat: null,
    checkWeb: true,
    // GitHub's documented secondary limits: a GET or a GraphQL query costs 1 point (github-api.md).
    restPointsPerMinute: 900,
    graphqlPointsPerMinute: 2000,
    shard: null,
    archives: false,
    swhApiUrl: 'https://archive.softwareheritage.org/api/1',
    waybackApiUrl: 'https://archive.org/wayback/available',
    archiveLive: false,
};
/** GraphQL endpoint for a REST base: api.github.com → /graphql; GHES `…/api/v3` → `…/api/graphql`. */
export function graphqlUrlFor(apiUrl) {
    const base = apiUrl.replace(/\/+$/, '');
    if (base.endsWith('/api/v3'))
        return base.slice(0, -'/api/v3'.length) + '/api/graphql';
    return base + '/graphql';
}
function dropUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
/**
 * Merge command line (`cli`), config file (`file`) and the environment (`env`) into one resolved
 * set of options. Only the names GitHub's conventions define are read from the environment.
 */
export function resolveOptions(cli = {}, file = {}, env = process.env) {
    const fromEnv = dropUndefined({
        token: env.GITHUB_TOKEN || env.GH_TOKEN || undefined,
        apiUrl: env.GITHUB_API_URL || undefined,
        graphqlUrl: env.GITHUB_GRAPHQL_URL || undefined,
        stepSummary: env.GITHUB_STEP_SUMMARY || undefined,
        annotations: env.GITHUB_ACTIONS === 'true' ? true : undefined,
        swhApiUrl: env.SWH_API_URL || undefined,
        waybackApiUrl: env.WAYBACK_API_URL || undefined,
        swhToken: env.SWH_TOKEN || undefined,
    });
    const merged = { ...DEFAULTS, ...fromEnv, ...dropUndefined(file), ...dropUndefined(cli) };
    const apiUrl = merged.apiUrl.replace(/\/+$/, '');
    return {
        ...merged,
        apiUrl,
        token: merged.token ?? null,
        // An explicit GraphQL URL wins; otherwise derive it from the REST base the user chose.
        graphqlUrl: (cli.graphqlUrl ?? file.graphqlUrl ?? (cli.apiUrl || file.apiUrl ? undefined : fromEnv.graphqlUrl)) ?? graphqlUrlFor(apiUrl),
        stepSummary: merged.stepSummary ?? null,
        annotations: merged.annotations ?? false,
        swhApiUrl: merged.swhApiUrl.replace(/\/+$/, ''),
        swhToken: merged.swhToken ?? null,
    };
}
/** Parse `24h`, `30m`, `7d`, `90s` or a number of seconds into milliseconds. */
export function parseDuration(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text);
    if (!m)
        throw new Error(`not a duration: "${text}" (use e.g. 90s, 30m, 24h, 7d)`);
    const n = Number(m[1]);
    const unit = (m[2] ?? 's').toLowerCase();
    const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit] ?? 1000;
    return Math.round(n * factor);
}
//# sourceMappingURL=options.js.map