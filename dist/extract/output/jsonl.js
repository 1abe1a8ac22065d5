export function jsonlFormatter() {
    return {
        needsRepos: false,
        begin: () => '',
        paper: (record) => `${JSON.stringify(record)}\n`,
        end: () => '',
    };
}
//# sourceMappingURL=jsonl.js.map