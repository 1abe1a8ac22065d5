export const EXTRACT_FORMATS = ['json', 'jsonl', 'csv', 'table'];
//# sourceMappingURL=formatter.js.map