// Untrusted text (titles and descriptions come from strangers) made safe to show on one line: no
// control characters or bidi overrides, single spaces, and a cut that keeps emoji and words whole.

/** C0/C1 controls and the bidi overrides that can make text read backwards. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** White space that folding rewrites: a run of two or more characters, or one that is not a plain space. */
const SPACES_TO_FOLD = /\s{2,}|[^\S ]/g;

/**
 * `text.replace(/\s+/g, ' ')`, the same string, without matching (and rewriting) every single
 * space: a long text with a few runs is mostly single spaces, each a match of `\s+`. Markdown
 * titles of real lists took ~20 % less time, and a list of long table cells ~17 % fewer
 * instructions per MB (bench/extract/RESULTS.md run 21).
 */
export const foldSpaces = (text: string): string => text.replace(SPACES_TO_FOLD, ' ');

/** One line, no control characters, single spaces. */
export function cleanText(text: string): string {
  return foldSpaces(text.replace(/[\r\n\t]+/g, ' ').replace(INVISIBLE, '')).trim();
}

/** At most `max` characters (code points, so emoji survive), cut at a word when one is near, with "…". */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  let cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  const midWord = chars[max - 1] !== ' ';
  if (midWord && space > max * 0.6) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

/**
 * A copy of `s` that does not keep the (possibly huge) string it was sliced from alive: V8 makes a
 * substring a view of its parent, so one kept slice would keep a whole decoded input chunk.
 */
export const detached = (s: string): string => (' ' + s).slice(1);

/**
 * One copy of each distinct string: `same(s)` returns the first string equal to `s` it was given.
 * For the values a big collection repeats (file names, licences, statuses, dates), which would
 * otherwise be a fresh copy per record read or parsed.
 */
export type Interner = <T extends string>(s: T) => T;

export function interner(): Interner {
  const seen = new Map<string, string>();
  return <T extends string>(s: T): T => {
    const known = seen.get(s);
    if (known !== undefined) return known as T;
    seen.set(s, s);
    return s;
  };
}
