// The scenario format: tokens, limits, latency, faults and repositories the simulator serves.
// Validated with zod so a mistake is rejected with one message naming the field (docs/simulator.md).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { archivesSchema } from './archives-scenario.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'expected an ISO date like 2024-01-31T12:00:00Z');
const repoName = z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'expected "owner/name"');

export const REPO_STATES = ['ok', 'renamed', 'transferred', 'not-found', 'dmca', 'blocked', 'disabled'] as const;
export type RepoState = (typeof REPO_STATES)[number];

const treeEntry = z.strictObject({ name: z.string().min(1), type: z.enum(['blob', 'tree', 'commit']) });

const failFirst = z.strictObject({
  count: z.number().int().min(0),
  status: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).default(502),
});

export const repoSchema = z.strictObject({
  /** `owner/name` in canonical case. */
  repo: repoName,
  state: z.enum(REPO_STATES).default('ok'),
  /** Numeric id (REST `/repositories/{id}`); assigned from 1000 upwards when absent. */
  id: z.number().int().positive().optional(),
  /** For `renamed`/`transferred`: the `owner/name` it lives at now (must be listed too). */
  movedTo: repoName.optional(),
  stars: z.number().int().min(0).default(0),
  forks: z.number().int().min(0).default(0),
  openIssues: z.number().int().min(0).default(0),
  /** SPDX id (`MIT`), `NOASSERTION` for an unrecognised licence file, null for none. */
  license: z.string().min(1).nullable().default(null),
  archived: z.boolean().default(false),
  /**
   * Visible only to a token whose login owns it (github-api.md, "Private repositories"): that token
   * gets it with `isPrivate: true` / `private: true`; anyone else gets the 404 / NOT_FOUND of a missing one.
   */
  private: z.boolean().default(false),
  archivedAt: isoDate.nullable().optional(),
  fork: z.boolean().default(false),
  /** For forks: the repository it was forked from (must be listed); REST `parent`/`source`, GraphQL `parent`. */
  parent: repoName.optional(),
  /** No commits at all (REST /commits answers 409). */
  empty: z.boolean().default(false),
  createdAt: isoDate.default('2020-01-01T00:00:00Z'),
  pushedAt: isoDate.optional(),
  updatedAt: isoDate.optional(),
  lastCommitAt: isoDate.optional(),
  /** Commits on the default branch (`history.totalCount`). */
  commitCount: z.number().int().min(0).optional(),
  description: z.string().nullable().default(null),
  homepage: z.string().nullable().default(null),
  topics: z.array(z.string()).default([]),
  language: z.string().nullable().default(null),
  latestRelease: z.strictObject({ tag: z.string().min(1), publishedAt: isoDate.nullable().default(null) }).nullable().default(null),
  defaultBranch: z.string().min(1).default('main'),
  /** Entries at the root of the default branch. Default: README.md, LICENSE (when licensed) and src/. */
  rootEntries: z.array(treeEntry).optional(),
  /** Paths (files or folders, no leading slash) that exist on the default branch, besides rootEntries. */
  paths: z.array(z.string().min(1)).default([]),
  /** Other refs (branches, tags) and the paths that exist on them. */
  refs: z.record(z.string(), z.array(z.string())).default({}),
  /** For `dmca`/`blocked`: when and where the block was recorded. */
  blockedAt: isoDate.optional(),
  blockUrl: z.string().optional(),
  /** Fault: the first N requests that touch this repository fail with this status. */
  failFirst: failFirst.optional(),
});
export type ScenarioRepo = z.infer<typeof repoSchema>;

export const tokenSchema = z.strictObject({
  token: z.string().min(8),
  login: z.string().min(1),
  /** REST requests per hour. */
  rest: z.number().int().min(0).default(5000),
  /** GraphQL points per hour. */
  graphql: z.number().int().min(0).default(5000),
  /** A token that may only read (a fork's pull_request GITHUB_TOKEN): writes get 403. */
  readOnly: z.boolean().default(false),
  /**
   * A GitHub App installation token (like Actions' GITHUB_TOKEN): `GET /user` answers 403 "Resource
   * not accessible by integration". Tokens with one login share one budget either way.
   */
  app: z.boolean().default(false),
});

export const limitsSchema = z.strictObject({
  /** REST requests per hour without a token (per IP on GitHub; one budget here). */
  unauthenticated: z.number().int().min(0).default(60),
  /** Length of a primary rate-limit window, in seconds. */
  windowSeconds: z.number().int().positive().default(3600),
  /** REST status when the primary limit is exhausted: GitHub sends 403 or 429. */
  primaryStatus: z.union([z.literal(403), z.literal(429)]).default(403),
  /** More than this many requests in flight for one account (all its tokens together) → secondary limit. */
  maxInFlight: z.number().int().positive().default(20),
  /** Secondary limits per token and minute: REST points (GET 1, writes 5), GraphQL points (query 1); null = off. */
  restPointsPerMinute: z.number().int().positive().nullable().default(900),
  graphqlPointsPerMinute: z.number().int().positive().nullable().default(2000),
  /** GitHub counts those points per endpoint (`GET /repos/{owner}/{repo}`…); `all` pools every REST endpoint (stricter). */
  pointsPerMinuteScope: z.enum(['endpoint', 'all']).default('endpoint'),
  /** Status and retry-after (seconds) of a secondary-limit answer. */
  secondaryStatus: z.union([z.literal(403), z.literal(429)]).default(403),
  secondaryRetryAfter: z.number().int().min(0).default(60),
  /**
   * GraphQL may answer a secondary limit with 200 or 403 (github-api.md): 200 sends
   * `{ errors: [{ message: "You have exceeded a secondary rate limit…" }] }` (with retry-after:
   * UNCONFIRMED). null = `secondaryStatus`, as REST.
   */
  graphqlSecondaryStatus: z.union([z.literal(200), z.literal(403), z.literal(429)]).nullable().default(null),
  /** UNCONFIRMED: whether a 304 answered to an unauthenticated request is free. */
  unauthenticated304Free: z.boolean().default(true),
  /**
   * GitHub's per-query resource limits (since 2026-07; github-api.md, "Learned since the first
   * release"): a query naming more than this many repositories is refused with HTTP 200,
   * `RESOURCE_LIMITS_EXCEEDED` and its points still charged. null = no such limit.
   */
  graphqlResourceLimitRepos: z.number().int().positive().nullable().default(null),
  /** How the refusal looks: `data: null`, or every repository field null (both have been seen). */
  graphqlResourceLimitData: z.enum(['null', 'nulls']).default('null'),
  /** UNCONFIRMED: GraphQL rate-limit error type (`RATE_LIMITED`, or the newer `RATE_LIMIT`). */
  graphqlRateLimitedType: z.enum(['RATE_LIMITED', 'RATE_LIMIT']).default('RATE_LIMITED'),
});

export const behaviourSchema = z.strictObject({
  /** UNCONFIRMED: GraphQL `followRenames` also follows transfers. */
  graphqlFollowsTransfers: z.boolean().default(true),
  /** UNCONFIRMED: what GraphQL answers for dmca/blocked/disabled repositories. */
  graphqlBlocked: z.enum(['not-found', 'forbidden', 'disabled-data']).default('not-found'),
  /** UNCONFIRMED: REST for a `disabled` repository: 403 access blocked, or 200 with `disabled: true`. */
  restDisabled: z.enum(['403', '200']).default('403'),
  /** UNCONFIRMED: `defaultBranchRef` / `object` of an empty repository are null. */
  emptyRefsNull: z.boolean().default(true),
});

export const faultsSchema = z.strictObject({
  /** Share (0–1) of requests that fail at random with one of `randomStatuses`. */
  randomErrorRate: z.number().min(0).max(1).default(0),
  randomStatuses: z.array(z.number().int().min(500).max(599)).min(1).default([502, 503]),
  /** Share (0–1) of requests whose connection is reset without an answer. */
  resetRate: z.number().min(0).max(1).default(0),
  /** A GraphQL query naming more than this many repositories answers 502 after `graphqlTimeoutMs`. */
  graphqlMaxRepos: z.number().int().positive().nullable().default(null),
  graphqlTimeoutMs: z.number().int().min(0).default(10_000),
  /** Status of that answer: GitHub has been seen sending 502 and 504 (and 200 with the same body). */
  graphqlTimeoutStatus: z.union([z.literal(200), z.literal(502), z.literal(504)]).default(502),
});

export const scenarioSchema = z.strictObject({
  /** Editors validate against examples/scenarios/scenario.schema.json when this points at it. */
  $schema: z.string().optional(),
  comment: z.string().optional(),
  /** Seed of every random choice (jitter, random faults). */
  seed: z.number().int().default(1),
  /** Virtual clock start (ISO); default: real time when the simulator starts. */
  now: isoDate.optional(),
  tokens: z.array(tokenSchema).default([]),
  /** Accounts, with their type; owners of listed repositories exist anyway (as organisations). */
  owners: z.array(z.strictObject({ login: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'expected a login'), type: z.enum(['User', 'Organization']).default('User') })).default([]),
  limits: limitsSchema.default(limitsSchema.parse({})),
  behaviour: behaviourSchema.default(behaviourSchema.parse({})),
  latency: z.strictObject({ ms: z.number().min(0).default(0), jitterMs: z.number().min(0).default(0) }).default({ ms: 0, jitterMs: 0 }),
  faults: faultsSchema.default(faultsSchema.parse({})),
  repos: z.array(repoSchema).default([]),
  /** Software Heritage and the Wayback Machine, served under /swh/api/1/ and /wayback/available. */
  archives: archivesSchema.default(archivesSchema.parse({})),
});

export type Scenario = z.input<typeof scenarioSchema>;
export type ResolvedScenario = z.output<typeof scenarioSchema>;

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(top level)';
  return `${where}: ${issue.message}`;
}

/** Validate a scenario object; throws one clear message naming the first bad field. */
export function parseScenario(input: unknown, source = 'scenario'): ResolvedScenario {
  const result = scenarioSchema.safeParse(input);
  if (!result.success) {
    const first = result.error.issues[0]!;
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
    throw new InputError(source, null, `${describeIssue(first)}${more}`);
  }
  checkReferences(result.data, source);
  return result.data;
}

function checkReferences(s: ResolvedScenario, source: string): void {
  const names = new Map<string, number>();
  s.repos.forEach((r, i) => {
    if (!names.has(r.repo.toLowerCase())) names.set(r.repo.toLowerCase(), i);
  });
  s.repos.forEach((r, i) => {
    if (names.get(r.repo.toLowerCase()) !== i) throw new InputError(source, null, `repos[${i}].repo: "${r.repo}" is listed twice`);
    const moving = r.state === 'renamed' || r.state === 'transferred';
    if (moving && !r.movedTo) throw new InputError(source, null, `repos[${i}].movedTo: required for state "${r.state}"`);
    if (!moving && r.movedTo) throw new InputError(source, null, `repos[${i}].movedTo: only for renamed/transferred repositories`);
    if (r.movedTo && !names.has(r.movedTo.toLowerCase())) throw new InputError(source, null, `repos[${i}].movedTo: "${r.movedTo}" is not listed in repos`);
    if (r.parent && !r.fork) throw new InputError(source, null, `repos[${i}].parent: only for forks (set "fork": true)`);
    if (r.parent && !names.has(r.parent.toLowerCase())) throw new InputError(source, null, `repos[${i}].parent: "${r.parent}" is not listed in repos`);
  });
  const origins = new Set<string>();
  s.archives.swh.origins.forEach((o, i) => {
    if (origins.has(o.url)) throw new InputError(source, null, `archives.swh.origins[${i}].url: "${o.url}" is listed twice`);
    origins.add(o.url);
  });
  const tokens = new Set<string>();
  s.tokens.forEach((t, i) => {
    if (tokens.has(t.token)) throw new InputError(source, null, `tokens[${i}].token: listed twice`);
    tokens.add(t.token);
  });
}

/** The scenario format as JSON Schema (draft 2020-12), for editors: examples/scenarios/scenario.schema.json. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(scenarioSchema, { io: 'input' }), title: 'repo-audit GitHub simulator scenario (docs/simulator.md)' };
}

/** Read and validate a scenario file. */
export function loadScenario(path: string): ResolvedScenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(path, null, `cannot read the scenario (${code ?? String(err)})`, code === 'ENOENT' ? 'missing' : 'unreadable', { cause: err });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InputError(path, null, `not valid JSON (${(err as Error).message})`, 'invalid', { cause: err });
  }
  return parseScenario(json, path);
}
