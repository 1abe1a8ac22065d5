// Builds one PaperRecord from the pieces of text a reader hands it, line by line.
import type { Link, PaperRecord } from '../types.js';
import { findLinks } from './links.js';
import { mentionsClaim, mentionsPromise } from './promises.js';

/** How much of the previous piece to keep, so a promise wrapped over two lines is still seen. */
const CARRY = 160;

export class RecordBuilder {
  private readonly links: Link[] = [];
  private promised = false;
  private claims = false;
  private tail = '';

  constructor(
    readonly source: string,
    public line: number,
    public title: string | null = null,
    public date: string | null = null,
    public id: string | null = null,
  ) {}

  /** Add text that starts on `line`; it may hold several lines. */
  addText(text: string, line: number): void {
    findLinks(text, line, this.links);
    const window = this.tail ? `${this.tail} ${text}` : text;
    if (!this.promised && mentionsPromise(window)) this.promised = true;
    if (!this.claims && mentionsClaim(window)) this.claims = true;
    this.tail = text.length > CARRY ? text.slice(-CARRY) : text;
  }

  /** Add only the links of `text` (a Markdown reference definition, say), not its words. */
  addLinks(text: string, line: number): void {
    findLinks(text, line, this.links);
  }

  /** Forget the carried text (a new paragraph or field starts). */
  breakText(): void {
    this.tail = '';
  }

  get linkCount(): number {
    return this.links.length;
  }

  finish(): PaperRecord {
    const record: PaperRecord = {
      source: this.source,
      line: this.line,
      title: this.title,
      date: this.date,
      promised: this.promised,
      // A claim only matters when no link backs it, and a promise is not a claim.
      claimsCodeWithoutLink: this.claims && !this.promised && this.links.length === 0,
      links: this.links,
    };
    if (this.id !== null) record.id = this.id;
    return record;
  }
}
