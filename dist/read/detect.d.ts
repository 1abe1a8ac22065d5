import type { InputFormat } from '../types.js';
/** File name endings a directory walk picks up. */
export declare const INPUT_EXTENSIONS: string[];
/** Detect the format of `name` whose first bytes are `head`. */
export declare function detectFormat(name: string, head: string): InputFormat;
