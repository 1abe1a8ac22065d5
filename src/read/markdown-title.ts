// A readable title from a line of Markdown: link texts kept, URLs, emphasis and tags dropped.

const MAX_TITLE = 200;

export function markdownTitle(text: string): string | null {
  // Each rewrite only runs when its marker is there (checked on the text as rewritten so far):
  // most lines hold few of them, and this runs for every list item and table row.
  let t = text;
  if (t.includes('![')) t = t.replace(/!\[[^\]]*\]\([^)]*\)/g, ''); // images
  if (t.includes('](')) t = t.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'); // inline links → their text
  if (t.includes('][')) t = t.replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1'); // reference links → their text
  if (t.includes('<')) t = t.replace(/<[^>]*>/g, ''); // autolinks and HTML tags
  if (t.includes('://')) t = t.replace(/\b(?:https?|git):\/\/\S+/g, ''); // bare URLs
  t = t.replace(/[*_`~]+/g, '');
  if (t.includes('(')) t = t.replace(/\(\s*\)/g, '');
  if (t.includes('[') || t.includes(']')) t = t.replace(/[[\]]/g, '');
  t = t.replace(/\s+/g, ' ').replace(/^[\s|:,;.\-–—]+|[\s|:,;\-–—]+$/g, '');
  if (t === '') return null;
  return t.length > MAX_TITLE ? `${t.slice(0, MAX_TITLE - 1)}…` : t;
}
