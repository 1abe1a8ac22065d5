import { CLAIM, LINK, PROMISE, earliestEnd, scanKeywords } from './keywords.js';
import { collectLinks } from './links.js';
import { claimIn, promiseIn } from './promises.js';
/** How much of the previous piece to keep, so a promise wrapped over two lines is still seen. */
const CARRY = 160;
export class RecordBuilder {
    source;
    line;
    title;
    date;
    id;
    links = [];
    seen = new Set();
    promised = false;
    claims = false;
    tail = '';
    constructor(source, line, title = null, date = null, id = null) {
        this.source = source;
        this.line = line;
        this.title = title;
        this.date = date;
        this.id = id;
    }
    /** Add text that starts on `line`; it may hold several lines. */
    addText(text, line) {
        const window = this.tail ? `${this.tail} ${text}` : text;
        this.tail = text.length > CARRY ? text.slice(-CARRY) : text;
        // One keyword pass decides which scanners run; most texts need none.
        const found = scanKeywords(window);
        if (found === 0)
            return;
        // Links start shortly before their first marker (`https` before `://`, subdomains before `github.`).
        if (found & LINK)
            collectLinks(text, line, this.links, Math.max(0, earliestEnd(LINK) - (window.length - text.length) - 64), this.seen);
        const promise = (found & PROMISE) !== 0 && !this.promised;
        // A claim only counts without links, so once a link is found it need not be looked for.
        const claim = (found & CLAIM) !== 0 && !this.claims && this.links.length === 0;
        if (!promise && !claim)
            return;
        const lower = window.toLowerCase();
        if (promise && promiseIn(lower, found, window.length))
            this.promised = true;
        if (claim && claimIn(lower, found, window.length))
            this.claims = true;
    }
    /** Add only the links of `text` (a Markdown reference definition, say), not its words. */
    addLinks(text, line) {
        if (scanKeywords(text) & LINK)
            collectLinks(text, line, this.links, 0, this.seen);
    }
    /** Forget the carried text (a new paragraph or field starts). */
    breakText() {
        this.tail = '';
    }
    get linkCount() {
        return this.links.length;
    }
    finish() {
        const record = {
            source: this.source,
            line: this.line,
            title: this.title,
            date: this.date,
            promised: this.promised,
            // A claim only matters when no link backs it, and a promise is not a claim.
            claimsCodeWithoutLink: this.claims && !this.promised && this.links.length === 0,
            links: this.links,
        };
        if (this.id !== null)
            record.id = this.id;
        return record;
    }
}
//# sourceMappingURL=record.js.map