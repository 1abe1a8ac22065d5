import type { Forge } from '../../types.js';
import { type LinkTarget } from '../target.js';
interface SimpleForge {
    forge: Forge;
    base: string;
    /** First segments that are the site's own pages. */
    reserved: Set<string>;
}
export declare const SIMPLE_FORGES: Record<string, SimpleForge>;
export declare function parseSimpleForge(url: URL, host: string): LinkTarget;
export {};
