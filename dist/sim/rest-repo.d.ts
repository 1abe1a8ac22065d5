import type { SimRepo } from './store.js';
/** GitHub-style node id (REST `node_id`, GraphQL `id`): base64 of `0<kind length>:<kind><key>`. */
export declare const nodeId: (kind: string, id: number | string) => string;
/** Owner ids are derived from the login so that every repository of an owner shares one. */
export declare function ownerId(login: string): number;
export declare function restRepository(r: SimRepo, api: string, lineage?: {
    parent: SimRepo;
    source: SimRepo;
} | null): Record<string, unknown>;
