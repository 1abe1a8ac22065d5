/** One line, no control characters, single spaces. */
export declare function cleanText(text: string): string;
/** At most `max` characters (code points, so emoji survive), cut at a word when one is near, with "…". */
export declare function truncate(text: string, max: number): string;
/**
 * Plain text for a Markdown table cell or list item: escaped so it renders as the same text and
 * nothing else. `max` truncates first (before escaping, so entities are never cut in half).
 */
export declare function mdText(text: string | null | undefined, max?: number): string;
/** An http(s) URL made safe as a Markdown link destination; null for anything else (javascript:, data:…). */
export declare function safeHref(url: string | null | undefined): string | null;
/** A URL as a link whose text is the URL without its scheme; plain escaped text when it is not http(s). */
export declare function mdUrl(url: string | null | undefined, max?: number): string;
/**
 * Untrusted text as an inline code span: shown literally (no HTML, links, mentions or issue
 * references), copy-pasteable, with `|` escaped for tables (GFM allows `\|` inside code spans).
 */
export declare function mdCode(text: string | null | undefined, max?: number): string;
