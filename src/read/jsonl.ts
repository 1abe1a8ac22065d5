// JSON Lines: one object per line. A malformed line is reported with its number and skipped.
import type { LineReader, ReadSink } from './reader.js';
import { isPlainObject, jsonErrorPosition, recordFromObject } from './json-record.js';

export function jsonlReader(source: string, sink: ReadSink): LineReader {
  return {
    line(text, no) {
      const t = text.trim();
      if (t === '') return;
      let value: unknown;
      try {
        value = JSON.parse(t);
      } catch (err) {
        const at = jsonErrorPosition(err);
        sink.problem(no, `malformed JSON line skipped${at === null ? '' : ` (column ${at + 1})`}`);
        return;
      }
      if (!isPlainObject(value)) {
        sink.problem(no, 'JSON line is not an object; skipped');
        return;
      }
      sink.record(recordFromObject(sink.newPaper, value, source, no));
    },
    end() {},
  };
}
