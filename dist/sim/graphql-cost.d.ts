import { type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
export interface QueryShape {
    cost: number;
    requests: number;
    nodes: number;
    /** Top-level `repository` fields (aliases included). */
    repositories: number;
    /** GitHub-style errors for pagination arguments (EXCESSIVE_PAGINATION, MISSING_PAGINATION_BOUNDARIES). */
    problems: {
        type: string;
        message: string;
        node: {
            loc?: {
                startToken: {
                    line: number;
                    column: number;
                };
            };
        };
    }[];
}
export declare function queryShape(schema: GraphQLSchema, op: OperationDefinitionNode, fragments: FragmentDefinitionNode[], variables?: Record<string, unknown>): QueryShape;
