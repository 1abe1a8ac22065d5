// Text → Link[]: find candidates, clean and classify them, keep the line each one sits on.
import type { Link } from '../types.js';
import { classifyUrl, type LinkTarget } from './parse-url.js';
import { cleanUrl, redactCredentials } from './clean.js';
import { findUrlCandidates } from './find-urls.js';
import { LINK, scanKeywords } from './keywords.js';
import { detached } from '../util/text.js';

interface Resolved {
  target: LinkTarget;
  raw: string;
}

/**
 * Candidates seen lately (badges, arXiv and repository links repeat within a list): parsing a URL
 * is the dearest step. Small (repeats sit close: a code link and its star badge) and cleared when
 * full, so its entries die young instead of filling the old generation.
 */
const recent = new Map<string, Resolved | null>();
const RECENT_MAX = 256;


function resolveCandidate(text: string): Resolved | null {
  const hit = recent.get(text);
  if (hit !== undefined) return hit;
  const url = cleanUrl(text);
  const resolved = url ? { target: classifyUrl(url), raw: detached(redactCredentials(text)) } : null;
  if (recent.size >= RECENT_MAX) recent.clear();
  recent.set(detached(text), resolved);
  return resolved;
}

/**
 * Links in `text`, whose first line is `line` (1-based). Links to the same URL are kept once
 * (`…/EQ-Net.git{…/EQ-Net}` is one link), in order of appearance.
 */
export function findLinks(text: string, line: number, into: Link[] = []): Link[] {
  return (scanKeywords(text) & LINK) === 0 ? into : collectLinks(text, line, into);
}

/**
 * findLinks without the keyword pre-scan (the caller did it). `seen`: the URLs already in `into`
 * (a caller adding many texts to one list keeps it, so the work stays linear).
 */
export function collectLinks(text: string, line: number, into: Link[], from = 0, seen = new Set(into.map((l) => l.url))): Link[] {
  let lineAt = line;
  let scanned = 0;
  for (const candidate of findUrlCandidates(text, from)) {
    for (let nl = text.indexOf('\n', scanned); nl !== -1 && nl < candidate.start; nl = text.indexOf('\n', scanned)) {
      lineAt++;
      scanned = nl + 1;
    }
    const known = resolveCandidate(candidate.text);
    if (!known) continue;
    const { target, raw } = known;
    if (seen.has(target.url)) continue;
    seen.add(target.url);
    into.push({ ...target, line: lineAt, raw });
  }
  return into;
}
