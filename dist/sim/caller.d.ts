import type { IncomingMessage } from 'node:http';
import type { ResolvedScenario } from './scenario.js';
export interface Caller {
    token: string | null;
    label: string;
    login: string;
    viewerId: number;
    limits: {
        core: number;
        graphql: number;
    };
    valid: boolean;
}
export declare function identify(state: {
    scenario: ResolvedScenario;
}, header: string | undefined): Caller;
export declare function readBody(req: IncomingMessage, max?: number): Promise<string>;
