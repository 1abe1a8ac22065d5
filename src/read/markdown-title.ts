// A readable title from a line of Markdown: link texts kept (but the generic ones lists put after
// a title: `[[paper](…)] [[code](…)]`), URLs, emphasis and tags dropped.
import { foldSpaces } from '../util/text.js';

const MAX_TITLE = 200;
/**
 * A title is made from at most this much of its text. The whole of a 4 MiB item of a million
 * `[x](` went through the rewrites below, the regex that drops brackets among them, and the
 * item peaked at 152–156 MiB with 1.36 million string pieces alive (bench/extract/RESULTS.md
 * run 64). A title is 200 characters; what a real item says before it is a few badges and links.
 */
const TITLE_FROM_CHARS = 64 * 1024;

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

/**
 * `text` with each `<prefix>label]<opener>…<closer>` replaced by its label (`keepLabel`, or those
 * labels it is true of) or by nothing: `[label](url)` is `/\[([^\]]*)\]\([^)]*\)/g` replaced
 * with `'$1'`, `![alt](url)` and `[label][id]` likewise. Those regexes tried again from every `[`
 * whose label did not close as they need, rescanning to the same `]` each time: a line of 200 KB
 * of `[` took 18 s. Here every `[` before the same first `]` shares its outcome, so the text is
 * read once.
 */
export function replaceBracketed(text: string, prefix: '[' | '![', opener: '(' | '[', closer: ')' | ']', keepLabel: boolean | ((label: string) => boolean)): string {
  let out = '';
  let copied = 0;
  let from = 0;
  for (;;) {
    const start = text.indexOf(prefix, from);
    if (start === -1) break;
    const labelStart = start + prefix.length;
    const labelEnd = text.indexOf(']', labelStart);
    if (labelEnd === -1) break; // no later label closes either
    if (text[labelEnd + 1] !== opener) {
      from = labelEnd + 1; // every start before labelEnd has its label end there too
      continue;
    }
    const end = text.indexOf(closer, labelEnd + 2);
    if (end === -1) break; // nor does a later one find its closer
    out += text.slice(copied, start);
    const label = text.slice(labelStart, labelEnd);
    if (keepLabel === true || (keepLabel !== false && keepLabel(label))) out += label;
    copied = from = end + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** `text.replace(/<[^>]*>/g, '')` without trying every `<` again when no `>` follows. */
export function removeTags(text: string): string {
  let out = '';
  let copied = 0;
  for (;;) {
    const start = text.indexOf('<', copied);
    if (start === -1) break;
    const end = text.indexOf('>', start + 1);
    if (end === -1) break;
    out += text.slice(copied, start);
    copied = end + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Link texts that name what a link is, not the paper (`**Title** [[paper](…)] [[code](…)]`,
 * `Title [arXiv](…) [GitHub](…)`): a title leaves them out, unless they are all it has. Compared
 * in lower case, without emphasis, emoji or punctuation around them (`📄 Paper`, `**Code**`).
 */
const LINK_KIND_WORDS = new Set([
  ...'paper papers pdf arxiv abs code codes github gitlab repo repository project page website site homepage demo video slides poster blog'.split(' '),
  ...'data dataset model models weights checkpoint checkpoints colab huggingface hf openreview bibtex supp supplementary official unofficial'.split(' '),
  ...'pytorch tensorflow jax link here docs talk'.split(' '),
  'project page',
]);
/** Longer labels are never LINK_KIND_WORDS: not even lower-cased. */
const LINK_KIND_CHARS = 40;

/** Is `label` a link text that names what the link is (LINK_KIND_WORDS)? */
function namesLinkKind(label: string): boolean {
  if (label.length > LINK_KIND_CHARS) return false;
  const word = label
    .toLowerCase()
    .replace(/[*_`~]+/g, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\s+/g, ' ');
  return LINK_KIND_WORDS.has(word);
}
const keepTitleLabel = (label: string) => !namesLinkKind(label);

/**
 * `text` without the HTML links (`<a href="…">code</a>`) whose text, its tags left out, names
 * their kind (namesLinkKind). Read once: after a link, the next `<a` is looked for past its `</a>`.
 */
function dropHtmlKindLinks(text: string): string {
  let out = '';
  let copied = 0;
  for (let from = 0; ; ) {
    const start = text.indexOf('<a', from);
    if (start === -1) break;
    // (`<abbr>`, `<article>`: no link.)
    if (!/[\s>]/.test(text[start + 2] ?? '')) {
      from = start + 2;
      continue;
    }
    const open = text.indexOf('>', start + 2);
    if (open === -1) break;
    const close = text.indexOf('</a>', open + 1);
    if (close === -1) break; // no later link closes either
    from = close + 4;
    if (!namesLinkKind(removeTags(text.slice(open + 1, close)))) continue;
    out += text.slice(copied, start);
    copied = from;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export function markdownTitle(text: string): string | null {
  const title = titleWith(text, keepTitleLabel);
  // A line of links that name their kind only (`[Paper](…) [Code](…)`): their texts are the title.
  return title ?? titleWith(text, true);
}

function titleWith(text: string, keepLabel: true | ((label: string) => boolean)): string | null {
  // Each rewrite only runs when its marker is there (checked on the text as rewritten so far):
  // most lines hold few of them, and this runs for every list item and table row.
  let t = text.length > TITLE_FROM_CHARS ? text.slice(0, TITLE_FROM_CHARS) : text;
  if (t.includes('![')) t = replaceBracketed(t, '![', '(', ')', false); // images
  if (t.includes('](')) t = replaceBracketed(t, '[', '(', ')', keepLabel); // inline links → their text
  if (t.includes('][')) t = replaceBracketed(t, '[', '[', ']', keepLabel); // reference links → their text
  // HTML links whose text names their kind (`<a href="…">code</a>`) too.
  if (keepLabel !== true && t.includes('</a>')) t = dropHtmlKindLinks(t);
  if (t.includes('<')) t = removeTags(t); // autolinks and HTML tags
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
