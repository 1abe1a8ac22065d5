// Hugging Face daily-papers dumps: a page header, then per paper a title line, a blank line, the
// abstract, and optionally `• N authors`, `·` and a date line (`Feb 7, 2024 1`: the 1 is upvotes).
import type { LineReader, PaperBuilder, ReadSink } from './reader.js';

const HEADER_LINES = new Set([
  'new',
  'Get trending papers in your email inbox!',
  'Subscribe',
  'Daily Papers',
  'Trending Papers',
  'byAK and the research community',
]);
const DATE = /^((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}(?:, \d{4})?)(?:\s+\d+)?$/;
const AUTHORS = /^•\s*\d+\s+authors?$/;
/** Titles are short; a longer line after an abstract is a further abstract paragraph. */
const MAX_TITLE = 300;

/**
 * A per-paper author line anywhere in a head (`• 5 authors`). The blanks before the `•` stay on
 * its line: `^\s*•` matched from every line start across all the blank lines after it, in time
 * quadratic in them (64 KiB of newlines took 6 s); a match across lines also starts on the `•`'s own.
 */
const HEAD_AUTHORS = /^[^\S\r\n\u2028\u2029]*•\s*\d+ authors?\s*$/m;

/** Recognises the dump from its page header or its per-paper author lines. */
export function looksLikeHfPapers(head: string): boolean {
  return /^byAK and the research community$/m.test(head) || /^Get trending papers in your email inbox!$/m.test(head) || HEAD_AUTHORS.test(head);
}

type State = 'start' | 'title' | 'abstract' | 'afterAbstract' | 'meta';

export function hfPapersReader(source: string, sink: ReadSink): LineReader {
  let state: State = 'start';
  let paper: PaperBuilder | null = null;

  const flush = () => {
    if (paper) sink.record(paper.finish());
    paper = null;
  };
  const startPaper = (title: string, no: number) => {
    flush();
    paper = sink.newPaper(source, no, title);
    paper.addText(title, no);
    paper.breakText();
    state = 'title';
  };

  return {
    line(raw, no) {
      const text = raw.trim();
      if (text === '') {
        if (state === 'abstract') state = 'afterAbstract';
        return;
      }
      if (state === 'start') {
        // The header ends with the listing date (`Apr 18`); it is the page's date, not a paper's.
        if (HEADER_LINES.has(text) || DATE.test(text)) return;
        startPaper(text, no);
        return;
      }
      if (paper && (AUTHORS.test(text) || text === '·')) {
        state = 'meta';
        return;
      }
      const date = state === 'meta' ? DATE.exec(text) : null;
      if (paper && date) {
        paper.date = date[1]!;
        state = 'afterAbstract';
        return;
      }
      if (state === 'title' || state === 'abstract' || (state === 'afterAbstract' && text.length > MAX_TITLE && paper)) {
        paper?.addText(text, no);
        state = 'abstract';
        return;
      }
      startPaper(text, no);
    },
    end() {
      flush();
    },
  };
}
