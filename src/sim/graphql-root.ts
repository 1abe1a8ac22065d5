// The root resolvers of the simulated GraphQL API: repository (renames followed), repositoryOwner,
// user, organization, viewer, rateLimit. Misses throw NOT_FOUND errors that graphql-js places at
// the alias's path, so the other aliases of a batch keep their data (github-api.md).
import { GraphQLError } from 'graphql';
import { isoSeconds } from './clock.js';
import { graphqlRepository } from './graphql-repo.js';
import type { BudgetView } from './limits.js';
import { nodeId } from './rest-repo.js';
import type { ResolvedScenario } from './scenario.js';
import { RepoStore, type SimRepo } from './store.js';

export interface RootContext {
  store: RepoStore;
  scenario: ResolvedScenario;
  viewerLogin: string;
  /** The GraphQL budget after this query's charge. */
  budget: () => BudgetView;
  cost: number;
}

const notFound = (message: string): GraphQLError => new GraphQLError(message, { extensions: { type: 'NOT_FOUND' } });

function reachable(ctx: RootContext, repo: SimRepo | undefined, followRenames: boolean): SimRepo | null {
  if (!repo || repo.state === 'not-found' || !RepoStore.visibleTo(repo, ctx.viewerLogin)) return null;
  if (repo.state === 'renamed' || repo.state === 'transferred') {
    if (!followRenames) return null;
    // UNCONFIRMED (behaviour.graphqlFollowsTransfers): whether followRenames also follows transfers.
    return ctx.store.resolve(repo, ctx.scenario.behaviour.graphqlFollowsTransfers) ?? null;
  }
  return repo;
}

function repository(args: { owner: string; name: string; followRenames?: boolean | null }, ctx: RootContext): Record<string, unknown> {
  const missing = notFound(`Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`);
  const repo = reachable(ctx, ctx.store.find(args.owner, args.name), args.followRenames !== false);
  if (!repo) throw missing;
  if (repo.state === 'dmca' || repo.state === 'blocked' || repo.state === 'disabled') {
    // UNCONFIRMED (behaviour.graphqlBlocked): how GraphQL answers for blocked repositories.
    const mode = ctx.scenario.behaviour.graphqlBlocked;
    if (mode === 'forbidden') throw new GraphQLError('Repository access blocked', { extensions: { type: 'FORBIDDEN' } });
    if (!(mode === 'disabled-data' && repo.state === 'disabled')) throw missing;
  }
  return graphqlRepository(ctx.store, repo, ctx.scenario.behaviour.emptyRefsNull);
}

function owner(login: string, ctx: RootContext, kind: 'RepositoryOwner' | 'User' | 'Organization'): Record<string, unknown> {
  const viewer = ctx.viewerLogin && login.toLowerCase() === ctx.viewerLogin.toLowerCase() ? { login: ctx.viewerLogin, type: 'User' as const } : undefined;
  const found = ctx.store.owners.get(login.toLowerCase()) ?? viewer;
  if (!found || (kind !== 'RepositoryOwner' && found.type !== kind)) {
    throw notFound(`Could not resolve to a${kind === 'Organization' ? 'n' : ''} ${kind} with the login of '${login}'.`);
  }
  const { login: canonical, type } = found;
  return { __typename: type, login: canonical, url: `https://github.com/${canonical}`, resourcePath: `/${canonical}`, id: nodeId(type, canonical) };
}

export const rootValue = {
  repository: (args: { owner: string; name: string; followRenames?: boolean | null }, ctx: RootContext) => repository(args, ctx),
  repositoryOwner: (args: { login: string }, ctx: RootContext) => owner(args.login, ctx, 'RepositoryOwner'),
  user: (args: { login: string }, ctx: RootContext) => owner(args.login, ctx, 'User'),
  organization: (args: { login: string }, ctx: RootContext) => owner(args.login, ctx, 'Organization'),
  viewer: (_args: unknown, ctx: RootContext) => ({ __typename: 'User', login: ctx.viewerLogin, url: `https://github.com/${ctx.viewerLogin}`, id: nodeId('User', ctx.viewerLogin) }),
  rateLimit: (_args: unknown, ctx: RootContext) => {
    const v = ctx.budget();
    return { cost: ctx.cost, limit: v.limit, remaining: v.remaining, used: v.used, resetAt: isoSeconds(v.reset * 1000), nodeCount: 0 };
  },
};
