import type { PaperRecord } from '../types.js';
export declare class RecordBuilder {
    readonly source: string;
    line: number;
    title: string | null;
    date: string | null;
    id: string | null;
    private readonly links;
    private readonly seen;
    private promised;
    private claims;
    private tail;
    constructor(source: string, line: number, title?: string | null, date?: string | null, id?: string | null);
    /** Add text that starts on `line`; it may hold several lines. */
    addText(text: string, line: number): void;
    /** Add only the links of `text` (a Markdown reference definition, say), not its words. */
    addLinks(text: string, line: number): void;
    /** Forget the carried text (a new paragraph or field starts). */
    breakText(): void;
    get linkCount(): number;
    finish(): PaperRecord;
}
