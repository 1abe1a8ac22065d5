// Plain text: one record per input, links kept with their own line numbers.
import type { LineReader, PaperBuilder, ReadSink } from './reader.js';

/**
 * How far back from a piece's end a blank is looked for: the text after it waits for the next
 * piece, as a link may go on there. A link is never this long: text without a blank this long is
 * cut where the piece ends. A JSON string read as it comes keeps 64 KiB, as it always had.
 */
const BLANK_WITHIN = 64 * 1024;
/**
 * A plain-text line's pieces keep more: a hostile link's 400 KB query string stays whole, secrets
 * redacted, as it did when a long line's pieces were 1 MiB (tuning.linePieceBytes).
 */
const LINE_BLANK_WITHIN = 1024 * 1024;

/** Where `text` is cut so that no link is split: after its last blank near the end; else nowhere (0), or at its end once it is long. */
export function cutAfterLastBlank(text: string, within = BLANK_WITHIN): number {
  const stop = Math.max(0, text.length - within);
  for (let at = text.length; at > stop; at--) if (text.charCodeAt(at - 1) <= 0x20) return at;
  return text.length > within ? text.length : 0;
}

export function textReader(source: string, sink: ReadSink): LineReader {
  let record: PaperBuilder | null = null;
  const add = (text: string, no: number) => (record ??= sink.newPaper(source, no)).addText(text, no);
  /**
   * A long line comes in pieces (read/lines.ts), each given to the record as it comes: held whole,
   * a 53 MB line of links took 240 MiB. `heldBack`: the last piece from its last blank on.
   */
  let heldBack = '';
  let inLongLine = false;
  let longLineNo = 0;
  let longLineHasText = false;
  return {
    line(text, no) {
      if (inLongLine) {
        const rest = heldBack + text;
        heldBack = '';
        inLongLine = false;
        if (/\S/.test(rest)) add(rest, no);
        else if (!longLineHasText) record?.breakText();
        return;
      }
      // The record starts at the first line with text; blank lines before it are nothing.
      if (text.trim() === '') record?.breakText();
      else add(text, no);
    },
    piece(text, no) {
      if (!inLongLine) longLineHasText = false;
      inLongLine = true;
      longLineNo = no;
      const held = heldBack + text;
      const cut = cutAfterLastBlank(held, LINE_BLANK_WITHIN);
      heldBack = held.slice(cut);
      const part = held.slice(0, cut);
      if (!/\S/.test(part)) return;
      longLineHasText = true;
      add(part, no);
    },
    end() {
      // The input ended inside a long line, with nothing after its last piece.
      if (inLongLine) this.line('', longLineNo);
      if (record) sink.record(record.finish()); // an empty input is no paper (the caller says so)
    },
  };
}
