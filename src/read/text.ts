// Plain text: one record per input, links kept with their own line numbers.
import type { LineReader, PaperBuilder, ReadSink } from './reader.js';

export function textReader(source: string, sink: ReadSink): LineReader {
  let record: PaperBuilder | null = null;
  return {
    line(text, no) {
      // The record starts at the first line with text; blank lines before it are nothing.
      if (text.trim() === '') record?.breakText();
      else (record ??= sink.newPaper(source, no)).addText(text, no);
    },
    end() {
      if (record) sink.record(record.finish()); // an empty input is no paper (the caller says so)
    },
  };
}
