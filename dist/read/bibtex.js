// BibTeX: one record per entry (`@article{key, …}`); links come from the fields that carry them
// (url, howpublished `\url{…}`, note, abstract, and code/repository fields some styles use).
import { RecordBuilder } from '../extract/record.js';
const LINK_FIELDS = new Set(['url', 'howpublished', 'note', 'abstract', 'code', 'github', 'repository', 'annote', 'annotation']);
const SKIPPED_TYPES = new Set(['comment', 'string', 'preamble']);
/** An entry longer than this many lines is reported and dropped (an unclosed brace). */
const MAX_ENTRY_LINES = 5000;
/** Read a braced `{…}` or quoted `"…"` value (or a bare word) starting at `i`. */
function readValue(text, i) {
    const open = text[i];
    if (open === '{' || open === '"') {
        let depth = 0;
        for (let j = i; j < text.length; j++) {
            const c = text[j];
            if (c === '\\')
                j++;
            else if (c === '{')
                depth++;
            else if (c === '}')
                depth--;
            if ((open === '{' && depth === 0) || (open === '"' && j > i && c === '"' && depth === 0)) {
                return { value: text.slice(i + 1, j), end: j + 1 };
            }
        }
        return { value: text.slice(i + 1), end: text.length };
    }
    const m = /^[^,}\s#]*/.exec(text.slice(i));
    return { value: m[0], end: i + m[0].length };
}
/** The key and fields of one entry's text (`@type{key, name = value, …}`). */
export function parseEntry(text) {
    const head = /^@\s*([A-Za-z]+)\s*[{(]\s*([^,\s]*)\s*,?/.exec(text);
    if (!head)
        return null;
    const fields = [];
    const re = /([A-Za-z][\w:.-]*)\s*=\s*/g;
    re.lastIndex = head[0].length;
    let m;
    while ((m = re.exec(text)) !== null) {
        let at = m.index + m[0].length;
        let value = '';
        const start = at + (text[at] === '{' || text[at] === '"' ? 1 : 0);
        // Values may be concatenated with `#`.
        for (;;) {
            const part = readValue(text, at);
            value += part.value;
            const next = /^\s*#\s*/.exec(text.slice(part.end));
            at = part.end + (next ? next[0].length : 0);
            if (!next)
                break;
        }
        fields.push({ name: m[1].toLowerCase(), value, at: start });
        re.lastIndex = at;
    }
    return { type: head[1].toLowerCase(), key: head[2], fields };
}
const clean = (s) => s.replace(/\\[a-zA-Z]+\s*/g, '').replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
/** Net nesting change of a line; entries opened with `(` count parentheses, others braces. */
function depthChange(line, parens) {
    const [open, close] = parens ? ['(', ')'] : ['{', '}'];
    let d = 0;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '\\')
            i++;
        else if (c === open)
            d++;
        else if (c === close)
            d--;
    }
    return d;
}
export function bibtexReader(source, sink) {
    let lines = [];
    let startLine = 0;
    let depth = 0;
    let parens = false;
    const emit = () => {
        const text = lines.join('\n');
        lines = [];
        const entry = parseEntry(text);
        if (!entry)
            return sink.problem(startLine, 'malformed BibTeX entry skipped');
        if (SKIPPED_TYPES.has(entry.type))
            return;
        const get = (name) => entry.fields.find((f) => f.name === name)?.value;
        const title = get('title');
        const year = get('year');
        const month = get('month');
        const date = year ? clean(month ? `${month} ${year}` : year) : null;
        const record = new RecordBuilder(source, startLine, title ? clean(title) : null, date, entry.key || null);
        for (const f of entry.fields) {
            if (!LINK_FIELDS.has(f.name))
                continue;
            const lineOfValue = startLine + (text.slice(0, f.at).match(/\n/g)?.length ?? 0);
            record.addText(f.value, lineOfValue);
            record.breakText();
        }
        sink.record(record.finish());
    };
    return {
        line(text, no) {
            if (lines.length === 0) {
                // Text between entries is a comment in BibTeX.
                if (!/^\s*@/.test(text))
                    return;
                startLine = no;
                depth = 0;
                parens = /^\s*@\s*[A-Za-z]+\s*\(/.test(text);
            }
            lines.push(text);
            depth += depthChange(text, parens);
            if (depth <= 0 && text.includes(parens ? ')' : '}'))
                emit();
            else if (lines.length > MAX_ENTRY_LINES) {
                sink.problem(startLine, `BibTeX entry not closed after ${MAX_ENTRY_LINES} lines; skipped`);
                lines = [];
            }
        },
        end() {
            if (lines.length > 0) {
                sink.problem(startLine, 'BibTeX entry not closed at end of input; skipped');
                lines = [];
            }
        },
    };
}
//# sourceMappingURL=bibtex.js.map