// One JSON object (arXiv-metadata style: id, title, abstract, comments, dates…) → one PaperRecord.
// Links in any string field count.
import type { PaperRecord } from '../types.js';
import { foldSpaces } from '../util/text.js';
import type { NewPaper, PaperBuilder } from './reader.js';

// (`paper_arxiv_id`: Papers with Code's links between papers and code; `DOI`: Crossref's.)
export const ID_FIELDS = ['id', 'arxiv_id', 'arxivId', 'paper_arxiv_id', 'paper_id', 'paperId', 'doi', 'DOI', 'key'];
/**
 * Where a paper object's title is, first found first: `title`, as a string, the first string of a
 * list (Crossref writes `"title": ["…"]`) or an object's `value` (OpenReview's API 2: `{"value":
 * "…"}`), else `paper_title` (Papers with Code's links between papers and code).
 */
export const TITLE_FIELDS = ['title', 'paper_title'];
/**
 * Where an entry puts the paper itself, when its title is not its own: Hugging Face's daily papers
 * under `paper` (its arXiv id, title, date), OpenReview's notes under `content`, a GraphQL
 * connection's edges under `node` (`{"edges": [{"cursor": …, "node": {"title": …}}]}`), dblp's
 * search hits under `info`, Zenodo's records under `metadata`.
 */
export const INNER_PAPER_KEYS = ['paper', 'content', 'node', 'info', 'metadata'];
// (`publishedAt`: Hugging Face's daily papers; `publicationDate`, `publication_date`,
// `publication_year`: Semantic Scholar, OpenAlex, Zotero's CSV; `issued`: Crossref's, as
// `{"date-parts": …}` when `published` is missing.)
export const DATE_FIELDS = ['date', 'published', 'issued', 'update_date', 'updated', 'created', 'submitted', 'publishedAt', 'publicationDate', 'publication_date', 'publication_year', 'year'];
/** Where in a date field Crossref writes the date (dateParts): the paths under it that paperFields reads. */
export const DATE_PARTS_PATHS = ['date-parts', 'date-parts.0', 'date-parts.0.0', 'date-parts.0.1', 'date-parts.0.2'];
/** The members paperFields reads (the paper an entry holds, INNER_PAPER_KEYS, and `versions` for what they hold). */
export const PAPER_FIELD_KEYS = [...TITLE_FIELDS, ...ID_FIELDS, ...DATE_FIELDS, ...INNER_PAPER_KEYS, 'versions'];
/** Fields walked first, so links keep the order a reader sees them in. */
export const TEXT_FIRST = ['title', 'abstract', 'comments', 'summary'];
/**
 * Fields whose links are never code links: arXiv metadata puts its licence URL
 * (`http://arxiv.org/licenses/…`) on nearly every record.
 */
export const SKIPPED_FIELDS = new Set(['license', 'licence']);
/** Bound the walk of deeply nested or huge objects. */
export const MAX_DEPTH = 8;

function scalar(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

function firstOf(obj: Record<string, unknown>, fields: string[]): string | null {
  for (const f of fields) {
    const v = scalar(obj[f]);
    if (v !== null) return v;
  }
  return null;
}

/**
 * The date as written: a date field, else one written as Crossref writes them (`"published":
 * {"date-parts": [[2024, 5, 1]]}`: `2024-05-01`), else the first version's `created` (arXiv metadata).
 */
function dateOf(obj: Record<string, unknown>): string | null {
  const d = firstOf(obj, DATE_FIELDS);
  if (d !== null) return d;
  for (const field of DATE_FIELDS) {
    const parts = dateParts(obj[field]);
    if (parts !== null) return parts;
  }
  const versions = obj.versions;
  if (Array.isArray(versions) && versions[0] && typeof versions[0] === 'object') {
    return scalar((versions[0] as Record<string, unknown>).created);
  }
  return null;
}

/** Crossref's `{"date-parts": [[year, month, day]]}` (month and day may be left out) as `2024-05-01`, or null. */
function dateParts(value: unknown): string | null {
  const parts: unknown = isPlainObject(value) && Array.isArray(value['date-parts']) ? value['date-parts'][0] : null;
  if (!Array.isArray(parts) || !Number.isSafeInteger(parts[0])) return null;
  const numbers = parts.slice(0, 3).filter((n): n is number => Number.isSafeInteger(n));
  return numbers.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
}

/** The input line of a string value (pretty-printed JSON), when known. */
export type LineOfString = (value: string) => number | undefined;

/**
 * Every string in `value` (nested up to MAX_DEPTH) is one piece of the record's text. A string sits
 * on one line of the input whatever it holds: a `\n` escape inside it must not move its links.
 */
function walkStrings(value: unknown, depth: number, record: PaperBuilder, line: number, lineOf?: LineOfString): void {
  if (typeof value === 'string') {
    const text = value.includes('\n') ? value.replaceAll('\n', ' ') : value;
    record.addText(text, lineOf ? () => lineOf(value) ?? line : line);
    record.breakText();
  } else if (depth < MAX_DEPTH && Array.isArray(value)) for (const v of value) walkStrings(v, depth + 1, record, line, lineOf);
  else if (depth < MAX_DEPTH && value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) walkStrings(v, depth + 1, record, line, lineOf);
  }
}

/** Titles wrapped over lines (arXiv metadata) on one line. */
function oneLine(text: string): string {
  return foldSpaces(text).trim();
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The paper an entry holds under one of INNER_PAPER_KEYS, and the key, or null. */
function innerPaper(obj: Record<string, unknown>): [string, Record<string, unknown>] | null {
  for (const key of INNER_PAPER_KEYS) {
    const inner = obj[key];
    if (isPlainObject(inner)) return [key, inner];
  }
  return null;
}

/** A paper object's title as written (TITLE_FIELDS): its own, else that of the paper it holds (INNER_PAPER_KEYS). */
export function titleOf(obj: Record<string, unknown>): string | null {
  const own = ownTitle(obj);
  if (own !== null) return own;
  const inner = innerPaper(obj);
  return inner && ownTitle(inner[1]);
}

/** Where a title field holds a title: itself (a string), its list's first item, its object's `value`; null for none. */
function titleIn(value: unknown): string | null {
  if (typeof value === 'string') return '';
  if (Array.isArray(value)) return typeof value[0] === 'string' ? '.0' : null;
  return isPlainObject(value) && typeof value.value === 'string' ? '.value' : null;
}

/** The field of TITLE_FIELDS that holds the object's own title, and where in it (titleIn). */
function ownTitleField(obj: Record<string, unknown>): [string, string] | null {
  for (const field of TITLE_FIELDS) {
    const at = titleIn(obj[field]);
    if (at !== null) return [field, at];
  }
  return null;
}

function ownTitle(obj: Record<string, unknown>): string | null {
  const found = ownTitleField(obj);
  if (found === null) return null;
  const value = obj[found[0]];
  return found[1] === '' ? (value as string) : found[1] === '.0' ? (value as string[])[0]! : ((value as { value: string }).value);
}

/** Where titleOf finds the title, as a path of keys joined by dots (`title`, `title.0`, `content.title.value`…), or null. */
export function titlePath(obj: Record<string, unknown>): string | null {
  const own = ownTitleField(obj);
  if (own !== null) return own.join('');
  const inner = innerPaper(obj);
  const found = inner && ownTitleField(inner[1]);
  return found ? `${inner![0]}.${found.join('')}` : null;
}

/** Every path titlePath may give. */
export const TITLE_PATHS: ReadonlySet<string> = new Set(
  ['', ...INNER_PAPER_KEYS.map((key) => `${key}.`)].flatMap((prefix) => TITLE_FIELDS.flatMap((field) => ['', '.0', '.value'].map((at) => `${prefix}${field}${at}`))),
);

/** A string under one of these keys makes an object a paper itself. */
export const PAPER_TEXT_KEYS = ['title', 'abstract', 'summary'];

/** Does the object have a title, abstract or summary of its own? Then it is a paper itself, and its lists and members are its text. */
export function hasOwnPaperText(obj: Record<string, unknown>): boolean {
  return PAPER_TEXT_KEYS.some((key) => typeof obj[key] === 'string');
}

/**
 * Is the member `key: value` of an object that is no paper itself (hasOwnPaperText) a paper keyed
 * by its id, as dumps write them (`{"2401.00001": {"title": …}, …}`)? When the value is an object
 * with a title (titleOf), under a key that is none of a paper's own fields (`paper`, `versions`,
 * an id or a date field, a text field).
 */
export function isPaperById(key: string, value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && titleOf(value) !== null && !isPaperField(key);
}

/** Is `key` one of a paper's own fields (PAPER_FIELD_KEYS, TEXT_FIRST)? Then what is under it is the paper's, never a paper or papers of its own. */
export function isPaperField(key: string): boolean {
  return PAPER_FIELD_KEYS.includes(key) || TEXT_FIRST.includes(key);
}

/** A paper object's title, date and id; what the entry lacks comes from the paper it holds (titleOf). */
export function paperFields(obj: Record<string, unknown>): { title: string | null; date: string | null; id: string | null } {
  const inner = innerPaper(obj)?.[1] ?? null;
  const titleText = titleOf(obj);
  return {
    title: titleText === null ? null : oneLine(titleText),
    date: dateOf(obj) ?? (inner && dateOf(inner)),
    id: firstOf(obj, ID_FIELDS) ?? (inner && firstOf(inner, ID_FIELDS)),
  };
}

/**
 * Build the record of `obj`, which starts on `line` of `source`. `lineOf` gives the line of each
 * string (pretty-printed JSON); without it every link is on `line` (JSON Lines). `key`: the key a
 * paper keyed by its id is under (isPaperById), its id when it has none of its own.
 */
export function recordFromObject(newPaper: NewPaper, obj: Record<string, unknown>, source: string, line: number, lineOf?: LineOfString, key?: string): PaperRecord {
  const { title, date, id } = paperFields(obj);
  const record = newPaper(source, line, title, date, id ?? key ?? null);
  addObjectText(record, obj, line, lineOf);
  return record.finish();
}

/**
 * The strings of `obj` given to `record`: the text fields first (TEXT_FIRST; an abstract written as
 * OpenAlex writes it, invertedAbstract, in the abstract's place), then the others in order, the
 * licence left out.
 */
export function addObjectText(record: PaperBuilder, obj: Record<string, unknown>, line: number, lineOf?: LineOfString): void {
  const inverted = isPlainObject(obj[INVERTED_ABSTRACT]) ? obj[INVERTED_ABSTRACT] : null;
  for (const f of TEXT_FIRST) {
    if (typeof obj[f] === 'string') walkStrings(obj[f], 0, record, line, lineOf);
    // (Its words are keys of the text, not one string in it: its links are on the object's line.)
    else if (f === 'abstract' && inverted) walkStrings(invertedAbstract(inverted), 0, record, line);
  }
  for (const k in obj) {
    const v = obj[k];
    if (SKIPPED_FIELDS.has(k) || (typeof v === 'string' && TEXT_FIRST.includes(k)) || (k === INVERTED_ABSTRACT && inverted)) continue;
    walkStrings(v, 0, record, line, lineOf);
  }
}

/** OpenAlex's works give their abstracts so, as each word's places: `{"Code": [0], "at": [1], "https://github.com/a/b": [2]}`. */
const INVERTED_ABSTRACT = 'abstract_inverted_index';

/**
 * The text of an abstract given as each word's places (INVERTED_ABSTRACT): its words in their
 * order, one space between. Places that are no whole numbers are left out; the places are sorted,
 * never used as indexes (one of a billion would make a string of a billion blanks).
 */
export function invertedAbstract(index: Record<string, unknown>): string {
  const placed: [number, string][] = [];
  for (const word in index) {
    const places = index[word];
    if (!Array.isArray(places)) continue;
    for (const place of places) if (Number.isSafeInteger(place)) placed.push([place as number, word]);
  }
  placed.sort((a, b) => a[0] - b[0]);
  return placed.map(([, word]) => word).join(' ');
}

/**
 * Offset of a JSON.parse error, when V8 gives one. The message itself is never shown: it may quote
 * the input, and the input may hold a credential.
 */
export function jsonErrorPosition(err: unknown): number | null {
  const m = /position (\d+)/.exec(err instanceof Error ? err.message : '');
  return m ? Number(m[1]) : null;
}
