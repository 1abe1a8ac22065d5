import type { ForgeAdapter } from './types.js';
export declare const huggingface: ForgeAdapter;
