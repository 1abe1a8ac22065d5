// One JSON object (arXiv-metadata style: id, title, abstract, comments, dates…) → one PaperRecord.
// Links in any string field count.
import { RecordBuilder } from '../extract/record.js';
const ID_FIELDS = ['id', 'arxiv_id', 'arxivId', 'paper_id', 'paperId', 'doi', 'key'];
const DATE_FIELDS = ['date', 'published', 'update_date', 'updated', 'created', 'submitted', 'year'];
/** Fields walked first, so links keep the order a reader sees them in. */
const TEXT_FIRST = ['title', 'abstract', 'comments', 'summary'];
/**
 * Fields whose links are never code links: arXiv metadata puts its licence URL
 * (`http://arxiv.org/licenses/…`) on nearly every record.
 */
export const SKIPPED_FIELDS = new Set(['license', 'licence']);
/** Bound the walk of deeply nested or huge objects. */
const MAX_DEPTH = 8;
function scalar(v) {
    if (typeof v === 'string')
        return v.trim() || null;
    if (typeof v === 'number' && Number.isFinite(v))
        return String(v);
    return null;
}
function firstOf(obj, fields) {
    for (const f of fields) {
        const v = scalar(obj[f]);
        if (v !== null)
            return v;
    }
    return null;
}
/** The date as written: a date field, else the first version's `created` (arXiv metadata). */
function dateOf(obj) {
    const d = firstOf(obj, DATE_FIELDS);
    if (d !== null)
        return d;
    const versions = obj.versions;
    if (Array.isArray(versions) && versions[0] && typeof versions[0] === 'object') {
        return scalar(versions[0].created);
    }
    return null;
}
/** Every string in `value` (nested up to MAX_DEPTH) is one piece of the record's text. */
function walkStrings(value, depth, record, line) {
    if (typeof value === 'string') {
        record.addText(value, line);
        record.breakText();
    }
    else if (depth < MAX_DEPTH && Array.isArray(value))
        for (const v of value)
            walkStrings(v, depth + 1, record, line);
    else if (depth < MAX_DEPTH && value !== null && typeof value === 'object') {
        for (const v of Object.values(value))
            walkStrings(v, depth + 1, record, line);
    }
}
/** Titles wrapped over lines (arXiv metadata) on one line. */
function oneLine(text) {
    return /\s\s|[\n\r\t]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}
export function isPlainObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** Build the record of `obj`, which starts on `line` of `source`. */
export function recordFromObject(obj, source, line) {
    const title = typeof obj.title === 'string' ? oneLine(obj.title) : null;
    const record = new RecordBuilder(source, line, title, dateOf(obj), firstOf(obj, ID_FIELDS));
    for (const f of TEXT_FIRST)
        if (typeof obj[f] === 'string')
            walkStrings(obj[f], 0, record, line);
    for (const k in obj) {
        const v = obj[k];
        if (SKIPPED_FIELDS.has(k) || (typeof v === 'string' && TEXT_FIRST.includes(k)))
            continue;
        walkStrings(v, 0, record, line);
    }
    return record.finish();
}
/**
 * Offset of a JSON.parse error, when V8 gives one. The message itself is never shown: it may quote
 * the input, and the input may hold a credential.
 */
export function jsonErrorPosition(err) {
    const m = /position (\d+)/.exec(err instanceof Error ? err.message : '');
    return m ? Number(m[1]) : null;
}
//# sourceMappingURL=json-record.js.map