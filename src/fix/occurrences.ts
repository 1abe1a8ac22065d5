// Every link as written in a file, with its exact position, so a rewrite can touch only the bytes it
// means to. The same scanner and classifier as extraction (extract/), so `fix` sees the links
// `audit` reported, in every form: Markdown, autolinks, bare URLs, code spans, BibTeX, LaTeX.
import { classifyUrl, type LinkTarget } from '../extract/parse-url.js';
import { cleanUrl, trimTrailing } from '../extract/clean.js';
import { findUrlCandidates } from '../extract/find-urls.js';

/** One link in a text: where it stands and what it points at. */
export interface LinkOccurrence {
  /** Offset of the first character of the link in the text. */
  start: number;
  /** Offset just past the link's last character, trailing sentence punctuation and unopened brackets excluded. */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** The link as written: `text.slice(start, end)`. */
  written: string;
  target: LinkTarget;
}

/** The links of `text`, in order. */
export function findOccurrences(text: string): LinkOccurrence[] {
  const found: LinkOccurrence[] = [];
  let line = 1;
  let scanned = 0;
  for (const candidate of findUrlCandidates(text)) {
    for (let nl = text.indexOf('\n', scanned); nl !== -1 && nl < candidate.start; nl = text.indexOf('\n', scanned)) {
      line++;
      scanned = nl + 1;
    }
    const url = cleanUrl(candidate.text);
    if (!url) continue;
    // What cleaning trimmed off the end (`.`, `)`, `>`) is not part of the link; undone LaTeX escapes sit inside it.
    const trimmed = candidate.text.length - trimTrailing(candidate.text).length;
    const end = candidate.end - trimmed;
    found.push({ start: candidate.start, end, line, written: text.slice(candidate.start, end), target: classifyUrl(url) });
  }
  return found;
}
