// Every link as written in a file, with its exact position, so a rewrite can touch only the bytes it
// means to. The same scanner and classifier as extraction (extract/), so `fix` sees the links
// `audit` reported, in every form: Markdown, autolinks, bare URLs, code spans, BibTeX, LaTeX.
import { classifyUrl } from '../extract/classify.js';
import { cleanUrl, trimTrailing } from '../extract/clean.js';
import { findUrlCandidates } from '../extract/find-urls.js';
/** The links of `text`, in order. */
export function findOccurrences(text) {
    const found = [];
    let line = 1;
    let scanned = 0;
    for (const candidate of findUrlCandidates(text)) {
        for (let nl = text.indexOf('\n', scanned); nl !== -1 && nl < candidate.start; nl = text.indexOf('\n', scanned)) {
            line++;
            scanned = nl + 1;
        }
        const url = cleanUrl(candidate.text);
        if (!url)
            continue;
        // What cleaning trimmed off the end (`.`, `)`, `>`) is not part of the link; undone LaTeX escapes sit inside it.
        const trimmed = candidate.text.length - trimTrailing(candidate.text).length;
        const end = candidate.end - trimmed;
        found.push({ start: candidate.start, end, line, written: text.slice(candidate.start, end), target: classifyUrl(url) });
    }
    return found;
}
//# sourceMappingURL=occurrences.js.map