// https://huggingface.co/docs/hub/api — /api/models/{id}, /api/datasets/{id}, /api/spaces/{id}.
// The Hub answers 401 (not 404) for a repository that does not exist or is private.
export const huggingface = {
    defaultBase: 'https://huggingface.co',
    url: (ref, base) => {
        const id = ref.repo ?? '';
        const m = /^(datasets|spaces|models)\/(.+)$/.exec(id);
        return m ? `${base}/api/${m[1]}/${m[2]}` : `${base}/api/models/${id}`;
    },
    missing: [401, 404],
    map: (data, facts) => {
        const r = data;
        const license = r.cardData?.license ?? r.tags?.find((t) => t.startsWith('license:'))?.slice('license:'.length) ?? null;
        return {
            ...facts,
            canonicalRepo: r.id,
            stars: r.likes ?? null,
            pushedAt: r.lastModified ?? null,
            updatedAt: r.lastModified ?? null,
            createdAt: r.createdAt ?? null,
            license: Array.isArray(license) ? (license[0] ?? null) : license,
            topics: (r.tags ?? []).filter((t) => !t.includes(':')).slice(0, 20),
            ...(r.disabled ? { outcome: 'blocked', blockReason: 'disabled', disabled: true } : {}),
        };
    },
};
//# sourceMappingURL=huggingface.js.map