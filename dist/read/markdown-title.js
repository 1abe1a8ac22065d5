// A readable title from a line of Markdown: link texts kept, URLs, emphasis and tags dropped.
const MAX_TITLE = 200;
export function markdownTitle(text) {
    const t = text
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // inline links → their text
        .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1') // reference links → their text
        .replace(/<[^>]*>/g, '') // autolinks and HTML tags
        .replace(/\b(?:https?|git):\/\/\S+/g, '') // bare URLs
        .replace(/[*_`~]+/g, '')
        .replace(/\(\s*\)/g, '')
        .replace(/[[\]]/g, '')
        .replace(/\s+/g, ' ')
        .replace(/^[\s|:,;.\-–—]+|[\s|:,;\-–—]+$/g, '');
    if (t === '')
        return null;
    return t.length > MAX_TITLE ? `${t.slice(0, MAX_TITLE - 1)}…` : t;
}
//# sourceMappingURL=markdown-title.js.map