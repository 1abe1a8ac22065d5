// Which reader an input needs: from its name first, then from its first bytes.
import type { InputFormat } from '../types.js';
import { looksLikeHfPapers } from './hf-papers.js';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.bib': 'bibtex',
  '.bibtex': 'bibtex',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.atom': 'feed',
  '.rss': 'feed',
};

/**
 * Read when named, not when a directory is walked: a repository holds YAML (CI workflows,
 * configuration), CSV (results, data) and XML of every kind, whose links are no papers' code.
 */
const NAMED_ONLY = new Set(['.yaml', '.yml', '.csv', '.tsv', '.atom', '.rss']);

/** File name endings a directory walk picks up. */
export const PLAIN_EXTENSIONS = ['.txt', '.text', ...Object.keys(BY_EXTENSION).filter((ext) => !NAMED_ONLY.has(ext))];
/** What a directory is searched for: the formats' extensions, and each gzipped (`.jsonl.gz`: read/gzip.ts). */
export const INPUT_EXTENSIONS = [...PLAIN_EXTENSIONS, ...PLAIN_EXTENSIONS.map((ext) => `${ext}.gz`)];

function extensionOf(name: string): string {
  const m = /\.[A-Za-z0-9]+$/.exec(name);
  return m ? m[0].toLowerCase() : '';
}

/** One JSON object per line (the first two non-empty lines each hold a whole object). */
function looksLikeJsonLines(head: string): boolean {
  const lines = head.split('\n').map((l) => l.trim()).filter((l) => l.length > 0).slice(0, 2);
  if (lines.length === 0 || !lines.every((l) => l.startsWith('{'))) return false;
  try {
    JSON.parse(lines[0]!);
    return true;
  } catch {
    return false;
  }
}

/**
 * A heading, a `- [` item or a link on some line of a head. The blanks before an item stay on its
 * line, as in hf-papers.ts HEAD_AUTHORS: `\s*` ran on from every line start over all the blank lines after it.
 */
const MARKDOWN_HEAD = /^(?:#{1,6} |[^\S\r\n\u2028\u2029]*[-*+] \[|.*\]\((?:https?:|\.{0,2}\/))/m;

/** A feed's root element, after an XML declaration, comments and processing instructions. */
const FEED_HEAD = /^(?:<\?[^>]*\?>\s*|<!--[^]*?-->\s*)*<(?:feed|rss|rdf:RDF)[\s>]/;

/** Detect the format of `name` whose first bytes are `head`. */
export function detectFormat(name: string, head: string): InputFormat {
  const byName = BY_EXTENSION[extensionOf(name)];
  const trimmed = head.replace(/^\uFEFF/, '').trimStart();
  if (byName === 'json' && looksLikeJsonLines(trimmed) && trimmed.split('\n').filter((l) => l.trim()).length > 1) return 'jsonl';
  if (byName) return byName;
  // An Atom or RSS feed under any name (`.xml`, the arXiv API's answer saved as it came).
  if (FEED_HEAD.test(trimmed.slice(0, 4096))) return 'feed';
  if (looksLikeHfPapers(trimmed)) return 'hf-papers';
  if (trimmed.startsWith('{') && looksLikeJsonLines(trimmed)) return 'jsonl';
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) return 'json';
  if (/^@[A-Za-z]+\s*[{(]/m.test(trimmed.slice(0, 4096))) return 'bibtex';
  if (MARKDOWN_HEAD.test(trimmed.slice(0, 8192))) return 'markdown';
  return 'text';
}
