// GitHub's real GraphQL schema (npm `@octokit/graphql-schema`), built once per process.
// buildClientSchema over the introspection JSON (the IDL has duplicate fields buildSchema rejects).
import { schema as githubSchema } from '@octokit/graphql-schema';
import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

let cached: GraphQLSchema | null = null;

export function githubGraphqlSchema(): GraphQLSchema {
  if (!cached) {
    const json = githubSchema.json as { data?: IntrospectionQuery } & IntrospectionQuery;
    cached = buildClientSchema(json.data ?? json);
  }
  return cached;
}
