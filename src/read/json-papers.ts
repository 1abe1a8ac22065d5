// Where an object that is no paper itself (no title, abstract or summary of its own) holds
// papers: in lists (`{"total": 2, "data": […]}`, as APIs answer), under their ids (`{"2401.00001":
// {"title": …}, …}`, as dumps write them), or in an object nested in it that holds lists in turn
// (`{"data": {"search": {"nodes": […]}}}`, `{"message": {"items": […]}}`: GraphQL's and search
// APIs' answers). read/json.ts reads them so whole, read/json-wrapper.ts as they stream, and
// read/yaml.ts those of a YAML mapping.
import { hasOwnPaperText, isPaperById, isPaperField, isPlainObject, titleOf } from './json-record.js';
import { lineAt } from './json-text.js';

/**
 * The fields of an object that are lists of papers — APIs wrap them (`data`, `results`, `papers`,
 * `items`…) — when the object is no paper itself: arrays of objects only, one at least with a
 * title (its own or that of the paper it holds: json-record.ts titleOf).
 */
export function paperLists(obj: Record<string, unknown>): string[] {
  if (hasOwnPaperText(obj)) return [];
  return Object.keys(obj).filter((key) => {
    const v = obj[key];
    return Array.isArray(v) && v.length > 0 && v.every(isPlainObject) && v.some((e) => titleOf(e) !== null);
  });
}

/** The members of an object that are papers keyed by their ids (json-record.ts isPaperById), when it is no paper itself. */
export function papersById(obj: Record<string, unknown>): string[] {
  if (hasOwnPaperText(obj)) return [];
  return Object.keys(obj).filter((key) => isPaperById(key, obj[key]));
}

/**
 * How deep an object holding paper lists may sit, the document's own object being 1: GraphQL's
 * `{"data": {"repository": {"issues": {"nodes": […]}}}}` puts its list at 4.
 */
export const MAX_WRAPPER_DEPTH = 4;

/**
 * Is the member `key: value` of an object that is no paper itself an object wrapping papers in
 * turn, `value` at `depth`? When it is no paper itself either, under a key that is none of a
 * paper's own fields, and it has lists of papers (paperLists) or such a member of its own, down to
 * MAX_WRAPPER_DEPTH. Papers keyed by their ids are looked for in the document's own object only:
 * below it, a titled object is far more often a paper's part (a licence, a venue) than a paper.
 */
export function isNestedWrapper(key: string, value: unknown, depth: number): value is Record<string, unknown> {
  if (depth > MAX_WRAPPER_DEPTH || !isPlainObject(value) || hasOwnPaperText(value)) return false;
  if (isPaperField(key)) return false;
  return paperLists(value).length > 0 || nestedWrappers(value, depth).length > 0;
}

/** The members of an object at `depth` (the document's own: 1) that wrap papers in turn (isNestedWrapper). */
export function nestedWrappers(obj: Record<string, unknown>, depth: number): string[] {
  if (hasOwnPaperText(obj)) return [];
  return Object.keys(obj).filter((key) => isNestedWrapper(key, obj[key], depth + 1));
}

/**
 * The papers of a nested wrapper at `depth` (isNestedWrapper), in the order of its members, and
 * what it says besides (its other members, and what its own nested wrappers say besides): the
 * file's record has that, as it has its own object's other members.
 */
export function unwrap(obj: Record<string, unknown>, depth: number): { papers: Record<string, unknown>[]; rest: Record<string, unknown> } {
  const lists = new Set(paperLists(obj));
  const nested = new Set(nestedWrappers(obj, depth));
  const papers: Record<string, unknown>[] = [];
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    if (lists.has(key)) for (const paper of value as Record<string, unknown>[]) papers.push(paper);
    else if (nested.has(key)) {
      const inner = unwrap(value as Record<string, unknown>, depth + 1);
      for (const paper of inner.papers) papers.push(paper);
      rest[key] = inner.rest;
    } else rest[key] = value;
  }
  return { papers, rest };
}

/**
 * The line of each paper's title in the text, papers taken in order: the title's JSON literal is
 * looked for after the last one found (else the paper gets the line before it). Written with other
 * escapes than JSON.stringify's, a title is not found, and each miss reads the rest of the text:
 * after 8 misses in all, no more are looked for.
 */
export function titleLines(text: string, lineStarts: () => number[]): (paper: Record<string, unknown>) => number {
  let from = 0;
  let line = 1;
  let misses = 0;
  return (paper) => {
    const title = titleOf(paper);
    if (title === null || misses >= 8) return line;
    const at = text.indexOf(JSON.stringify(title), from);
    if (at === -1) misses++;
    else {
      from = at + 1;
      line = lineAt(text, at, lineStarts());
    }
    return line;
  };
}
