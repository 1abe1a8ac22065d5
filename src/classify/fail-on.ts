// `--fail-on`: which statuses, flags or paper verdicts make a run "flagged" (exit code 1 in the CLI).
import { isAccepted } from '../accept/accept.js';
import { BROKEN_STATUSES } from './paper.js';
import type { PaperRecord, Snapshot } from '../types.js';
import { REPO_FLAGS, REPO_STATUSES } from '../types.js';
import { isCodeLink } from '../extract/paper-sites.js';
import { OptionError } from '../errors.js';

/** Paper verdicts that can also be named (`promise-unkept` is both a flag and a paper verdict). */
const PAPER_NAMES = ['promise-unkept', 'no-code-link', 'some-broken'] as const;

export const FAIL_ON_NAMES: readonly string[] = [...new Set<string>([...REPO_STATUSES, ...REPO_FLAGS, ...PAPER_NAMES])];

/** Split and check a `--fail-on` list; throws one clear line naming the bad entries. */
export function parseFailOn(list: readonly string[]): string[] {
  // Names are case-insensitive (`Not-Found` is `not-found`).
  const names = list.flatMap((s) => s.split(',')).map((s) => s.trim().toLowerCase()).filter(Boolean);
  // An empty `--fail-on ''` is a mistake, not "never fail": that is spelled `none`.
  if (list.length > 0 && names.length === 0) throw new OptionError('--fail-on', `"${list.join(',')}" names nothing (list statuses or flags, or none to never fail)`);
  // `none` alone turns failing off (the CLI, the action and the nightly script all accept it).
  if (names.length === 1 && names[0] === 'none') return [];
  const bad = names.filter((n) => !FAIL_ON_NAMES.includes(n));
  if (bad.length) throw new OptionError('--fail-on', `unknown ${bad.map((b) => `"${b}"`).join(', ')} (use any of: ${FAIL_ON_NAMES.join(', ')})`);
  return [...new Set(names)];
}

/**
 * What each name counts: paper verdicts count papers (`promise-unkept` too: the papers that
 * promised, as the verdict and health.md count them), statuses and other flags count repositories.
 */
export function failOnUnit(name: string): 'paper' | 'repository' {
  return (PAPER_NAMES as readonly string[]).includes(name) ? 'paper' : 'repository';
}

/**
 * What in the snapshot matches `failOn`, as `name: count` pairs in the unit of failOnUnit (empty:
 * not flagged). Problems accepted in the ignore file (and not expired) do not count; nor does a
 * paper "some-broken" or "promise-unkept" only through accepted repositories.
 */
export function failOnMatches(snapshot: Snapshot, failOn: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  const bump = (name: string): void => void (out[name] = (out[name] ?? 0) + 1);
  const wanted = (name: string, unit: 'paper' | 'repository'): boolean => failOn.includes(name) && failOnUnit(name) === unit;
  const brokenKeys = new Set<string>();
  const acceptedKeys = new Set<string>();
  const unkeptKeys = new Set<string>();
  // One pass, nothing held but keys: a big audit's repositories are read as they are used.
  for (const r of snapshot.repos) {
    const key = r.key.toLowerCase();
    if (isAccepted(r)) {
      acceptedKeys.add(key);
      continue;
    }
    if (wanted(r.status, 'repository')) bump(r.status);
    for (const f of r.flags) if (wanted(f, 'repository')) bump(f);
    if (BROKEN_STATUSES.includes(r.status)) brokenKeys.add(key);
    if (r.flags.includes('promise-unkept')) unkeptKeys.add(key);
  }
  for (const p of snapshot.papers) {
    const h = p.health?.status;
    if (!h || !wanted(h, 'paper')) continue;
    if (h === 'some-broken' && acceptedKeys.size > 0 && !p.links.some((l) => brokenKeys.has(l.key.toLowerCase()))) continue;
    if (h === 'promise-unkept' && acceptedKeys.size > 0 && p.links.some(isCodeLink) && !p.links.some((l) => unkeptKeys.has(l.key.toLowerCase()))) continue;
    bump(h);
  }
  return out;
}

/**
 * Whether a paper's own verdict is a `failOn` match. `promise-unkept` counts on the paper only when
 * it has no link at all: otherwise its repositories carry the flag and are counted there.
 */
export function paperMatchesFailOn(p: PaperRecord, failOn: readonly string[]): boolean {
  const h = p.health?.status;
  if (h === 'promise-unkept') return failOn.includes(h) && !p.links.some(isCodeLink);
  return (h === 'no-code-link' || h === 'some-broken') && failOn.includes(h);
}
