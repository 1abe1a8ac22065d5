// The ignore file (`.repo-audit-ignore`, `--ignore FILE`, `ignore` in the config file): known
// problems a maintainer accepts, one a line, each with an optional reason and expiry:
//
//   oldlab/tool                     # the authors moved to GitLab; the paper keeps the old link
//   https://example.org/data  until 2027-03-31   # host down for maintenance
//   github.com/deadlab/*            # the whole lab's account is gone
//
// An entry is a URL, an `owner/name` (a GitHub repository) or a glob (`*`, `**`, `?`, `{a,b}`).
// A `#` starts the reason only at the line's start or after a space (`…#readme` is a fragment).
import { readFile } from 'node:fs/promises';
import { parseCodeLink } from '../extract/parse-url.js';
import { OWNER_NAME, REPO_NAME } from '../extract/target.js';
import picomatch from 'picomatch';
import { IgnoreFileError } from '../errors.js';

/** The file looked for in the working directory when no other is named. */
export const DEFAULT_IGNORE_FILE = '.repo-audit-ignore';

export interface IgnoreEntry {
  /** The entry as written (`oldlab/tool`, a URL, a glob). */
  entry: string;
  /** Where it was written: `file:line`. */
  at: string;
  reason: string | null;
  /** Last day the acceptance holds (`YYYY-MM-DD`, inclusive), or null for no expiry. */
  until: string | null;
  /** Does it name this target? `key` is a target key, `url` its address. */
  matches(key: string, url: string): boolean;
}

export interface IgnoreList {
  entries: IgnoreEntry[];
  /** Malformed lines: `file:line: why`, one each; the other lines still count. */
  problems: { source: string; line: number; reason: string; message: string }[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().startsWith(text);
}

/** What a target is compared with: its key, its URL with and without scheme, and `owner/name` for GitHub. */
function namesOf(key: string, url: string): string[] {
  const bare = url.replace(/^[a-z]+:\/\//i, '');
  const names = [key, url, bare];
  const gh = /^github\/(.+)$/.exec(key);
  if (gh) names.push(gh[1]!);
  return names.map((n) => n.toLowerCase());
}

/** The matcher for one entry, or an error message. */
function matcherFor(entry: string): IgnoreEntry['matches'] | string {
  if (/[*?{[]/.test(entry)) {
    // picomatch (tinyglobby's matcher, as for inputs): `*`, `**`, `?`, `[abc]`, `{a,b}`, `\` escapes;
    // a leading `!` is taken literally (an entry accepts; it never accepts "everything but").
    const matches = picomatch(entry.toLowerCase().replace(/(?<!\/)\/+$/, ''), { dot: true, nonegate: true });
    return (key, url) => namesOf(key, url).some((n) => matches(n));
  }
  const [owner, name, ...more] = entry.split('/');
  if (!entry.includes(':') && more.length === 0 && owner && name && OWNER_NAME.test(owner) && REPO_NAME.test(name)) {
    const key = `github/${entry}`.toLowerCase();
    return (k) => k === key;
  }
  const target = parseCodeLink(entry);
  if (!target) return 'not a URL, owner/name or glob';
  return (k) => k === target.key;
}

/** Parse the text of an ignore file named `source`. */
export function parseIgnoreFile(text: string, source: string): IgnoreList {
  const list: IgnoreList = { entries: [], problems: [] };
  text.replace(/^\uFEFF/, '').split('\n').forEach((raw, i) => {
    const line = i + 1;
    const problem = (reason: string): void => void list.problems.push({ source, line, reason, message: `${source}:${line}: ${reason}` });
    const hash = raw.search(/(?:^|\s)#/);
    const body = (hash === -1 ? raw : raw.slice(0, hash)).trim();
    const comment = hash === -1 ? '' : raw.slice(raw.indexOf('#', hash) + 1).trim();
    if (body === '') return; // blank or comment-only
    const words = body.split(/\s+/);
    const entry = words[0]!;
    let until: string | null = null;
    if (words.length > 1) {
      if (words[1]!.toLowerCase() !== 'until' || words.length !== 3) return problem(`expected "ENTRY [until YYYY-MM-DD] [# reason]", got "${body}"`);
      if (!isRealDate(words[2]!)) return problem(`"${words[2]}" is not a date (write until YYYY-MM-DD)`);
      until = words[2]!;
    }
    const matches = matcherFor(entry);
    if (typeof matches === 'string') return problem(`"${entry}": ${matches}`);
    list.entries.push({ entry, at: `${source}:${line}`, reason: comment || null, until, matches });
  });
  return list;
}

/**
 * Read the ignore file: `path` when one is named (it must exist), else `.repo-audit-ignore` in
 * the working directory when there is one. An unreadable named file throws IgnoreFileError.
 */
export async function loadIgnoreFile(path: string | null): Promise<IgnoreList> {
  const file = path ?? DEFAULT_IGNORE_FILE;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (path === null && code === 'ENOENT') return { entries: [], problems: [] };
    throw new IgnoreFileError(`${file}: cannot read the ignore file (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`);
  }
  return parseIgnoreFile(text, file);
}

/** Whether an acceptance that holds until `until` has run out on `now` (the last day still counts). */
export function isExpired(until: string | null, now: Date): boolean {
  return until !== null && now.toISOString().slice(0, 10) > until;
}
