// Forks in generated scenarios get an upstream repository to point at (GitHub gives every fork a
// `parent`): `upstream-<owner>/<name>`, a plain listed repository.
import type { ScenarioRepo } from './scenario.js';

type Entry = Partial<ScenarioRepo> & { repo: string };

export function withParents<T extends Entry>(repos: T[]): T[] {
  const names = new Set(repos.map((r) => r.repo.toLowerCase()));
  const out: T[] = [];
  for (const r of repos) {
    if (!r.fork || r.parent) {
      out.push(r);
      continue;
    }
    const [owner, name] = r.repo.split('/') as [string, string];
    const parent = `upstream-${owner}/${name}`;
    out.push({ ...r, parent });
    if (!names.has(parent.toLowerCase())) {
      names.add(parent.toLowerCase());
      out.push({ repo: parent, createdAt: r.createdAt, pushedAt: r.pushedAt, license: r.license ?? null, stars: (r.stars ?? 0) * 3, language: r.language ?? null } as T);
    }
  }
  return out;
}
