// Reading segments of a Markdown file's item pass, wherever they are read: in a worker thread
// (extract/markdown-worker.ts) or in the main thread while the workers are busy
// (extract/markdown-workers.ts). Each segment gets a reader of its own (read/markdown.ts
// markdownSegmentReader); its lines are decoded, read and turned into records exactly as the
// one-thread pass does.
import { eachLine } from '../read/lines.js';
import { markdownSegmentReader } from '../read/markdown.js';
import type { LineReader, ReadSink } from '../read/reader.js';
import type { PaperRecord } from '../types.js';
import type { WorkerBatches, WorkerItem } from './jsonl-worker.js';
import { findLinks } from './links.js';
import { newRecordBuilder } from './record.js';
import { RecordLinesOut } from './record-lines.js';

/** One message: a segment's lines (batches as the JSON Lines workers get them), and where it starts or ends. */
export interface SegmentBatches extends WorkerBatches {
  /** The first message of a segment: a new reader starts. */
  start: boolean;
  /** The last message of a segment: its reader ends. */
  end: boolean;
  /** In a segment's first message: the reference definitions its items use. */
  definitions?: Map<string, { url: string; line: number }>;
}

export class SegmentReading {
  private items: WorkerItem[] = [];
  private readonly out = new RecordLinesOut();
  private readonly sink: ReadSink;
  private definitions = new Map<string, { url: string; line: number }>();
  private reader: LineReader | null = null;

  /** `json`: records as JSON Lines in UTF-8 (RecordLines), else as objects. */
  constructor(
    private readonly source: string,
    json: boolean,
  ) {
    this.sink = {
      newPaper: newRecordBuilder,
      findLinks,
      record: json ? (record: PaperRecord) => this.out.add(JSON.stringify(record)) : (record) => void this.items.push(record),
      // The first pass reported the file's problems; this one meets the same ones.
      problem: () => {},
    };
  }

  /** Read one message's lines: the records they end, in order. */
  read({ buffer, parts, start, end, definitions }: SegmentBatches): WorkerItem[] {
    this.items = [];
    if (definitions) this.definitions = definitions;
    if (start) this.reader = markdownSegmentReader(this.source, this.sink, this.definitions);
    const reader = this.reader!;
    for (const part of parts) {
      const bytes = 'bytes' in part ? Buffer.from(part.bytes.buffer, part.bytes.byteOffset, part.bytes.byteLength) : Buffer.from(buffer!, part.at, part.length);
      // Line by line (no array of a batch's lines outliving the scavenges: read/lines.ts eachLine).
      eachLine(bytes, part.first, this.sink, { badUtf8: false }, (line, no) => reader.line(line, no));
    }
    // The emitting pass ends synchronously (it holds nothing back).
    if (end) void reader.end();
    const lines = this.out.cut();
    if (lines) this.items.push(lines);
    return this.items;
  }
}
