import { type GraphQLFieldResolver } from 'graphql';
export declare const fieldResolver: GraphQLFieldResolver<unknown, unknown>;
