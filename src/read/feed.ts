// Atom and RSS feeds: the arXiv API answers in Atom (its `<arxiv:comment>` is where authors put
// "Code: https://github.com/…"), arXiv's listings and many labs publish RSS. One record per
// `<entry>` (Atom) or `<item>` (RSS), read an entry at a time as its end tag comes, several on a
// line or one over many. Its title, date and id come from its elements (fast-xml-parser); its links
// and promises from its text as written, entities decoded, so each link keeps its own line and a
// link in escaped HTML (`&lt;a href=…&gt;`, RSS descriptions) is found too.
import type { PaperRecord } from '../types.js';
import { paperFields } from './json-record.js';
import { xmlModule } from './parser-modules.js';
import type { LineReader, ReadSink } from './reader.js';
import { sizeName } from './lines.js';
import { tuning } from './tuning.js';

/** An entry's start tag (`<entry>`, `<item rdf:about=…>`, with a namespace prefix or not). */
const ENTRY_START = /<((?:[\w.-]+:)?(?:entry|item))(?=[\s>])/g;
/** An entry still open after this many lines, or tuning.heldEntryChars characters, is read as it stands. */
const MAX_ENTRY_LINES = 10_000;
/** How far from a piece's end a `<` is held back as the start of a tag the next piece may end. */
const TAG_HELD = 64;
/** The start tag of an element that holds an entry's prose (its attributes bounded: no scan to the end). */
const PROSE_START = /<((?:[\w.-]+:)?(?:summary|description|content|encoded|comment))(?:\s[^>]{0,1000})?>/g;
/** An entry longer than this once its prose is emptied is not parsed: no title, date or id. */
const MAX_PARSED = 256 * 1024;

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/**
 * XML's own entities decoded (one level: escaped HTML becomes HTML), CDATA markers dropped, and
 * the attributes that name schemas, not papers (`xmlns`, arXiv's category `scheme`), taken out.
 * Line breaks stay where they are.
 */
function textOf(xml: string): string {
  return xml
    .replace(/<!\[CDATA\[|\]\]>/g, '')
    .replace(/\s(?:xmlns(?::[\w.-]+)?|scheme)\s*=\s*("[^"]*"|'[^']*')/g, '')
    .replace(ENTITY, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : -1;
      if (name) return NAMED[name]!;
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : _;
    });
}

/**
 * `xml` with its prose elements emptied, for the parser, which needs only the title, date and id
 * (the prose is read for links as written all the same). Parsing the prose was most of the
 * parser's time, and a 2.4 MB description of escaped links took it ~200 MiB. Each element's end
 * is looked for once; one never closed ends the emptying there.
 */
function withoutProse(xml: string): string {
  let kept = '';
  let from = 0;
  for (;;) {
    PROSE_START.lastIndex = from;
    const start = PROSE_START.exec(xml);
    if (start === null) break;
    const end = xml.indexOf(`</${start[1]}>`, PROSE_START.lastIndex);
    if (end === -1) break;
    kept += xml.slice(from, PROSE_START.lastIndex);
    from = end;
  }
  return kept + xml.slice(from);
}

/** An element's text: a string, the text beside its attributes, the first of several; else null. */
function valueOf(v: unknown): string | null {
  if (Array.isArray(v)) return valueOf(v[0]);
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (v !== null && typeof v === 'object' && '#text' in v) return valueOf((v as Record<string, unknown>)['#text']);
  return null;
}

export function feedReader(source: string, sink: ReadSink): LineReader {
  const { XMLParser } = xmlModule();
  const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false, trimValues: true, processEntities: true, htmlEntities: true });
  /**
   * The open entry: its tag, its text so far (a part per line; a long line's pieces go into its
   * last part), the line it starts on, its length so far.
   */
  let open: { tag: string; parts: string[]; first: number; chars: number } | null = null;
  /** A long line is coming in pieces: the next piece or line goes on from the last one. */
  let inLine = false;
  let inLineNo = 0;
  /** The end of the last piece, held back: it may be the start of a tag that the next piece ends. */
  let heldBack = '';

  const recordOf = (xml: string, first: number): PaperRecord => {
    const fieldsXml = withoutProse(xml);
    let parsed: Record<string, unknown> = {};
    try {
      if (fieldsXml.length <= MAX_PARSED) parsed = parser.parse(fieldsXml) as Record<string, unknown>;
    } catch {
      // The parser's message is never shown: it may quote the input. The entry's links still count.
      sink.problem(first, 'malformed feed entry: its title, date and id not read');
    }
    const entry = Object.values(parsed)[0];
    const fields = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
    const { title, date, id } = paperFields({
      title: valueOf(fields.title),
      date: valueOf(fields.published) ?? valueOf(fields.pubDate) ?? valueOf(fields.date) ?? valueOf(fields.updated),
      id: valueOf(fields.id) ?? valueOf(fields.guid),
    });
    const record = sink.newPaper(source, first, title, date, id);
    record.addText(textOf(xml), first);
    return record.finish();
  };

  const close = (xml: string) => {
    const { first } = open!;
    open = null;
    sink.record(recordOf(xml, first));
  };

  /** Add `text` to the open entry: to its last part when it goes on a line already begun. */
  const addToOpen = (text: string, continues: boolean) => {
    const entry = open!;
    if (continues && entry.parts.length > 0) entry.parts[entry.parts.length - 1] += text;
    else entry.parts.push(text);
    entry.chars += text.length;
  };

  /**
   * Read `text`, which starts a line or goes on with one (`continues`) and ends it or not
   * (`endsLine`: else what may be a tag cut in two is held back for the next piece).
   */
  const read = (text: string, no: number, continues: boolean, endsLine: boolean) => {
    let from = 0;
    for (;;) {
      if (open === null) {
        ENTRY_START.lastIndex = from;
        const start = ENTRY_START.exec(text);
        if (start === null) {
          // A start tag cut at the piece's end (`<ite` … `m>`) is read with the next piece.
          const lt = endsLine ? -1 : text.lastIndexOf('<');
          heldBack = lt >= from && lt >= text.length - TAG_HELD ? text.slice(lt) : '';
          return;
        }
        open = { tag: start[1]!, parts: [], first: no, chars: 0 };
        from = start.index;
        continues = false;
      }
      const endTag = `</${open.tag}>`;
      const end = text.indexOf(endTag, from);
      if (end === -1) {
        // An end tag cut at the piece's end is found once the next piece is read after it.
        const keep = endsLine ? text.length : Math.max(from, text.length - (endTag.length - 1));
        addToOpen(text.slice(from, keep), continues);
        heldBack = text.slice(keep);
        if (open.parts.length >= MAX_ENTRY_LINES) {
          sink.problem(open.first, `feed entry not closed after ${MAX_ENTRY_LINES} lines; read as it stands`);
          close(`${open.parts.join('\n')}${endTag}`);
        } else if (open.chars >= tuning.heldEntryChars) {
          sink.problem(open.first, `feed entry not closed after ${sizeName(tuning.heldEntryChars, 'characters')}; read as it stands`);
          close(`${open.parts.join('\n')}${endTag}`);
        }
        return;
      }
      addToOpen(text.slice(from, end + endTag.length), continues);
      close(open.parts.join('\n'));
      from = end + endTag.length;
    }
  };

  return {
    line(text, no) {
      const continues = inLine;
      inLine = false;
      const whole = heldBack + text;
      heldBack = '';
      read(whole, no, continues, true);
    },
    // A minified feed is one line: taken in pieces as it comes, an entry at a time (read/lines.ts).
    piece(text, no) {
      const continues = inLine;
      inLine = true;
      inLineNo = no;
      const whole = heldBack + text;
      heldBack = '';
      read(whole, no, continues, false);
    },
    end() {
      if (inLine) this.line('', inLineNo);
      if (open === null) return;
      sink.problem(open.first, 'feed entry not closed at end of input; read as it stands');
      close(`${open.parts.join('\n')}</${open.tag}>`);
    },
  };
}
