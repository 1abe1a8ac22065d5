// Plain text: one record per input, links kept with their own line numbers.
import { RecordBuilder } from '../extract/record.js';
import type { LineReader, ReadSink } from './reader.js';

export function textReader(source: string, sink: ReadSink): LineReader {
  let record: RecordBuilder | null = null;
  return {
    line(text, no) {
      record ??= new RecordBuilder(source, no);
      if (text.trim() === '') record.breakText();
      else record.addText(text, no);
    },
    end() {
      sink.record((record ?? new RecordBuilder(source, 1)).finish());
    },
  };
}
