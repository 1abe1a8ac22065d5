import { isPlainObject, jsonErrorPosition, recordFromObject } from './json-record.js';
/** Offsets where each element of a top-level array starts (strings and nesting skipped). */
export function arrayElementOffsets(text) {
    const offsets = [];
    let depth = 0;
    let inString = false;
    let expectValue = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
            continue;
        }
        if (c === ' ' || c === '\n' || c === '\r' || c === '\t')
            continue;
        if (depth === 1 && expectValue && c !== ']') {
            offsets.push(i);
            expectValue = false;
        }
        if (c === '"')
            inString = true;
        else if (c === '[' || c === '{') {
            depth++;
            if (depth === 1 && c === '[')
                expectValue = true;
        }
        else if (c === ']' || c === '}')
            depth--;
        else if (c === ',' && depth === 1)
            expectValue = true;
    }
    return offsets;
}
function lineAt(text, offset, lineStarts) {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
/**
 * Recover what can be read of a broken top-level array: each element parsed on its own, the
 * broken ones reported (by offset) and left out as `undefined`.
 */
function parseElements(text, offsets, broken) {
    return offsets.map((start, i) => {
        const end = offsets[i + 1] ?? text.length;
        const piece = text.slice(start, end).replace(/[\s,]*$/, '');
        const candidates = i === offsets.length - 1 ? [piece.replace(/\]$/, ''), piece] : [piece];
        for (const c of candidates) {
            try {
                return JSON.parse(c);
            }
            catch {
                // try the next candidate
            }
        }
        broken(start);
        return undefined;
    });
}
function isExtractResult(v) {
    return isPlainObject(v) && Array.isArray(v.papers) && Array.isArray(v.repos);
}
export function jsonReader(source, sink) {
    const lines = [];
    return {
        line(text) {
            lines.push(text);
        },
        end() {
            const text = lines.join('\n');
            const lineStarts = [0];
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                lineStarts.push(i + 1);
            let value;
            /** Where each top-level array element starts; scanned once, for recovery or for line numbers. */
            let offsets = null;
            try {
                value = JSON.parse(text);
            }
            catch (err) {
                if (!text.trimStart().startsWith('[')) {
                    const at = jsonErrorPosition(err);
                    return sink.problem(at === null ? null : lineAt(text, at, lineStarts), 'malformed JSON; input skipped');
                }
                offsets = arrayElementOffsets(text);
                value = parseElements(text, offsets, (offset) => sink.problem(lineAt(text, offset, lineStarts), 'malformed JSON array element skipped'));
            }
            if (isExtractResult(value) && sink.extractResult)
                return sink.extractResult(value);
            if (isExtractResult(value))
                return value.papers.forEach((p) => sink.record(p));
            if (isPlainObject(value))
                return sink.record(recordFromObject(value, source, 1));
            if (!Array.isArray(value))
                return sink.problem(1, 'JSON input is neither an object nor an array of objects');
            offsets ??= arrayElementOffsets(text);
            value.forEach((item, i) => {
                const line = lineAt(text, offsets[i] ?? 0, lineStarts);
                if (item === undefined)
                    return; // broken, already reported
                if (!isPlainObject(item))
                    return sink.problem(line, `array element ${i + 1} is not an object; skipped`);
                const record = recordFromObject(item, source, line);
                // Give each link the line its text sits on inside a pretty-printed element.
                // (Searched within the element only, so a huge array stays linear.)
                const from = offsets[i] ?? 0;
                const element = text.slice(from, offsets[i + 1] ?? text.length);
                for (const link of record.links) {
                    const at = element.indexOf(link.raw);
                    const found = at === -1 ? element.indexOf(link.raw.replaceAll('/', '\\/')) : at;
                    if (found !== -1)
                        link.line = lineAt(text, from + found, lineStarts);
                }
                sink.record(record);
            });
        },
    };
}
//# sourceMappingURL=json.js.map