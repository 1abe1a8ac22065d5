import { z } from 'zod';
export declare const REPO_STATES: readonly ["ok", "renamed", "transferred", "not-found", "dmca", "blocked", "disabled"];
export type RepoState = (typeof REPO_STATES)[number];
export declare const repoSchema: z.ZodObject<{
    repo: z.ZodString;
    state: z.ZodDefault<z.ZodEnum<{
        "not-found": "not-found";
        blocked: "blocked";
        ok: "ok";
        disabled: "disabled";
        dmca: "dmca";
        renamed: "renamed";
        transferred: "transferred";
    }>>;
    id: z.ZodOptional<z.ZodNumber>;
    movedTo: z.ZodOptional<z.ZodString>;
    stars: z.ZodDefault<z.ZodNumber>;
    forks: z.ZodDefault<z.ZodNumber>;
    openIssues: z.ZodDefault<z.ZodNumber>;
    license: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    archived: z.ZodDefault<z.ZodBoolean>;
    archivedAt: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    fork: z.ZodDefault<z.ZodBoolean>;
    parent: z.ZodOptional<z.ZodString>;
    empty: z.ZodDefault<z.ZodBoolean>;
    createdAt: z.ZodDefault<z.ZodString>;
    pushedAt: z.ZodOptional<z.ZodString>;
    updatedAt: z.ZodOptional<z.ZodString>;
    lastCommitAt: z.ZodOptional<z.ZodString>;
    commitCount: z.ZodOptional<z.ZodNumber>;
    description: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    homepage: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    topics: z.ZodDefault<z.ZodArray<z.ZodString>>;
    language: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    latestRelease: z.ZodDefault<z.ZodNullable<z.ZodObject<{
        tag: z.ZodString;
        publishedAt: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    }, z.core.$strict>>>;
    defaultBranch: z.ZodDefault<z.ZodString>;
    rootEntries: z.ZodOptional<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        type: z.ZodEnum<{
            blob: "blob";
            tree: "tree";
            commit: "commit";
        }>;
    }, z.core.$strict>>>;
    paths: z.ZodDefault<z.ZodArray<z.ZodString>>;
    refs: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodArray<z.ZodString>>>;
    blockedAt: z.ZodOptional<z.ZodString>;
    blockUrl: z.ZodOptional<z.ZodString>;
    failFirst: z.ZodOptional<z.ZodObject<{
        count: z.ZodNumber;
        status: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<500>, z.ZodLiteral<502>, z.ZodLiteral<503>, z.ZodLiteral<504>]>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type ScenarioRepo = z.infer<typeof repoSchema>;
export declare const tokenSchema: z.ZodObject<{
    token: z.ZodString;
    login: z.ZodString;
    rest: z.ZodDefault<z.ZodNumber>;
    graphql: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export declare const limitsSchema: z.ZodObject<{
    unauthenticated: z.ZodDefault<z.ZodNumber>;
    windowSeconds: z.ZodDefault<z.ZodNumber>;
    primaryStatus: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<403>, z.ZodLiteral<429>]>>;
    maxInFlight: z.ZodDefault<z.ZodNumber>;
    restPointsPerMinute: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
    graphqlPointsPerMinute: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
    pointsPerMinuteScope: z.ZodDefault<z.ZodEnum<{
        all: "all";
        endpoint: "endpoint";
    }>>;
    secondaryStatus: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<403>, z.ZodLiteral<429>]>>;
    secondaryRetryAfter: z.ZodDefault<z.ZodNumber>;
    unauthenticated304Free: z.ZodDefault<z.ZodBoolean>;
    graphqlRateLimitedType: z.ZodDefault<z.ZodEnum<{
        RATE_LIMITED: "RATE_LIMITED";
        RATE_LIMIT: "RATE_LIMIT";
    }>>;
}, z.core.$strict>;
export declare const behaviourSchema: z.ZodObject<{
    graphqlFollowsTransfers: z.ZodDefault<z.ZodBoolean>;
    graphqlBlocked: z.ZodDefault<z.ZodEnum<{
        "not-found": "not-found";
        forbidden: "forbidden";
        "disabled-data": "disabled-data";
    }>>;
    restDisabled: z.ZodDefault<z.ZodEnum<{
        403: "403";
        200: "200";
    }>>;
    emptyRefsNull: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
export declare const faultsSchema: z.ZodObject<{
    randomErrorRate: z.ZodDefault<z.ZodNumber>;
    randomStatuses: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
    resetRate: z.ZodDefault<z.ZodNumber>;
    graphqlMaxRepos: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
    graphqlTimeoutMs: z.ZodDefault<z.ZodNumber>;
    graphqlTimeoutStatus: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<200>, z.ZodLiteral<502>, z.ZodLiteral<504>]>>;
}, z.core.$strict>;
export declare const scenarioSchema: z.ZodObject<{
    $schema: z.ZodOptional<z.ZodString>;
    comment: z.ZodOptional<z.ZodString>;
    seed: z.ZodDefault<z.ZodNumber>;
    now: z.ZodOptional<z.ZodString>;
    tokens: z.ZodDefault<z.ZodArray<z.ZodObject<{
        token: z.ZodString;
        login: z.ZodString;
        rest: z.ZodDefault<z.ZodNumber>;
        graphql: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>>;
    owners: z.ZodDefault<z.ZodArray<z.ZodObject<{
        login: z.ZodString;
        type: z.ZodDefault<z.ZodEnum<{
            User: "User";
            Organization: "Organization";
        }>>;
    }, z.core.$strict>>>;
    limits: z.ZodDefault<z.ZodObject<{
        unauthenticated: z.ZodDefault<z.ZodNumber>;
        windowSeconds: z.ZodDefault<z.ZodNumber>;
        primaryStatus: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<403>, z.ZodLiteral<429>]>>;
        maxInFlight: z.ZodDefault<z.ZodNumber>;
        restPointsPerMinute: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
        graphqlPointsPerMinute: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
        pointsPerMinuteScope: z.ZodDefault<z.ZodEnum<{
            all: "all";
            endpoint: "endpoint";
        }>>;
        secondaryStatus: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<403>, z.ZodLiteral<429>]>>;
        secondaryRetryAfter: z.ZodDefault<z.ZodNumber>;
        unauthenticated304Free: z.ZodDefault<z.ZodBoolean>;
        graphqlRateLimitedType: z.ZodDefault<z.ZodEnum<{
            RATE_LIMITED: "RATE_LIMITED";
            RATE_LIMIT: "RATE_LIMIT";
        }>>;
    }, z.core.$strict>>;
    behaviour: z.ZodDefault<z.ZodObject<{
        graphqlFollowsTransfers: z.ZodDefault<z.ZodBoolean>;
        graphqlBlocked: z.ZodDefault<z.ZodEnum<{
            "not-found": "not-found";
            forbidden: "forbidden";
            "disabled-data": "disabled-data";
        }>>;
        restDisabled: z.ZodDefault<z.ZodEnum<{
            403: "403";
            200: "200";
        }>>;
        emptyRefsNull: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>>;
    latency: z.ZodDefault<z.ZodObject<{
        ms: z.ZodDefault<z.ZodNumber>;
        jitterMs: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    faults: z.ZodDefault<z.ZodObject<{
        randomErrorRate: z.ZodDefault<z.ZodNumber>;
        randomStatuses: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
        resetRate: z.ZodDefault<z.ZodNumber>;
        graphqlMaxRepos: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
        graphqlTimeoutMs: z.ZodDefault<z.ZodNumber>;
        graphqlTimeoutStatus: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<200>, z.ZodLiteral<502>, z.ZodLiteral<504>]>>;
    }, z.core.$strict>>;
    repos: z.ZodDefault<z.ZodArray<z.ZodObject<{
        repo: z.ZodString;
        state: z.ZodDefault<z.ZodEnum<{
            "not-found": "not-found";
            blocked: "blocked";
            ok: "ok";
            disabled: "disabled";
            dmca: "dmca";
            renamed: "renamed";
            transferred: "transferred";
        }>>;
        id: z.ZodOptional<z.ZodNumber>;
        movedTo: z.ZodOptional<z.ZodString>;
        stars: z.ZodDefault<z.ZodNumber>;
        forks: z.ZodDefault<z.ZodNumber>;
        openIssues: z.ZodDefault<z.ZodNumber>;
        license: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        archived: z.ZodDefault<z.ZodBoolean>;
        archivedAt: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        fork: z.ZodDefault<z.ZodBoolean>;
        parent: z.ZodOptional<z.ZodString>;
        empty: z.ZodDefault<z.ZodBoolean>;
        createdAt: z.ZodDefault<z.ZodString>;
        pushedAt: z.ZodOptional<z.ZodString>;
        updatedAt: z.ZodOptional<z.ZodString>;
        lastCommitAt: z.ZodOptional<z.ZodString>;
        commitCount: z.ZodOptional<z.ZodNumber>;
        description: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        homepage: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        topics: z.ZodDefault<z.ZodArray<z.ZodString>>;
        language: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        latestRelease: z.ZodDefault<z.ZodNullable<z.ZodObject<{
            tag: z.ZodString;
            publishedAt: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        }, z.core.$strict>>>;
        defaultBranch: z.ZodDefault<z.ZodString>;
        rootEntries: z.ZodOptional<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            type: z.ZodEnum<{
                blob: "blob";
                tree: "tree";
                commit: "commit";
            }>;
        }, z.core.$strict>>>;
        paths: z.ZodDefault<z.ZodArray<z.ZodString>>;
        refs: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodArray<z.ZodString>>>;
        blockedAt: z.ZodOptional<z.ZodString>;
        blockUrl: z.ZodOptional<z.ZodString>;
        failFirst: z.ZodOptional<z.ZodObject<{
            count: z.ZodNumber;
            status: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<500>, z.ZodLiteral<502>, z.ZodLiteral<503>, z.ZodLiteral<504>]>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>>;
    archives: z.ZodDefault<z.ZodObject<{
        swh: z.ZodDefault<z.ZodObject<{
            origins: z.ZodDefault<z.ZodArray<z.ZodObject<{
                url: z.ZodString;
                visits: z.ZodDefault<z.ZodArray<z.ZodObject<{
                    date: z.ZodString;
                    status: z.ZodDefault<z.ZodEnum<{
                        created: "created";
                        ongoing: "ongoing";
                        full: "full";
                        partial: "partial";
                        not_found: "not_found";
                        failed: "failed";
                    }>>;
                    snapshot: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    type: z.ZodDefault<z.ZodString>;
                }, z.core.$strict>>>;
            }, z.core.$strict>>>;
            tokens: z.ZodDefault<z.ZodArray<z.ZodString>>;
            anonymous: z.ZodDefault<z.ZodNumber>;
            authenticated: z.ZodDefault<z.ZodNumber>;
            saveAnonymous: z.ZodDefault<z.ZodNumber>;
            saveAuthenticated: z.ZodDefault<z.ZodNumber>;
            windowSeconds: z.ZodDefault<z.ZodNumber>;
            retryAfterHeader: z.ZodDefault<z.ZodBoolean>;
            saveStatus: z.ZodDefault<z.ZodEnum<{
                rejected: "rejected";
                accepted: "accepted";
                pending: "pending";
            }>>;
        }, z.core.$strict>>;
        wayback: z.ZodDefault<z.ZodObject<{
            snapshots: z.ZodDefault<z.ZodArray<z.ZodObject<{
                url: z.ZodString;
                timestamp: z.ZodString;
            }, z.core.$strict>>>;
            failFirst: z.ZodOptional<z.ZodObject<{
                count: z.ZodNumber;
                status: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<429>, z.ZodLiteral<500>, z.ZodLiteral<502>, z.ZodLiteral<503>]>>;
                retryAfter: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type Scenario = z.input<typeof scenarioSchema>;
export type ResolvedScenario = z.output<typeof scenarioSchema>;
/** Validate a scenario object; throws one clear message naming the first bad field. */
export declare function parseScenario(input: unknown, source?: string): ResolvedScenario;
/** The scenario format as JSON Schema (draft 2020-12), for editors: examples/scenarios/scenario.schema.json. */
export declare function scenarioJsonSchema(): Record<string, unknown>;
/** Read and validate a scenario file. */
export declare function loadScenario(path: string): ResolvedScenario;
