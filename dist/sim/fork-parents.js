export function withParents(repos) {
    const names = new Set(repos.map((r) => r.repo.toLowerCase()));
    const out = [];
    for (const r of repos) {
        if (!r.fork || r.parent) {
            out.push(r);
            continue;
        }
        const [owner, name] = r.repo.split('/');
        const parent = `upstream-${owner}/${name}`;
        out.push({ ...r, parent });
        if (!names.has(parent.toLowerCase())) {
            names.add(parent.toLowerCase());
            out.push({ repo: parent, createdAt: r.createdAt, pushedAt: r.pushedAt, license: r.license ?? null, stars: (r.stars ?? 0) * 3, language: r.language ?? null });
        }
    }
    return out;
}
//# sourceMappingURL=fork-parents.js.map