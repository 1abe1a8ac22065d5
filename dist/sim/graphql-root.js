// The root resolvers of the simulated GraphQL API: repository (renames followed), repositoryOwner,
// user, organization, viewer, rateLimit. Misses throw NOT_FOUND errors that graphql-js places at
// the alias's path, so the other aliases of a batch keep their data (github-api.md).
import { GraphQLError } from 'graphql';
import { isoSeconds } from './clock.js';
import { graphqlRepository } from './graphql-repo.js';
import { nodeId } from './rest-repo.js';
const notFound = (message) => new GraphQLError(message, { extensions: { type: 'NOT_FOUND' } });
function reachable(ctx, repo, followRenames) {
    if (!repo || repo.state === 'not-found')
        return null;
    if (repo.state === 'renamed' || repo.state === 'transferred') {
        if (!followRenames)
            return null;
        // UNCONFIRMED (behaviour.graphqlFollowsTransfers): whether followRenames also follows transfers.
        return ctx.store.resolve(repo, ctx.scenario.behaviour.graphqlFollowsTransfers) ?? null;
    }
    return repo;
}
function repository(args, ctx) {
    const missing = notFound(`Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`);
    const repo = reachable(ctx, ctx.store.find(args.owner, args.name), args.followRenames !== false);
    if (!repo)
        throw missing;
    if (repo.state === 'dmca' || repo.state === 'blocked' || repo.state === 'disabled') {
        // UNCONFIRMED (behaviour.graphqlBlocked): how GraphQL answers for blocked repositories.
        const mode = ctx.scenario.behaviour.graphqlBlocked;
        if (mode === 'forbidden')
            throw new GraphQLError('Repository access blocked', { extensions: { type: 'FORBIDDEN' } });
        if (!(mode === 'disabled-data' && repo.state === 'disabled'))
            throw missing;
    }
    return graphqlRepository(ctx.store, repo, ctx.scenario.behaviour.emptyRefsNull);
}
function owner(login, ctx, kind) {
    const viewer = ctx.viewerLogin && login.toLowerCase() === ctx.viewerLogin.toLowerCase() ? { login: ctx.viewerLogin, type: 'User' } : undefined;
    const found = ctx.store.owners.get(login.toLowerCase()) ?? viewer;
    if (!found || (kind !== 'RepositoryOwner' && found.type !== kind)) {
        throw notFound(`Could not resolve to a${kind === 'Organization' ? 'n' : ''} ${kind} with the login of '${login}'.`);
    }
    const { login: canonical, type } = found;
    return { __typename: type, login: canonical, url: `https://github.com/${canonical}`, resourcePath: `/${canonical}`, id: nodeId(type, canonical) };
}
export const rootValue = {
    repository: (args, ctx) => repository(args, ctx),
    repositoryOwner: (args, ctx) => owner(args.login, ctx, 'RepositoryOwner'),
    user: (args, ctx) => owner(args.login, ctx, 'User'),
    organization: (args, ctx) => owner(args.login, ctx, 'Organization'),
    viewer: (_args, ctx) => ({ __typename: 'User', login: ctx.viewerLogin, url: `https://github.com/${ctx.viewerLogin}`, id: nodeId('User', ctx.viewerLogin) }),
    rateLimit: (_args, ctx) => {
        const v = ctx.budget();
        return { cost: ctx.cost, limit: v.limit, remaining: v.remaining, used: v.used, resetAt: isoSeconds(v.reset * 1000), nodeCount: 0 };
    },
};
//# sourceMappingURL=graphql-root.js.map