import { type ASTNode, type DocumentNode, type GraphQLError } from 'graphql';
export interface GitHubError {
    message: string;
    locations?: {
        line: number;
        column: number;
    }[];
    path?: (string | number)[];
    extensions?: Record<string, unknown>;
    type?: string;
}
/** The graphql-ruby style path of a node: its labelled ancestors from the operation down. */
export declare function pathOf(doc: DocumentNode, target: ASTNode): string[];
/** A graphql-js validation error restated as GitHub would send it. */
export declare function githubValidationError(doc: DocumentNode, err: GraphQLError): GitHubError;
/** A graphql-js syntax error as graphql-ruby's parser reports it. */
export declare function githubParseError(err: GraphQLError): GitHubError;
