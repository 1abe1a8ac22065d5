// "Code will be released" (a promise) and "code is available on our GitHub" (a claim) detection.
// Phrase lists are documented in docs/extraction.md. Each pattern is anchored on its verb phrase
// (rare, cheap to find) and then checks that the sentence names code before it: the same result
// as one big regex, without scanning every word of every abstract with it.
import { CLAIM, CODE_WORD, MODAL_BE, OPEN, PROMISE, REVIEW, SITE, SOON, TO_BE, WE, WE_WILL, earliestEnd, scanKeywords } from './keywords.js';
/** What a promise may be about. */
const ARTIFACT = /\b(?:(?:source\s+)?codes?|code\s*base|implementations?|models?|weights|checkpoints|datasets?|data|benchmarks?|toolkits?|software|librar(?:y|ies)|resources|scripts|repositor(?:y|ies)|project)\b/;
/** Claims are about code only: "the dataset is available" says nothing about code. */
const CODE = /\b(?:(?:source\s+)?codes?|code\s*base|implementations?|software|toolkits?|librar(?:y|ies)|repositor(?:y|ies))\b/;
const RELEASED = '(?:released|available|open[- ]?sourced?|public|published|provided|shared|accessible|uploaded)';
const ADVERBS = '(?:\\w+ly\\s+)?(?:made\\s+)?(?:\\w+ly\\s+)?';
const PROMISES = [
    // "Our code and models will be (made) (publicly) available / released / open-sourced (soon)"
    {
        gate: MODAL_BE,
        from: MODAL_BE,
        back: 32,
        verb: new RegExp(`\\b(?:will|shall|would|(?:are|is)\\s+going\\s+to)\\s+(?:soon\\s+|also\\s+|then\\s+)?be\\s+${ADVERBS}${RELEASED}`, 'g'),
        subject: ARTIFACT,
        reach: 100,
    },
    // "We will release / open-source / make … available"
    {
        gate: WE_WILL,
        from: WE_WILL,
        back: 24,
        verb: /\bwe\s+(?:will|shall|plan\s+to|intend\s+to|are\s+going\s+to|aim\s+to)\s+(?:\w+ly\s+)?(?:release|open[- ]?source|publish|share|make|provide)\b/g,
        subject: ARTIFACT,
        reach: 80,
        after: true,
    },
    {
        gate: 0,
        gateAny: SOON | TO_BE,
        from: SOON | TO_BE,
        back: 16,
        verb: /\b(?:coming\s+soon|to\s+be\s+(?:released|open[- ]?sourced|made\s+(?:publicly\s+)?available))\b/g,
        subject: null,
        reach: 0,
    },
    {
        gate: REVIEW,
        from: REVIEW,
        back: 40,
        verb: /\b(?:upon|after)\s+(?:the\s+)?(?:acceptance|publication|review)\b/g,
        subject: ARTIFACT,
        reach: 100,
    },
    { gate: SOON, from: SOON, back: 24, verb: /\b(?:available|released)\s+soon\b/g, subject: ARTIFACT, reach: 100 },
];
const CLAIMS = [
    // "(The) code is (publicly) available / released / open-sourced"
    {
        gate: CODE_WORD,
        from: CODE_WORD,
        back: 0,
        verb: new RegExp(`\\b(?:is|are|has\\s+been|have\\s+been)\\s+(?:now\\s+)?${ADVERBS}${RELEASED}`, 'g'),
        subject: CODE,
        reach: 60,
    },
    // "available at Github", "on our GitHub repository", "hosted on GitHub"
    {
        gate: SITE,
        from: SITE,
        back: 80,
        verb: /\b(?:available|released|hosted|accessible|found)\s+(?:\w+\s+){0,2}(?:on|at|via|from|in)\s+(?:our\s+|the\s+)?(?:github|gitlab|project\s+(?:page|website)|website|homepage)\b/g,
        subject: null,
        reach: 0,
    },
    { gate: SITE, from: SITE, back: 16, verb: /\bon\s+our\s+(?:github|gitlab)\b/g, subject: null, reach: 0 },
    // "We open-source / release our code …", "We open-sourced DKernel"
    { gate: OPEN, from: OPEN, back: 16, verb: /\bwe\s+(?:have\s+)?open[- ]?source[ds]?\b/g, subject: null, reach: 0 },
    {
        gate: WE | CODE_WORD,
        from: WE,
        back: 4,
        verb: /\bwe\s+(?:have\s+)?(?:\w+ly\s+)?(?:release[ds]?|publish(?:ed)?|make|made)\b/g,
        subject: CODE,
        reach: 60,
        after: true,
    },
];
/** The part of `text` in the same sentence as the match at [start, end), on the subject's side. */
function sentenceSide(text, start, end, a) {
    if (a.after) {
        const rest = text.slice(end, end + a.reach);
        const stop = rest.search(/[.!?;]/);
        return stop === -1 ? rest : rest.slice(0, stop);
    }
    const before = text.slice(Math.max(0, start - a.reach), start);
    const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf(';'));
    return stop === -1 ? before : before.slice(stop + 1);
}
/** `positioned`: the keyword positions of the last scan index `text` (same length as the scanned text). */
function matchesAny(text, found, patterns, positioned) {
    for (const a of patterns) {
        if ((found & a.gate) !== a.gate || (a.gateAny !== undefined && (found & a.gateAny) === 0))
            continue;
        const end = positioned ? earliestEnd(a.from) : -1;
        a.verb.lastIndex = end === -1 ? 0 : Math.max(0, end - a.back - 16);
        let m;
        while ((m = a.verb.exec(text)) !== null) {
            if (a.subject === null || a.subject.test(sentenceSide(text, m.index, m.index + m[0].length, a)))
                return true;
        }
    }
    return false;
}
/**
 * The promise patterns on lower-cased text whose keyword bits are `found` (scanKeywords of the
 * same text just before: its marker positions let each regex skip the text before its anchor).
 */
export function promiseIn(lower, found, scannedLength = -1) {
    return (found & PROMISE) !== 0 && matchesAny(lower, found, PROMISES, scannedLength === lower.length);
}
/** The claim patterns on lower-cased text whose keyword bits are `found`. */
export function claimIn(lower, found, scannedLength = -1) {
    return (found & CLAIM) !== 0 && matchesAny(lower, found, CLAIMS, scannedLength === lower.length);
}
/** Does the text say the code will be released later? */
export function mentionsPromise(text) {
    const found = scanKeywords(text);
    return promiseIn(text.toLowerCase(), found, text.length);
}
/** Does the text say the code is (already) available, released or on GitHub? */
export function mentionsClaim(text) {
    const found = scanKeywords(text);
    return claimIn(text.toLowerCase(), found, text.length);
}
//# sourceMappingURL=promises.js.map