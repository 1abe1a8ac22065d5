import type { ExtractFormatter } from './formatter.js';
export declare function jsonFormatter(): ExtractFormatter;
