// Words for statuses, flags and paper health as a reader sees them in the reports.
import type { PaperHealth, RepoFlag, RepoStatus } from '../types.js';

export const STATUS_LABEL: Record<RepoStatus, string> = {
  ok: 'ok',
  empty: 'empty',
  placeholder: 'placeholder',
  'not-found': 'not found',
  blocked: 'blocked',
  unknown: 'not checked',
};

export const STATUS_MEANING: Record<RepoStatus, string> = {
  ok: 'reachable and has code',
  empty: 'no commits',
  placeholder: 'only README, licence, docs or images',
  'not-found': 'deleted, made private, or never existed',
  blocked: 'DMCA takedown, blocked or disabled',
  unknown: 'could not be decided this run (never counted as dead)',
};

export const FLAG_MEANING: Record<RepoFlag, string> = {
  moved: 'renamed or transferred: update the link',
  archived: 'read-only',
  stale: 'no recent push',
  'no-license': 'no licence GitHub recognises',
  fork: 'the link points at a fork',
  'subpath-missing': 'the linked folder or file is gone',
  'promise-unkept': 'code promised, still not there',
};

export const PAPER_LABEL: Record<PaperHealth, string> = {
  healthy: 'every link healthy',
  unchecked: 'none broken, some not checked',
  'some-broken': 'some links broken',
  'promise-unkept': 'code promised, not delivered',
  'no-code-link': 'no code link',
};

/** `3 repositories`, `1 repository`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `2026-11-22 03:17 UTC` from an ISO time. */
export function humanTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

/** Percentage with at most one decimal: 0.8612 → "86.1%". */
export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
