// Text → Link[]: find candidates, clean and classify them, keep the line each one sits on.
import type { Link } from '../types.js';
import { classifyUrl, type LinkTarget } from './parse-url.js';
import { cleanUrlParts, redactCredentials } from './clean.js';
import { found, nextCandidate } from './find-urls.js';
import { LINK, scanKeywords } from './keywords.js';
import { detached } from '../util/text.js';

interface Resolved {
  target: LinkTarget;
  raw: string;
}

/**
 * A candidate cleaned and classified. No cache of recent candidates: in a generated list only ~14 %
 * repeat within 256 candidates, and hashing every candidate twice (lookup, insert) while the cached
 * entries lived long enough to be promoted cost more CPU than the repeats saved (bench/extract/RESULTS.md run 19).
 */
function resolveCandidate(text: string): Resolved | null {
  // One copy of the candidate (it is a slice of the input line): `raw` when no credential is
  // redacted, and the string every part of the parsed URL is sliced from, so a link kept does not
  // keep its whole line.
  const copy = detached(text);
  const url = cleanUrlParts(copy);
  return url ? { target: classifyUrl(url), raw: redactCredentials(copy) } : null;
}

/**
 * Links in `text`, whose first line is `line` (1-based). Links to the same URL are kept once
 * (`…/EQ-Net.git{…/EQ-Net}` is one link), in order of appearance.
 */
export function findLinks(text: string, line: number, into: Link[] = []): Link[] {
  return (scanKeywords(text) & LINK) === 0 ? into : collectLinks(text, line, into);
}

/** The URLs already found, as collectLinks asks them: a Set, or a KeyIndex once a huge record keeps them off the heap (record.ts). */
export interface UrlSet {
  has(url: string): boolean;
  add(url: string): unknown;
}

/** Up to this many links, `into` itself is searched for a URL: cheaper than building a Set per call. */
const FEW_LINKS = 16;

/**
 * findLinks without the keyword pre-scan (the caller did it). `seen`: the URLs already in `into`
 * (a caller adding many texts to one list keeps it, so the work stays linear); without it, `into`
 * is searched while it is short and a Set is made from it once it is not.
 */
export function collectLinks(text: string, line: number, into: Link[], from = 0, seen?: UrlSet): Link[] {
  let lineAt = line;
  /** The first newline not yet counted (-2: not looked for yet, -1: none left). Counted once each. */
  let newline = -2;
  for (let at = from; nextCandidate(text, at); at = found.next) {
    const start = found.start;
    const known = resolveCandidate(found.text);
    if (newline === -2) newline = text.indexOf('\n');
    while (newline !== -1 && newline < start) {
      lineAt++;
      newline = text.indexOf('\n', newline + 1);
    }
    if (!known) continue;
    const { target, raw } = known;
    if (seen === undefined && into.length >= FEW_LINKS) seen = new Set(into.map((l) => l.url));
    if (seen === undefined ? hasUrl(into, target.url) : seen.has(target.url)) continue;
    seen?.add(target.url);
    // A literal in Link's field order (as the spread of a target gave it): one hidden class for every link.
    into.push({ url: target.url, forge: target.forge, kind: target.kind, repo: target.repo, path: target.path, key: target.key, line: lineAt, raw });
  }
  return into;
}

function hasUrl(links: Link[], url: string): boolean {
  for (let i = 0; i < links.length; i++) if (links[i]!.url === url) return true;
  return false;
}
