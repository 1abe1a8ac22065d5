// The repositories of a scenario, indexed for case-insensitive lookups (answers use the canonical
// case, as GitHub does), by id for `/repositories/{id}`, and with their file trees per ref.
import { cmp } from '../util/cmp.js';
import type { ResolvedScenario, ScenarioRepo } from './scenario.js';

export interface TreeItem {
  name: string;
  type: 'blob' | 'tree' | 'commit';
}

export interface SimRepo extends Omit<ScenarioRepo, 'lastCommitAt' | 'commitCount' | 'pushedAt' | 'updatedAt' | 'id'> {
  id: number;
  owner: string;
  name: string;
  pushedAt: string;
  updatedAt: string;
  lastCommitAt: string | null;
  commitCount: number;
  /** Requests left to fail (fault `failFirst`). */
  failuresLeft: number;
}

/** Root entries a repository gets when the scenario does not list them. */
function defaultRoot(r: Pick<ScenarioRepo, 'empty' | 'license'>): TreeItem[] {
  if (r.empty) return [];
  const root: TreeItem[] = [{ name: 'README.md', type: 'blob' }];
  if (r.license) root.push({ name: 'LICENSE', type: 'blob' });
  root.push({ name: 'src', type: 'tree' });
  return root;
}

/** Every path and its parent folders, typed (a path that has children is a tree). */
function buildTree(root: TreeItem[], paths: string[]): Map<string, TreeItem['type']> {
  const tree = new Map<string, TreeItem['type']>();
  for (const e of root) tree.set(e.name, e.type);
  for (const raw of paths) {
    const parts = raw.replace(/^\/+|\/+$/g, '').split('/').filter(Boolean);
    parts.forEach((_, i) => {
      const p = parts.slice(0, i + 1).join('/');
      const isLast = i === parts.length - 1;
      if (!isLast) tree.set(p, 'tree');
      else if (!tree.has(p)) tree.set(p, raw.endsWith('/') ? 'tree' : 'blob');
    });
  }
  return tree;
}

export class RepoStore {
  private readonly byName = new Map<string, SimRepo>();
  private readonly byId = new Map<number, SimRepo>();
  /** lower-case login → canonical login and account type. */
  readonly owners = new Map<string, { login: string; type: 'User' | 'Organization' }>();
  private readonly trees = new Map<number, Map<string, Map<string, TreeItem['type']>>>();

  constructor(scenario: ResolvedScenario) {
    let nextId = 1000;
    const taken = new Set(scenario.repos.map((r) => r.id).filter((id): id is number => id !== undefined));
    for (const r of scenario.repos) {
      let id = r.id;
      if (id === undefined) {
        while (taken.has(nextId)) nextId++;
        id = nextId++;
      }
      const repo = this.derive(r, id);
      this.byName.set(r.repo.toLowerCase(), repo);
      this.byId.set(id, repo);
      // An owner written in several cases: the last listed repository's case wins (as before).
      this.owners.set(repo.owner.toLowerCase(), { login: repo.owner, type: 'Organization' });
    }
    for (const o of scenario.owners) this.owners.set(o.login.toLowerCase(), { login: o.login, type: o.type });
  }

  /** Every field listed in one fixed order: spreading 100,000 scenario objects is 10× slower. */
  private derive(r: ScenarioRepo, id: number): SimRepo {
    const [owner, name] = r.repo.split('/') as [string, string];
    const pushedAt = r.pushedAt ?? r.createdAt;
    return {
      repo: r.repo, state: r.state, movedTo: r.movedTo, id, owner, name,
      stars: r.stars, forks: r.forks, openIssues: r.openIssues, license: r.license,
      archived: r.archived, private: r.private, archivedAt: r.archivedAt, fork: r.fork, parent: r.parent, empty: r.empty,
      createdAt: r.createdAt, pushedAt, updatedAt: r.updatedAt ?? pushedAt,
      lastCommitAt: r.empty ? null : (r.lastCommitAt ?? pushedAt),
      commitCount: r.empty ? 0 : (r.commitCount ?? 1),
      description: r.description, homepage: r.homepage, topics: r.topics, language: r.language,
      latestRelease: r.latestRelease, defaultBranch: r.defaultBranch, rootEntries: r.rootEntries,
      paths: r.paths, refs: r.refs, blockedAt: r.blockedAt, blockUrl: r.blockUrl,
      failFirst: r.failFirst, failuresLeft: r.failFirst?.count ?? 0,
    };
  }

  get size(): number {
    return this.byName.size;
  }

  /** Listed repositories of an owner that answer as themselves (not moved, not deleted). */
  countOwned(login: string): number {
    const prefix = `${login.toLowerCase()}/`;
    let n = 0;
    for (const [key, r] of this.byName) if (key.startsWith(prefix) && !r.movedTo && r.state !== 'not-found') n++;
    return n;
  }

  /** Whether `login` (the token's owner; '' without a token) may see `repo`: private ones only its owner. */
  static visibleTo(repo: SimRepo, login: string): boolean {
    return !repo.private || (login !== '' && login.toLowerCase() === repo.owner.toLowerCase());
  }

  /** Case-insensitive lookup of `owner/name`. */
  find(owner: string, name: string): SimRepo | undefined {
    return this.byName.get(`${owner}/${name}`.toLowerCase());
  }

  findById(id: number): SimRepo | undefined {
    return this.byId.get(id);
  }

  /** Follow renames/transfers to where the repository lives now (bounded, in case of a cycle). */
  resolve(repo: SimRepo, followTransfers = true): SimRepo | undefined {
    let current: SimRepo | undefined = repo;
    for (let hops = 0; current && current.movedTo && hops < 10; hops++) {
      if (current.state === 'transferred' && !followTransfers) return undefined;
      current = this.byName.get(current.movedTo.toLowerCase());
    }
    return current && !current.movedTo ? current : undefined;
  }

  /** The file tree of a ref (`HEAD` = default branch), built on first use: 100,000 repositories start fast. */
  tree(repo: SimRepo, ref: string): Map<string, TreeItem['type']> | undefined {
    if (repo.empty) return undefined;
    let refs = this.trees.get(repo.id);
    if (!refs) {
      refs = new Map();
      const main = buildTree(repo.rootEntries ?? defaultRoot(repo), repo.paths);
      refs.set(repo.defaultBranch, main);
      refs.set('HEAD', main);
      for (const [name, paths] of Object.entries(repo.refs)) refs.set(name, buildTree([], paths));
      this.trees.set(repo.id, refs);
    }
    return refs.get(ref);
  }

  /** The repository a fork was made from, and the root of its fork chain (GitHub's `parent`/`source`). */
  lineage(repo: SimRepo): { parent: SimRepo; source: SimRepo } | null {
    const parent = repo.parent ? this.byName.get(repo.parent.toLowerCase()) : undefined;
    if (!parent) return null;
    let source = parent;
    for (let hops = 0; source.parent && hops < 10; hops++) source = this.byName.get(source.parent.toLowerCase()) ?? source;
    return { parent, source };
  }

  /** Root entries of a ref (`HEAD` = default branch), or null if the ref does not exist. */
  entries(repo: SimRepo, ref: string, dir = ''): TreeItem[] | null {
    const tree = this.tree(repo, ref);
    if (!tree) return null;
    const prefix = dir ? dir.replace(/\/+$/, '') + '/' : '';
    const out: TreeItem[] = [];
    for (const [path, type] of tree) {
      if (path.startsWith(prefix) && !path.slice(prefix.length).includes('/') && path.length > prefix.length) {
        out.push({ name: path.slice(prefix.length), type });
      }
    }
    // Git stores tree entries sorted by name; GitHub lists them in that order.
    return out.sort((a, b) => cmp(a.name, b.name));
  }

  /** Type of `path` on `ref`: `tree`, `blob`, null if missing, undefined if the ref is unknown. */
  pathType(repo: SimRepo, ref: string, path: string): TreeItem['type'] | null | undefined {
    const tree = this.tree(repo, ref);
    if (!tree) return undefined;
    const clean = path.replace(/^\/+|\/+$/g, '');
    if (clean === '') return 'tree';
    return tree.get(clean) ?? null;
  }
}
