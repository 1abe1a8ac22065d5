// POST /graphql (and GHES-style /api/graphql): parse, validate against GitHub's schema, price
// the query with GitHub's formula, charge the points budget, then execute over the scenario.
import { execute, GraphQLError, Kind, parse, validate, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { queryShape } from './graphql-cost.js';
import { fieldResolver } from './graphql-defaults.js';
import { githubParseError, githubValidationError, type GitHubError } from './graphql-errors.js';
import { rootValue, type RootContext } from './graphql-root.js';
import { githubGraphqlSchema } from './graphql-schema.js';
import type { BudgetView } from './limits.js';
import { json, type SimResponse } from './response.js';
import type { ResolvedScenario } from './scenario.js';
import type { RepoStore } from './store.js';

export interface GraphqlEnv {
  store: RepoStore;
  scenario: ResolvedScenario;
  viewerLogin: string;
  /** Numeric id for messages ("API rate limit exceeded for user ID …"). */
  viewerId: number;
  budget: {
    view(): BudgetView;
    canSpend(cost: number): boolean;
    spend(cost: number): void;
  };
  /** Fault hook: a status to fail with because a repository of the query must fail first, or null. */
  failFor(repos: string[]): number | null;
  sleep(ms: number): Promise<void>;
}

const ok = (body: unknown, extra: Partial<SimResponse> = {}): SimResponse => json(200, body, { charged: false, ...extra });

function pickOperation(doc: DocumentNode, name: string | undefined): OperationDefinitionNode | string {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (name) return ops.find((o) => o.name?.value === name) ?? `No operation named "${name}"`;
  return ops.length === 1 ? ops[0]! : 'An operation name is required';
}

/** `owner/name` of each top-level repository field written with literal arguments. */
function repoNames(op: OperationDefinitionNode, variables: Record<string, unknown>): string[] {
  const names: string[] = [];
  for (const sel of op.selectionSet.selections) {
    if (sel.kind !== Kind.FIELD || sel.name.value !== 'repository') continue;
    const arg = (n: string): string => {
      const v = sel.arguments?.find((a) => a.name.value === n)?.value;
      if (v?.kind === Kind.STRING) return v.value;
      if (v?.kind === Kind.VARIABLE) return String(variables[v.name.value] ?? '');
      return '';
    };
    names.push(`${arg('owner')}/${arg('name')}`);
  }
  return names;
}

function formatError(e: GraphQLError): GitHubError {
  const type = e.extensions?.type;
  // GitHub's key order: type, path, locations, message.
  const out: Partial<GitHubError> = {};
  if (typeof type === 'string') out.type = type;
  if (e.path) out.path = [...e.path];
  if (e.locations) out.locations = e.locations.map((l) => ({ line: l.line, column: l.column }));
  out.message = e.message;
  return out as GitHubError;
}

/** graphql-js `Variable "$o" of required type "String!" was not provided.` as graphql-ruby words it. */
function variableError(e: GraphQLError): GitHubError {
  const m = /^Variable "\$([^"]+)" (?:of required type "([^"]+)" was not provided|got invalid value .*?)\.?$/.exec(e.message);
  const locations = e.locations?.map((l) => ({ line: l.line, column: l.column }));
  if (!m) return { ...(locations ? { locations } : {}), message: e.message };
  const type = m[2] ?? (/; Expected type "([^"]+)"/.exec(e.message)?.[1] ?? 'value');
  const explanation = m[2] ? 'Expected value to not be null' : e.message.replace(/^Variable "\$[^"]+" got invalid value [^;]*; /, '');
  return { extensions: { value: null, problems: [{ path: [], explanation }] }, ...(locations ? { locations } : {}), message: `Variable $${m[1]} of type ${type} was provided invalid value` };
}

const RESOURCE_LIMITS_MESSAGE = 'Resource limits for this query exceeded.';

/**
 * GitHub's refusal of a query over its per-query resource limits: HTTP 200, `data` null (or each
 * top-level field null with an error at its path), type RESOURCE_LIMITS_EXCEEDED; points charged.
 */
function resourceLimitsExceeded(op: OperationDefinitionNode, shape: 'null' | 'nulls'): Record<string, unknown> {
  if (shape === 'null') return { data: null, errors: [{ type: 'RESOURCE_LIMITS_EXCEEDED', message: RESOURCE_LIMITS_MESSAGE }] };
  const aliases = op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD && s.name.value === 'repository' ? [s.alias?.value ?? s.name.value] : []));
  return {
    data: Object.fromEntries(aliases.map((a) => [a, null])),
    errors: aliases.map((a) => ({ type: 'RESOURCE_LIMITS_EXCEEDED', path: [a], message: RESOURCE_LIMITS_MESSAGE })),
  };
}

interface Request {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

export async function graphqlRoute(env: GraphqlEnv, bodyText: string): Promise<SimResponse> {
  let req: Request;
  try {
    req = JSON.parse(bodyText) as Request;
  } catch {
    return json(400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql' }, { charged: false });
  }
  if (typeof req.query !== 'string' || req.query.trim() === '') {
    return ok({ errors: [{ message: 'A query attribute must be specified and must be a string.' }] });
  }
  let doc: DocumentNode;
  try {
    doc = parse(req.query);
  } catch (err) {
    return ok({ errors: [githubParseError(err as GraphQLError)] });
  }
  const schema = githubGraphqlSchema();
  const invalid = validate(schema, doc);
  if (invalid.length > 0) return ok({ errors: invalid.map((e) => githubValidationError(doc, e)) });
  const op = pickOperation(doc, typeof req.operationName === 'string' ? req.operationName : undefined);
  if (typeof op === 'string') return ok({ errors: [{ message: op }] });
  // The simulated GitHub is read-only: a valid mutation is refused rather than half-executed.
  if (op.operation !== 'query') return ok({ errors: [{ type: 'FORBIDDEN', message: 'The GitHub simulator is read-only: mutations are not supported.' }] });
  const variables = (req.variables && typeof req.variables === 'object' ? req.variables : {}) as Record<string, unknown>;
  const fragments = doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const shape = queryShape(schema, op, fragments, variables);
  const base = { graphqlRepos: shape.repositories };
  if (shape.problems.length > 0) {
    const errors = shape.problems.map((p) => ({ type: p.type, message: p.message, ...(p.node.loc ? { locations: [{ line: p.node.loc.startToken.line, column: p.node.loc.startToken.column }] } : {}) }));
    return ok({ errors }, base);
  }
  return run(env, { doc, op, variables, cost: shape.cost, repos: repoNames(op, variables), base });
}

interface Planned {
  doc: DocumentNode;
  op: OperationDefinitionNode;
  variables: Record<string, unknown>;
  cost: number;
  repos: string[];
  base: { graphqlRepos: number };
}

async function run(env: GraphqlEnv, p: Planned): Promise<SimResponse> {
  const { faults, limits } = env.scenario;
  if (!env.budget.canSpend(p.cost)) {
    const message = `API rate limit exceeded for user ID ${env.viewerId}.`;
    // UNCONFIRMED (limits.graphqlRateLimitedType): RATE_LIMITED, or the newer RATE_LIMIT variant.
    const error = limits.graphqlRateLimitedType === 'RATE_LIMITED' ? { type: 'RATE_LIMITED', message } : { type: 'RATE_LIMIT', code: 'graphql_rate_limit', message };
    return ok({ errors: [error] }, { ...p.base, violation: 'primary-limit' });
  }
  env.budget.spend(p.cost);
  const charged = { ...p.base, cost: p.cost };
  if (limits.graphqlResourceLimitRepos !== null && p.base.graphqlRepos > limits.graphqlResourceLimitRepos) {
    return ok(resourceLimitsExceeded(p.op, limits.graphqlResourceLimitData), { ...charged, fault: 'resource-limits' });
  }
  const failing = env.failFor(p.repos);
  if (failing !== null) return json(failing, { message: 'Server Error' }, { ...charged, charged: false, fault: 'fail-first' });
  if (faults.graphqlMaxRepos !== null && p.base.graphqlRepos > faults.graphqlMaxRepos) {
    // A heavy query runs into GitHub's 10 s limit: an error after the wait (the points are spent).
    await env.sleep(faults.graphqlTimeoutMs);
    const body = { data: 'null', errors: [{ message: 'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `0000:0000:0000000:0000000:00000000` when reporting this issue.' }] };
    return json(faults.graphqlTimeoutStatus, body, { ...charged, charged: false, fault: 'graphql-timeout' });
  }
  const contextValue: RootContext = { store: env.store, scenario: env.scenario, viewerLogin: env.viewerLogin, budget: () => env.budget.view(), cost: p.cost };
  const result = await execute({ schema: githubGraphqlSchema(), document: p.doc, rootValue, contextValue, variableValues: p.variables, operationName: p.op.name?.value, fieldResolver });
  // No data at all means the variables were refused before execution (GitHub sends errors only).
  if (result.data === undefined) return ok({ errors: (result.errors ?? []).map(variableError) }, charged);
  const body: Record<string, unknown> = { data: result.data };
  if (result.errors?.length) body.errors = result.errors.map(formatError);
  return ok(body, charged);
}
