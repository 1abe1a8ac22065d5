import type { BudgetView } from './limits.js';
import { type SimResponse } from './response.js';
import { type RestContext } from './rest-repos.js';
export declare function restRoute(ctx: RestContext, method: string, pathname: string, query: URLSearchParams, views: () => {
    core: BudgetView;
    graphql: BudgetView;
}): SimResponse;
