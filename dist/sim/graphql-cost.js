// GitHub's GraphQL cost formula (github-api.md, "Rate limits and node limits for the GraphQL API"):
// add up the requests each connection needs, assuming every `first`/`last` is reached (a connection
// nested under a connection of 100 needs 100 requests), divide by 100, round; at least 1.
// The same walk counts nodes (at most 500,000), checks 1 ≤ first/last ≤ 100 and counts the
// top-level `repository` fields of a batch.
import { getNamedType, isObjectType, isInterfaceType, Kind, } from 'graphql';
const MAX_PAGE = 100;
function intArg(value, variables) {
    if (!value)
        return null;
    if (value.kind === Kind.INT)
        return Number(value.value);
    if (value.kind === Kind.VARIABLE) {
        const v = variables[value.name.value];
        return typeof v === 'number' ? v : null;
    }
    return null;
}
function walk(w, set, parent, multiplier) {
    if (++w.depth > 50)
        return; // fragment cycles are rejected by validation; this is a guard
    for (const sel of set.selections) {
        if (sel.kind === Kind.INLINE_FRAGMENT) {
            const type = sel.typeCondition ? (w.schema.getType(sel.typeCondition.name.value) ?? parent) : parent;
            walk(w, sel.selectionSet, type, multiplier);
            continue;
        }
        if (sel.kind === Kind.FRAGMENT_SPREAD) {
            const frag = w.fragments.get(sel.name.value);
            if (frag)
                walk(w, frag.selectionSet, w.schema.getType(frag.typeCondition.name.value) ?? parent, multiplier);
            continue;
        }
        if (!isObjectType(parent) && !isInterfaceType(parent))
            continue;
        const def = parent.getFields()[sel.name.value];
        if (!def || !sel.selectionSet)
            continue;
        const type = getNamedType(def.type);
        let childMultiplier = multiplier;
        if (type.name.endsWith('Connection')) {
            const args = new Map(sel.arguments?.map((a) => [a.name.value, a.value]) ?? []);
            const first = intArg(args.get('first'), w.variables);
            const last = intArg(args.get('last'), w.variables);
            const page = first ?? last;
            const wantsNodes = sel.selectionSet.selections.some((s) => s.kind === Kind.FIELD && (s.name.value === 'nodes' || s.name.value === 'edges'));
            const label = `\`${sel.name.value}\``;
            if (page !== null && (page < 1 || page > MAX_PAGE)) {
                const which = first !== null ? 'first' : 'last';
                w.shape.problems.push({ type: 'EXCESSIVE_PAGINATION', message: `Requesting ${page} records on the ${label} connection exceeds the \`${which}\` limit of ${MAX_PAGE} records.`, node: sel });
            }
            else if (page === null && wantsNodes) {
                w.shape.problems.push({ type: 'MISSING_PAGINATION_BOUNDARIES', message: `You must provide a \`first\` or \`last\` value to properly paginate the ${label} connection.`, node: sel });
            }
            w.shape.requests += multiplier;
            childMultiplier = multiplier * (page ?? 1);
            w.shape.nodes += childMultiplier;
        }
        walk(w, sel.selectionSet, type, childMultiplier);
    }
    w.depth--;
}
export function queryShape(schema, op, fragments, variables = {}) {
    const shape = { cost: 1, requests: 0, nodes: 0, repositories: 0, problems: [] };
    const root = op.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
    if (!root)
        return shape;
    const w = { schema, fragments: new Map(fragments.map((f) => [f.name.value, f])), variables, shape, depth: 0 };
    walk(w, op.selectionSet, root, 1);
    shape.repositories = op.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && s.name.value === 'repository').length;
    shape.cost = Math.max(1, Math.round(shape.requests / 100));
    if (shape.nodes > 500_000) {
        shape.problems.push({ type: 'MAX_NODE_LIMIT_EXCEEDED', message: `This query requests up to ${shape.nodes} possible nodes which exceeds the maximum limit of 500,000.`, node: op });
    }
    return shape;
}
//# sourceMappingURL=graphql-cost.js.map