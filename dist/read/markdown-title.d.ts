export declare function markdownTitle(text: string): string | null;
