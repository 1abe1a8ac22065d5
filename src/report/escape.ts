// Untrusted text (titles, descriptions, topics, URLs come from strangers) → Markdown that cannot
// break a table, inject HTML or images, ping people, reference issues or run on forever.
// The zero-width-space trick for `@` and `#123` is the one Renovate uses in its PR bodies.

import { cleanText, truncate } from '../util/text.js';

const ZWSP = '&#8203;';

/**
 * Plain text for a Markdown table cell or list item: escaped so it renders as the same text and
 * nothing else. `max` truncates first (before escaping, so entities are never cut in half).
 */
export function mdText(text: string | null | undefined, max = 200): string {
  if (text === null || text === undefined) return '';
  const plain = truncate(cleanText(text), max);
  // One pass, so the entity inserted for one rule is never rewritten by another.
  return plain.replace(MARKDOWN_HAZARD, (m) => {
    if (m === '&') return '&amp;';
    if (m === '<') return '&lt;';
    if (m === '>') return '&gt;';
    if (m.length === 1 && m !== '@' && m !== '#') return `\\${m}`;
    if (m === '://') return `:${ZWSP}//`;
    if (/^www\.$/i.test(m)) return `${m.slice(0, 3)}${ZWSP}.`;
    return `${m}${ZWSP}`; // @user, #123, GH-123
  });
}

/** Markdown syntax, HTML, mentions (`@`), issue references (`#1`, `GH-1`) and autolink starts. */
const MARKDOWN_HAZARD = /[&<>\\`*_[\]|~$!]|@|#(?=\d)|\bgh-(?=\d)|:\/\/|\bwww\./gi;

/** Characters that would end or confuse a link destination inside a table. */
const UNSAFE_IN_HREF = /[|()[\]'"<>`\\ ]/g;

/** An http(s) URL made safe as a Markdown link destination; null for anything else (javascript:, data:…). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.username = '';
  parsed.password = '';
  return parsed.href.replace(UNSAFE_IN_HREF, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A URL as a link whose text is the URL without its scheme; plain escaped text when it is not http(s). */
export function mdUrl(url: string | null | undefined, max = 80): string {
  if (!url) return '';
  const href = safeHref(url);
  if (!href) return mdText(url, max);
  const shown = url.trim().replace(/^https?:\/\//i, '').replace(/\/$/, '');
  return `[${mdText(shown, max)}](${href})`;
}

/**
 * Untrusted text as an inline code span: shown literally (no HTML, links, mentions or issue
 * references), copy-pasteable, with `|` escaped for tables (GFM allows `\|` inside code spans).
 */
export function mdCode(text: string | null | undefined, max = 80): string {
  if (text === null || text === undefined || text === '') return '';
  const plain = truncate(cleanText(text), max);
  const longestRun = Math.max(0, ...Array.from(plain.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = plain.startsWith('`') || plain.endsWith('`') ? ' ' : '';
  // A backslash right before a pipe would make renderers disagree on where the cell ends
  // (GFM vs. marked), so it becomes a look-alike (U+2216).
  const body = plain.replace(/\\+(?=\|)/g, (m) => '\u2216'.repeat(m.length)).replace(/\|/g, '\\|');
  return `${fence}${pad}${body}${pad}${fence}`;
}
