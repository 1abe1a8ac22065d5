import { isPlainObject, jsonErrorPosition, recordFromObject } from './json-record.js';
export function jsonlReader(source, sink) {
    return {
        line(text, no) {
            const t = text.trim();
            if (t === '')
                return;
            let value;
            try {
                value = JSON.parse(t);
            }
            catch (err) {
                const at = jsonErrorPosition(err);
                sink.problem(no, `malformed JSON line skipped${at === null ? '' : ` (column ${at + 1})`}`);
                return;
            }
            if (!isPlainObject(value)) {
                sink.problem(no, 'JSON line is not an object; skipped');
                return;
            }
            sink.record(recordFromObject(value, source, no));
        },
        end() { },
    };
}
//# sourceMappingURL=jsonl.js.map