// The public data shapes of repo-audit (see docs/design.md, "Contracts").
// Users script against these: extend them, don't break them without a schemaVersion bump.

/** A code host repo-audit understands; `null` on a link means a plain web page. */
export type Forge = 'github' | 'gitlab' | 'gitee' | 'bitbucket' | 'codeberg' | 'huggingface' | 'anonymous4open';

/** What a link points at. */
/** `paper`: the paper itself (arXiv, DOI, OpenReview, proceedings…), not code; see docs/extraction.md. */
export type LinkKind = 'repo' | 'owner' | 'gist' | 'pages' | 'web' | 'paper';

/** The input formats (a constant here, not in read/, so that command definitions need not load the readers). */
export const INPUT_FORMATS = ['hf-papers', 'markdown', 'jsonl', 'json', 'yaml', 'csv', 'tsv', 'feed', 'bibtex', 'text'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** One link found in a paper's text. */
export interface Link {
  /** Normalised URL (scheme, host lower-cased, residue and credentials stripped). */
  url: string;
  forge: Forge | null;
  kind: LinkKind;
  /**
   * `owner/name` for kind `repo` (GitLab keeps nested groups, Hugging Face keeps the type:
   * `datasets/org/name`); the repository a `pages` site most likely comes from; the owner for
   * kind `owner`; the gist id for `gist`; null for `web` and `paper`.
   */
  repo: string | null;
  /** Path inside the repository, e.g. `tree/master/Focus-DETR`; null when the link is the repo itself. */
  path: string | null;
  /** Identity of the target, shared by every link to it (see `targetKey`). */
  key: string;
  /** 1-based line of the input where the link appears. */
  line: number;
  /** The text as it stood in the input (before cleaning); credentials are removed even here. */
  raw: string;
}

/** One paper (or one Markdown file / BibTeX entry / JSON object / text file). */
export interface PaperRecord {
  /** The input's path as given on the command line (`-` for stdin). */
  source: string;
  /** 1-based line where the record starts (the title line for HF dumps). */
  line: number;
  title: string | null;
  /** The date as written in the input (`Feb 7, 2024`), or null. */
  date: string | null;
  /** The text says code will be released later ("coming soon", "will be made available"…). */
  promised: boolean;
  /** The text says code is available but gives no link. */
  claimsCodeWithoutLink: boolean;
  links: Link[];
  /** arXiv id or BibTeX key when the input has one. */
  id?: string | null;
  /** In snapshots only: the paper's health, derived from its links' repositories (see docs/reports.md). */
  health?: { status: PaperHealth; reason: string };
}

/**
 * A distinct thing to check, deduplicated across papers.
 * Key forms (always lower-case):
 *   repo  → `<forge>/<repo>`               e.g. `github/owner/name`, `gitlab/group/sub/project`
 *   owner → `owner:<forge>/<owner>`
 *   gist  → `gist:<id>`
 *   pages → `pages:<host>/<first path segment>`  (e.g. `pages:foo.github.io/proj`)
 *   web   → `web:<normalised url>`
 */
export interface RepoRef {
  key: string;
  forge: Forge | null;
  kind: LinkKind;
  /** As first written (case preserved); null for web links. */
  repo: string | null;
  /** The URL to show and, for web/pages, to check. */
  url: string;
  /** Sub-paths linked inside this repository (for the subpath-missing check). */
  paths: string[];
  /** Indexes into `papers[]` of the papers that cite it. */
  papers: number[];
}

/** Output of `repo-audit extract --format json`. */
export interface ExtractResult {
  papers: PaperRecord[];
  repos: RepoRef[];
}

/** How the lookup itself ended (before classification). */
export type LookupOutcome = 'found' | 'not-found' | 'blocked' | 'unknown';

export interface TreeEntry {
  name: string;
  /** `blob` (file), `tree` (folder), `commit` (submodule) as GitHub names them. */
  type: string;
}

/** What the harvester learnt about one RepoRef. Fields unknown to a forge stay null. */
export interface RepoFacts {
  key: string;
  forge: Forge | null;
  kind: LinkKind;
  /** The URL as linked. */
  url: string;
  outcome: LookupOutcome;
  /** Last HTTP status that decided the outcome (200, 301, 404, 451, 403…), null if none. */
  httpStatus: number | null;
  /** For `blocked`: `dmca`, `tos`, `disabled`… */
  blockReason: string | null;
  /** Canonical `owner/name` after renames/transfers. */
  canonicalRepo: string | null;
  canonicalUrl: string | null;
  /** Reached only through a rename or transfer. */
  moved: boolean;
  stars: number | null;
  forks: number | null;
  openIssues: number | null;
  /** SPDX id, `NOASSERTION` for an unrecognised licence, null for none (or unknown). */
  license: string | null;
  archived: boolean | null;
  /** Visible only to the token's owner (`isPrivate`): for a paper's readers a dead link. */
  private?: boolean | null;
  disabled: boolean | null;
  fork: boolean | null;
  empty: boolean | null;
  createdAt: string | null;
  pushedAt: string | null;
  updatedAt: string | null;
  lastCommitAt: string | null;
  description: string | null;
  homepage: string | null;
  topics: string[];
  language: string | null;
  latestRelease: { tag: string; publishedAt: string | null } | null;
  defaultBranch: string | null;
  /** Entries at the root of the default branch; null when not known. */
  rootEntries: TreeEntry[] | null;
  /** For each linked sub-path: does it exist on its ref? null = could not tell. */
  subpaths: Record<string, boolean | null>;
  /** Why the outcome is `unknown` (or other trouble worth showing); never contains a token. */
  error: string | null;
  /** ISO time of the answer. */
  checkedAt: string;
  /** Which path produced these facts: `graphql`, `rest`, `web`, `gitee-api`, `cache`… */
  via: string;
  /** Archived copies of a dead target (`--archives`); absent when none were looked up. */
  archive?: ArchiveCopies;
}

/** A Software Heritage snapshot of the repository (docs/harvester.md, "Archived copies"). */
export interface SwhCopy {
  /** `swh:1:snp:<snapshot>;origin=<origin url>`. */
  swhid: string;
  /** ISO date of the visit that took the snapshot. */
  date: string;
  /** The public resolver, `https://archive.softwareheritage.org/<swhid>`. */
  url: string;
}

/** The Wayback Machine's closest capture of the page. */
export interface WaybackCopy {
  url: string;
  /** `YYYYMMDDhhmmss`, as the Wayback Machine writes it. */
  timestamp: string;
}

/**
 * What the archives said about one dead target. `null` = asked, no copy; a source missing from
 * `unchecked` and null means "no copy", one listed there was not asked (budget spent, error).
 */
export interface ArchiveCopies {
  swh: SwhCopy | null;
  wayback: WaybackCopy | null;
  /** Sources not looked up, with why (`swh: budget spent`, `wayback: HTTP 503`…). */
  unchecked: string[];
  /** `--archive-live`: a Save Code Now request was sent for this live repository. */
  saveRequest?: { status: string; date: string } | null;
}

export type RepoStatus = 'ok' | 'empty' | 'placeholder' | 'not-found' | 'blocked' | 'unknown';

export type RepoFlag =
  | 'moved'
  | 'archived'
  | 'stale'
  | 'no-license'
  | 'fork'
  | 'subpath-missing'
  | 'promise-unkept';

export const REPO_STATUSES: readonly RepoStatus[] = ['ok', 'empty', 'placeholder', 'not-found', 'blocked', 'unknown'];
export const REPO_FLAGS: readonly RepoFlag[] = [
  'moved',
  'archived',
  'stale',
  'no-license',
  'fork',
  'subpath-missing',
  'promise-unkept',
];

export interface RepoHealth {
  status: RepoStatus;
  flags: RepoFlag[];
  /** One short human reason per status and flag, e.g. `{ status: "no commits", stale: "no push since 2023-02-01" }`. */
  reasons: Partial<Record<RepoStatus | RepoFlag | 'status', string>>;
}

/** `unchecked`: no linked repository is broken, but at least one could not be checked (never `healthy`). */
export type PaperHealth = 'healthy' | 'unchecked' | 'some-broken' | 'promise-unkept' | 'no-code-link';

/** The snapshot's per-repository entry (design.md contract, extended). */
export interface SnapshotRepo {
  key: string;
  url: string;
  forge: Forge | null;
  kind: LinkKind;
  status: RepoStatus;
  flags: RepoFlag[];
  reasons: RepoHealth['reasons'];
  canonicalUrl: string | null;
  stars: number | null;
  forks: number | null;
  license: string | null;
  archived: boolean | null;
  pushedAt: string | null;
  lastCommitAt: string | null;
  checkedAt: string | null;
  error: string | null;
  papers: { source: string; line: number; title: string | null }[];
  /** Archived copies of a dead repository or page (`--archives`); absent when not looked up. */
  archive?: ArchiveCopies;
  facts?: RepoFacts;
  /** Named by the ignore file (extension; see docs/reports.md, "Accepted problems"). */
  accepted?: RepoAcceptance;
}

/**
 * A repository's whole snapshot entry from the one held: itself, or — for a snapshot held without
 * its repositories' `facts` (`merge` reads them back from the shards' files) — with them.
 */
export type RepoEntry = (repo: SnapshotRepo) => SnapshotRepo;

/** An ignore-file entry that accepts a repository's problems. */
export interface RepoAcceptance {
  /** The entry as written. */
  entry: string;
  /** `file:line` of the entry. */
  at: string;
  reason: string | null;
  /** Last day it holds (`YYYY-MM-DD`), or null. */
  until: string | null;
  /** The date has passed: the problems count again. */
  expired: boolean;
}

/** An input that could not be read, or a part of one that was skipped (snapshot `problems`). */
export interface InputProblemEntry {
  source: string;
  line: number | null;
  reason: string;
}

export interface Snapshot {
  schemaVersion: 1;
  generatedAt: string;
  tool: { name: 'repo-audit'; version: string };
  summary: {
    papers: number;
    links: number;
    repos: number;
    byStatus: Record<string, number>;
    byFlag: Record<string, number>;
    /** Papers by health (`healthy`, `unchecked`, `some-broken`, `promise-unkept`, `no-code-link`); see docs/reports.md. */
    byPaperHealth?: Record<string, number>;
  };
  repos: SnapshotRepo[];
  papers: PaperRecord[];
  /** Healthy share of past runs, oldest first, this run last (extension; see docs/reports.md). */
  history?: { generatedAt: string; healthyShare: number }[];
  /** Inputs (or parts of them) that could not be read: file, 1-based line or null, why (extension). */
  problems?: InputProblemEntry[];
  /** Set when the run could not finish (authentication, budget): the rest is `unknown` (extension). */
  incomplete?: { reason: string } | null;
  /**
   * Set by `--shard I/N`: this snapshot holds only the targets of shard `index` of `count` (every
   * paper is still listed), and `inputs` fingerprints what was read, so `merge` can check the shards
   * belong together (extension; docs/scale.md).
   */
  shard?: { index: number; count: number; inputs: string };
}
