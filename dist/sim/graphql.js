// POST /graphql (and GHES-style /api/graphql): parse, validate against GitHub's schema, price
// the query with GitHub's formula, charge the points budget, then execute over the scenario.
import { execute, Kind, parse, validate } from 'graphql';
import { queryShape } from './graphql-cost.js';
import { fieldResolver } from './graphql-defaults.js';
import { githubParseError, githubValidationError } from './graphql-errors.js';
import { rootValue } from './graphql-root.js';
import { githubGraphqlSchema } from './graphql-schema.js';
import { json } from './response.js';
const ok = (body, extra = {}) => json(200, body, { charged: false, ...extra });
function pickOperation(doc, name) {
    const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (name)
        return ops.find((o) => o.name?.value === name) ?? `No operation named "${name}"`;
    return ops.length === 1 ? ops[0] : 'An operation name is required';
}
/** `owner/name` of each top-level repository field written with literal arguments. */
function repoNames(op, variables) {
    const names = [];
    for (const sel of op.selectionSet.selections) {
        if (sel.kind !== Kind.FIELD || sel.name.value !== 'repository')
            continue;
        const arg = (n) => {
            const v = sel.arguments?.find((a) => a.name.value === n)?.value;
            if (v?.kind === Kind.STRING)
                return v.value;
            if (v?.kind === Kind.VARIABLE)
                return String(variables[v.name.value] ?? '');
            return '';
        };
        names.push(`${arg('owner')}/${arg('name')}`);
    }
    return names;
}
function formatError(e) {
    const type = e.extensions?.type;
    // GitHub's key order: type, path, locations, message.
    const out = {};
    if (typeof type === 'string')
        out.type = type;
    if (e.path)
        out.path = [...e.path];
    if (e.locations)
        out.locations = e.locations.map((l) => ({ line: l.line, column: l.column }));
    out.message = e.message;
    return out;
}
/** graphql-js `Variable "$o" of required type "String!" was not provided.` as graphql-ruby words it. */
function variableError(e) {
    const m = /^Variable "\$([^"]+)" (?:of required type "([^"]+)" was not provided|got invalid value .*?)\.?$/.exec(e.message);
    const locations = e.locations?.map((l) => ({ line: l.line, column: l.column }));
    if (!m)
        return { ...(locations ? { locations } : {}), message: e.message };
    const type = m[2] ?? (/; Expected type "([^"]+)"/.exec(e.message)?.[1] ?? 'value');
    const explanation = m[2] ? 'Expected value to not be null' : e.message.replace(/^Variable "\$[^"]+" got invalid value [^;]*; /, '');
    return { extensions: { value: null, problems: [{ path: [], explanation }] }, ...(locations ? { locations } : {}), message: `Variable $${m[1]} of type ${type} was provided invalid value` };
}
export async function graphqlRoute(env, bodyText) {
    let req;
    try {
        req = JSON.parse(bodyText);
    }
    catch {
        return json(400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql' }, { charged: false });
    }
    if (typeof req.query !== 'string' || req.query.trim() === '') {
        return ok({ errors: [{ message: 'A query attribute must be specified and must be a string.' }] });
    }
    let doc;
    try {
        doc = parse(req.query);
    }
    catch (err) {
        return ok({ errors: [githubParseError(err)] });
    }
    const schema = githubGraphqlSchema();
    const invalid = validate(schema, doc);
    if (invalid.length > 0)
        return ok({ errors: invalid.map((e) => githubValidationError(doc, e)) });
    const op = pickOperation(doc, typeof req.operationName === 'string' ? req.operationName : undefined);
    if (typeof op === 'string')
        return ok({ errors: [{ message: op }] });
    // The simulated GitHub is read-only: a valid mutation is refused rather than half-executed.
    if (op.operation !== 'query')
        return ok({ errors: [{ type: 'FORBIDDEN', message: 'The GitHub simulator is read-only: mutations are not supported.' }] });
    const variables = (req.variables && typeof req.variables === 'object' ? req.variables : {});
    const fragments = doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const shape = queryShape(schema, op, fragments, variables);
    const base = { graphqlRepos: shape.repositories };
    if (shape.problems.length > 0) {
        const errors = shape.problems.map((p) => ({ type: p.type, message: p.message, ...(p.node.loc ? { locations: [{ line: p.node.loc.startToken.line, column: p.node.loc.startToken.column }] } : {}) }));
        return ok({ errors }, base);
    }
    return run(env, { doc, op, variables, cost: shape.cost, repos: repoNames(op, variables), base });
}
async function run(env, p) {
    const { faults, limits } = env.scenario;
    if (!env.budget.canSpend(p.cost)) {
        const message = `API rate limit exceeded for user ID ${env.viewerId}.`;
        // UNCONFIRMED (limits.graphqlRateLimitedType): RATE_LIMITED, or the newer RATE_LIMIT variant.
        const error = limits.graphqlRateLimitedType === 'RATE_LIMITED' ? { type: 'RATE_LIMITED', message } : { type: 'RATE_LIMIT', code: 'graphql_rate_limit', message };
        return ok({ errors: [error] }, { ...p.base, violation: 'primary-limit' });
    }
    env.budget.spend(p.cost);
    const charged = { ...p.base, cost: p.cost };
    const failing = env.failFor(p.repos);
    if (failing !== null)
        return json(failing, { message: 'Server Error' }, { ...charged, charged: false, fault: 'fail-first' });
    if (faults.graphqlMaxRepos !== null && p.base.graphqlRepos > faults.graphqlMaxRepos) {
        // A heavy query runs into GitHub's 10 s limit: an error after the wait (the points are spent).
        await env.sleep(faults.graphqlTimeoutMs);
        const body = { data: 'null', errors: [{ message: 'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `0000:0000:0000000:0000000:00000000` when reporting this issue.' }] };
        return json(faults.graphqlTimeoutStatus, body, { ...charged, charged: false, fault: 'graphql-timeout' });
    }
    const contextValue = { store: env.store, scenario: env.scenario, viewerLogin: env.viewerLogin, budget: () => env.budget.view(), cost: p.cost };
    const result = await execute({ schema: githubGraphqlSchema(), document: p.doc, rootValue, contextValue, variableValues: p.variables, operationName: p.op.name?.value, fieldResolver });
    // No data at all means the variables were refused before execution (GitHub sends errors only).
    if (result.data === undefined)
        return ok({ errors: (result.errors ?? []).map(variableError) }, charged);
    const body = { data: result.data };
    if (result.errors?.length)
        body.errors = result.errors.map(formatError);
    return ok(body, charged);
}
//# sourceMappingURL=graphql.js.map