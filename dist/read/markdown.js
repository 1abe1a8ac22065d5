// Markdown (awesome lists, READMEs). Granularity: every list item and every table row is a record
// (titled by its text); everything else — headings, paragraphs, code blocks outside lists — makes
// one record for the file, emitted when it has links or a promise/claim, or when the file has no
// items at all. A grouping item (one with sub-items and no link of its own) is not a record.
// Reference-style links (`[code][1]` … `[1]: https://…`) count for the items that use them.
import { RecordBuilder } from '../extract/record.js';
import { markdownTitle } from './markdown-title.js';
const BULLET = /^(\s*)(?:[-*+]|\d{1,9}[.)])(?:\s+(.*))?$/;
const FENCE = /^\s*(```+|~~~+)/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const DEFINITION = /^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s.*)?$/;
const MAX_HEADING = 2000;
const REFERENCE = /\[([^\]]*)\](?:\[([^\]]*)\])?/g;
const refId = (s) => s.trim().toLowerCase().replace(/\s+/g, ' ');
export function markdownReader(source, sink) {
    const items = [];
    const definitions = new Map();
    const file = new RecordBuilder(source, 1);
    let fileHasText = false;
    let current = null;
    let pendingRow = null;
    let fence = null;
    let prevBlank = false;
    const startItem = (indent, text, no) => {
        const item = { builder: new RecordBuilder(source, no, markdownTitle(text)), indent, refs: new Set(), hasChildren: false };
        items.push(item);
        return item;
    };
    const addTo = (item, text, no) => {
        if (!item) {
            if (!fileHasText)
                file.line = no;
            fileHasText = true;
            file.addText(text, no);
            return;
        }
        item.builder.addText(text, no);
        for (const m of text.matchAll(REFERENCE))
            item.refs.add(refId(m[2] || m[1] || ''));
    };
    return {
        line(text, no) {
            const blank = prevBlank;
            prevBlank = text.trim() === '';
            if (fence !== null) {
                if (text.trim().startsWith(fence))
                    fence = null;
                addTo(current, text, no);
                return;
            }
            const fenceOpen = FENCE.exec(text);
            if (fenceOpen) {
                fence = fenceOpen[1];
                if (current && !/^\s/.test(text))
                    current = null;
                addTo(current, text, no);
                return;
            }
            if (pendingRow && TABLE_SEPARATOR.test(text))
                items.splice(items.indexOf(pendingRow), 1); // the header row
            pendingRow = null;
            if (TABLE_SEPARATOR.test(text))
                return;
            const def = DEFINITION.exec(text);
            if (def && !BULLET.test(text))
                return void definitions.set(refId(def[1]), { url: def[2], line: no });
            // Long lines are never headings; the guard also bounds the lazy regex on hostile input.
            const heading = text.length <= MAX_HEADING ? HEADING.exec(text) : null;
            if (heading) {
                current = null;
                file.title ??= markdownTitle(heading[1]);
                addTo(null, text, no);
                return;
            }
            if (TABLE_ROW.test(text)) {
                current = pendingRow = startItem(0, text.replace(/\|/g, ' '), no);
                addTo(current, text, no);
                current = null;
                return;
            }
            const bullet = BULLET.exec(text);
            if (bullet) {
                const indent = bullet[1].length;
                // A deeper bullet makes the item it sits in a grouping item.
                if (current && current.indent < indent)
                    current.hasChildren = true;
                current = startItem(indent, bullet[2] ?? '', no);
                addTo(current, text, no);
                return;
            }
            if (text.trim() === '') {
                current?.builder.breakText();
                file.breakText();
                return;
            }
            // A non-indented paragraph ends the list; indented or lazy lines continue the item.
            if (current && !/^\s/.test(text) && blank)
                current = null;
            addTo(current, text, no);
        },
        end() {
            const used = new Set();
            for (const item of items) {
                for (const ref of item.refs) {
                    const d = definitions.get(ref);
                    if (d)
                        item.builder.addLinks(d.url, d.line), used.add(ref);
                }
            }
            for (const [ref, d] of definitions)
                if (!used.has(ref))
                    file.addLinks(d.url, d.line);
            const records = items.map((i) => ({ item: i, record: i.builder.finish() }));
            const fileRecord = file.finish();
            const fileMatters = fileRecord.links.length > 0 || fileRecord.promised || fileRecord.claimsCodeWithoutLink || records.length === 0;
            if (fileMatters)
                sink.record(fileRecord);
            for (const { item, record } of records)
                if (!(item.hasChildren && record.links.length === 0))
                    sink.record(record);
        },
    };
}
//# sourceMappingURL=markdown.js.map