// GitHub's real GraphQL schema (npm `@octokit/graphql-schema`), built once per process.
// buildClientSchema over the introspection JSON (the IDL has duplicate fields buildSchema rejects).
// Loaded on demand: the package parses 5 MB of JSON when imported, and every CLI command imports
// the `sim` command module, so only a started simulator should pay for it.
import { buildClientSchema } from 'graphql';
let cached = null;
export async function loadGithubGraphqlSchema() {
    if (!cached) {
        const { schema } = await import('@octokit/graphql-schema');
        const json = schema.json;
        cached ??= buildClientSchema(json.data ?? json);
    }
    return cached;
}
/** The schema, once loadGithubGraphqlSchema() has resolved (startSimulator awaits it). */
export function githubGraphqlSchema() {
    if (!cached)
        throw new Error('GitHub GraphQL schema not loaded: call loadGithubGraphqlSchema() first');
    return cached;
}
//# sourceMappingURL=graphql-schema.js.map