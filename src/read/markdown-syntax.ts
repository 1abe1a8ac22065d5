// Two Markdown line shapes whose plain regexes backtrack in time polynomial in a line's length,
// written so a hostile or odd line (thousands of indenting spaces, say) costs time in proportion
// to its length. test/read/markdown-syntax.test.ts checks both against the plain regexes.

/**
 * A table's delimiter row (`| --- | :---: |`): the language of
 * `/^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/` with no two runs of white space next to
 * each other. In that form a line led by 6,000 spaces and a `-` (a deeply nested list item) took
 * 22 ms, growing with the square of the spaces (with the cube on other lines): a list nested
 * 3,000 deep took a minute.
 */
export const TABLE_SEPARATOR = /^\s*(?:\|\s*)?:?-{2,}:?(?:\s*\|\s*:?-{2,}:?)*(?:\s*\|)?\s*$/;

/** White space as `\s` has it, beyond ASCII's. */
const UNICODE_SPACE = /\s/;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && UNICODE_SPACE.test(String.fromCharCode(c)));
}

/** Characters `.` does not match. */
function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/**
 * The text of an ATX heading (`## Title ##` → `Title`), or null when the line is not one: what
 * `/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/` captures. Its lazy group tried the trailing white space and
 * `#`s again at every character: a 1,300-character line took 0.13 s.
 */
export function headingText(text: string): string | null {
  const n = text.length;
  let i = 0;
  while (i < 3 && i < n && isSpace(text.charCodeAt(i))) i++;
  const hashes = i;
  while (i < n && text.charCodeAt(i) === 35) i++;
  if (i === hashes || i - hashes > 6) return null;
  if (i === n || !isSpace(text.charCodeAt(i))) return null;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  // The group is as short as it can be: it ends where the longest tail of white space, `#`s and
  // white space begins.
  let end = n;
  while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
  while (end > i && text.charCodeAt(end - 1) === 35) end--;
  while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
  for (let k = i; k < end; k++) if (isLineTerminator(text.charCodeAt(k))) return null;
  return text.slice(i, end);
}

/** A table column that names its rows' papers (a Markdown table's header cell, a CSV header). */
export const TITLE_HEADER = /^(?:title|paper|papers|name|method|model|work)\b/i;
