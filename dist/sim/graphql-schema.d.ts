import { type GraphQLSchema } from 'graphql';
export declare function loadGithubGraphqlSchema(): Promise<GraphQLSchema>;
/** The schema, once loadGithubGraphqlSchema() has resolved (startSimulator awaits it). */
export declare function githubGraphqlSchema(): GraphQLSchema;
