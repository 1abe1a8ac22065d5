// Plain text: one record per input, links kept with their own line numbers.
import { RecordBuilder } from '../extract/record.js';
export function textReader(source, sink) {
    let record = null;
    return {
        line(text, no) {
            record ??= new RecordBuilder(source, no);
            if (text.trim() === '')
                record.breakText();
            else
                record.addText(text, no);
        },
        end() {
            sink.record((record ?? new RecordBuilder(source, 1)).finish());
        },
    };
}
//# sourceMappingURL=text.js.map