// JSON Lines: one object per line. A malformed line is reported with its number and skipped.
import type { LineReader, ReadSink } from './reader.js';
import { JsonObjectStream, type StreamedObject } from './json-object-stream.js';
import { isPlainObject, jsonErrorPosition, recordFromObject } from './json-record.js';
import { nestedTooDeep, tooDeep, wholeCost } from './json-text.js';
import { tuning } from './tuning.js';

const malformed = (column: number | null) => `malformed JSON line skipped${column === null ? '' : ` (column ${column})`}`;
const NOT_AN_OBJECT = 'JSON line is not an object; skipped';

/**
 * A line is parsed whole; a long one comes in pieces (read/lines.ts, past tuning.linePieceBytes),
 * held until they pass tuning.jsonValueHeldBytes (counted by json-text.ts wholeCost: its members
 * too), then read as they come (read/json-object-stream.ts): no line is too long to read.
 */
export function jsonlReader(source: string, sink: ReadSink): LineReader {
  let pieces: string[] = [];
  let piecesChars = 0;
  let stream: JsonObjectStream | null = null;
  /** The line the pieces are of. */
  let longLine = 0;
  const readWhole = (text: string, no: number) => {
    const t = text.trim();
    if (t === '') return;
    if (tooDeep(t)) return sink.problem(no, nestedTooDeep('JSON line'));
    let value: unknown;
    try {
      value = JSON.parse(t);
    } catch (err) {
      const at = jsonErrorPosition(err);
      return sink.problem(no, malformed(at === null ? null : at + 1));
    }
    if (!isPlainObject(value)) return sink.problem(no, NOT_AN_OBJECT);
    sink.record(recordFromObject(sink.newPaper, value, source, no));
  };
  const readStreamed = (result: StreamedObject, no: number) => {
    if ('record' in result) sink.record(result.record);
    else sink.problem(no, 'notObject' in result ? NOT_AN_OBJECT : result.tooDeep ? nestedTooDeep('JSON line') : malformed(result.column));
  };
  return {
    line(text, no) {
      if (stream) {
        stream.feed(text);
        const result = stream.finish();
        stream = null;
        return readStreamed(result, no);
      }
      if (pieces.length > 0) {
        pieces.push(text);
        text = pieces.join('');
        pieces = [];
        piecesChars = 0;
      }
      readWhole(text, no);
    },
    piece(text, no) {
      longLine = no;
      if (stream) return stream.feed(text);
      pieces.push(text);
      piecesChars += wholeCost(text);
      if (piecesChars <= tuning.jsonValueHeldBytes) return;
      stream = new JsonObjectStream(sink.newPaper, source, no);
      for (const piece of pieces) stream.feed(piece);
      pieces = [];
      piecesChars = 0;
    },
    end() {
      // The input ended inside a long line: what came of it is its last line.
      if (stream || pieces.length > 0) this.line('', longLine);
    },
  };
}
