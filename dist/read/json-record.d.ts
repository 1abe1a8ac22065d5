import type { PaperRecord } from '../types.js';
/**
 * Fields whose links are never code links: arXiv metadata puts its licence URL
 * (`http://arxiv.org/licenses/…`) on nearly every record.
 */
export declare const SKIPPED_FIELDS: Set<string>;
export declare function isPlainObject(v: unknown): v is Record<string, unknown>;
/** Build the record of `obj`, which starts on `line` of `source`. */
export declare function recordFromObject(obj: Record<string, unknown>, source: string, line: number): PaperRecord;
/**
 * Offset of a JSON.parse error, when V8 gives one. The message itself is never shown: it may quote
 * the input, and the input may hold a credential.
 */
export declare function jsonErrorPosition(err: unknown): number | null;
