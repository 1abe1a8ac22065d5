export declare function cmp(a: string, b: string): number;
