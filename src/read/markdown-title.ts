// A readable title from a line of Markdown: link texts kept, URLs, emphasis and tags dropped.
import { foldSpaces } from '../util/text.js';

const MAX_TITLE = 200;

const enum Ch {
  Space = 32,
  Comma = 44,
  Dash = 45,
  Dot = 46,
  Colon = 58,
  Semicolon = 59,
  Pipe = 124,
  EnDash = 0x2013,
  EmDash = 0x2014,
}

/** Characters a title does not end with (white space is a plain space by now). */
const trailing = (c: number) => c === Ch.Space || c === Ch.Pipe || c === Ch.Colon || c === Ch.Comma || c === Ch.Semicolon || c === Ch.Dash || c === Ch.EnDash || c === Ch.EmDash;

/**
 * `t` without leading `| : , ; . - – —` and spaces and without trailing ones (a dot may end a
 * title): what `/^[\s|:,;.\-–—]+|[\s|:,;\-–—]+$/g` removes once runs of white space are one space,
 * without trying the second branch at every space.
 */
function trimPunctuation(t: string): string {
  let start = 0;
  let end = t.length;
  while (start < end && (trailing(t.charCodeAt(start)) || t.charCodeAt(start) === Ch.Dot)) start++;
  while (end > start && trailing(t.charCodeAt(end - 1))) end--;
  return start === 0 && end === t.length ? t : t.slice(start, end);
}

export function markdownTitle(text: string): string | null {
  // Each rewrite only runs when its marker is there (checked on the text as rewritten so far):
  // most lines hold few of them, and this runs for every list item and table row.
  let t = text;
  if (t.includes('![')) t = t.replace(/!\[[^\]]*\]\([^)]*\)/g, ''); // images
  if (t.includes('](')) t = t.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'); // inline links → their text
  if (t.includes('][')) t = t.replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1'); // reference links → their text
  if (t.includes('<')) t = t.replace(/<[^>]*>/g, ''); // autolinks and HTML tags
  if (t.includes('://')) t = t.replace(/\b(?:https?|git):\/\/\S+/g, ''); // bare URLs
  t = t.replace(/[*_`~]+/g, '');
  if (t.includes('(')) t = t.replace(/\(\s*\)/g, '');
  if (t.includes('[') || t.includes(']')) t = t.replace(/[[\]]/g, '');
  // (Most titles have single spaces only: foldSpaces then matches nothing and returns the same string.)
  t = foldSpaces(t);
  t = trimPunctuation(t);
  if (t === '') return null;
  return t.length > MAX_TITLE ? `${t.slice(0, MAX_TITLE - 1)}…` : t;
}
