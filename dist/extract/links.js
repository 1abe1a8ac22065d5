import { classifyUrl } from './classify.js';
import { cleanUrl, redactCredentials } from './clean.js';
import { findUrlCandidates } from './find-urls.js';
import { LINK, scanKeywords } from './keywords.js';
/**
 * Links in `text`, whose first line is `line` (1-based). Links to the same URL are kept once
 * (`…/EQ-Net.git{…/EQ-Net}` is one link), in order of appearance.
 */
export function findLinks(text, line, into = []) {
    return (scanKeywords(text) & LINK) === 0 ? into : collectLinks(text, line, into);
}
/**
 * findLinks without the keyword pre-scan (the caller did it). `seen`: the URLs already in `into`
 * (a caller adding many texts to one list keeps it, so the work stays linear).
 */
export function collectLinks(text, line, into, from = 0, seen = new Set(into.map((l) => l.url))) {
    let lineAt = line;
    let scanned = 0;
    for (const candidate of findUrlCandidates(text, from)) {
        for (let nl = text.indexOf('\n', scanned); nl !== -1 && nl < candidate.start; nl = text.indexOf('\n', scanned)) {
            lineAt++;
            scanned = nl + 1;
        }
        const url = cleanUrl(candidate.text);
        if (!url)
            continue;
        const target = classifyUrl(url);
        if (seen.has(target.url))
            continue;
        seen.add(target.url);
        into.push({ ...target, line: lineAt, raw: redactCredentials(candidate.text) });
    }
    return into;
}
//# sourceMappingURL=links.js.map