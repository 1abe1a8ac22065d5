export type Align = 'left' | 'right';
/**
 * Rows per table: github.com stops rendering Markdown files of a few MB, so huge collections get
 * the first rows here and everything in repos.csv and snapshot.json.
 */
export declare const MAX_TABLE_ROWS = 500;
export declare function mdTable(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly Align[], maxRows?: number): string;
