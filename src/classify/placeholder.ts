// Does a repository's root hold code, or only the trappings of a repository (README, licence,
// images, docs)? design.md: "placeholder — commits exist, but the root holds only README/LICENSE/
// CITATION/.gitignore-like files, Markdown, images or PDFs, and folders such as assets, images…".
import { cmp } from '../util/cmp.js';
import type { TreeEntry } from '../types.js';

/** Files that say something about a project without being any of it. */
const DOC_FILE = /^(readme|license|licence|copying|citation|notice|authors|contributors|contributing|code_of_conduct|security|changelog|changes|todo|support|funding)([._-].*)?$/i;
/** Markdown, text, images, PDFs, citations: what a "coming soon" page is made of. */
const DOC_EXTENSION = /\.(md|markdown|mdx|rst|txt|adoc|png|jpe?g|gif|svg|webp|bmp|ico|pdf|bib|cff|mp4|webm|mov|html?)$/i;
/** Hidden files such as .gitignore, .gitattributes, .editorconfig, .nojekyll. */
const DOT_FILE = /^\./;
/** Folders that hold pictures or prose, not code. */
const DOC_FOLDERS = new Set([
  '.github', 'assets', 'asset', 'images', 'image', 'imgs', 'img', 'figures', 'figure', 'figs', 'fig',
  'docs', 'doc', 'media', 'pics', 'pictures', 'static', 'resources', 'paper', 'demo_images', 'teaser',
]);

function isDocEntry(entry: TreeEntry): boolean {
  if (entry.type === 'tree') return DOC_FOLDERS.has(entry.name.toLowerCase());
  if (entry.type === 'blob') return DOC_FILE.test(entry.name) || DOC_EXTENSION.test(entry.name) || DOT_FILE.test(entry.name);
  // A submodule (`commit`) or anything GitHub may add later counts as content.
  return false;
}

/** null when the root holds code; otherwise a short reason such as "only README.md and LICENSE at the root". */
export function placeholderReason(entries: readonly TreeEntry[]): string | null {
  if (!entries.every(isDocEntry)) return null;
  if (entries.length === 0) return 'nothing at the root';
  // README first ("only README.md and LICENSE"), then by name, so the reason reads naturally and stably.
  const rank = (n: string): number => (/^readme/i.test(n) ? 0 : 1);
  const names = entries
    .map((e) => (e.type === 'tree' ? `${e.name}/` : e.name))
    .sort((a, b) => rank(a) - rank(b) || cmp(a, b));
  if (names.length <= 4) return `only ${joinNames(names)} at the root`;
  return `only documentation and images at the root (${names.length} entries, e.g. ${joinNames(names.slice(0, 3))})`;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
