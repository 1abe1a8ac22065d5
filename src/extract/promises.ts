// "Code will be released" (a promise) and "code is available on our GitHub" (a claim) detection.
// Phrase lists are documented in docs/extraction.md; both are matched within one sentence.

/** What the released thing may be called. */
const ARTIFACT =
  '(?:(?:source\\s+)?codes?|code\\s*base|implementations?|models?|weights|checkpoints|datasets?|data|benchmarks?|toolkits?|software|librar(?:y|ies)|resources|scripts|repositor(?:y|ies)|project)';
/** Claims are about code only: "the dataset is available" says nothing about code. */
const CODE = '(?:(?:source\\s+)?codes?|code\\s*base|implementations?|software|toolkits?|librar(?:y|ies)|repositor(?:y|ies))';
const RELEASED = '(?:released|available|open[- ]?sourced?|public|published|provided|shared|accessible|uploaded)';
/** Up to ~12 words between the artifact and its verb, without crossing a sentence end. */
const GAP = '[^.!?;]{0,80}?';
const SHORT_GAP = '[^.!?;]{0,40}?';

const PROMISE_PATTERNS: RegExp[] = [
  // "Our code and models will be (made) (publicly) available / released / open-sourced (soon)"
  new RegExp(`\\b${ARTIFACT}\\b${GAP}\\b(?:will|shall|would|are\\s+going\\s+to|is\\s+going\\s+to)\\s+(?:soon\\s+|also\\s+|then\\s+)?be\\s+(?:\\w+ly\\s+)?(?:made\\s+)?(?:\\w+ly\\s+)?${RELEASED}`, 'i'),
  // "We will release / open-source / make … available"
  new RegExp(`\\bwe\\s+(?:will|shall|plan\\s+to|intend\\s+to|are\\s+going\\s+to|aim\\s+to)\\s+(?:\\w+ly\\s+)?(?:release|open[- ]?source|publish|share|make|provide)\\b${GAP}\\b${ARTIFACT}\\b`, 'i'),
  // "coming soon", "to be released", "upon acceptance/publication"
  /\b(?:coming\s+soon|to\s+be\s+(?:released|open[- ]?sourced|made\s+(?:publicly\s+)?available))\b/i,
  new RegExp(`\\b${ARTIFACT}\\b${GAP}\\b(?:upon|after)\\s+(?:the\\s+)?(?:acceptance|publication|review)`, 'i'),
  new RegExp(`\\b${ARTIFACT}\\b${GAP}\\b(?:available|released)\\s+soon\\b`, 'i'),
];

const CLAIM_PATTERNS: RegExp[] = [
  // "(The) code is (publicly) available / released / open-sourced"
  new RegExp(`\\b${CODE}\\b${SHORT_GAP}\\b(?:is|are|has\\s+been|have\\s+been)\\s+(?:now\\s+)?(?:\\w+ly\\s+)?(?:made\\s+)?(?:\\w+ly\\s+)?${RELEASED}`, 'i'),
  // "available at Github", "on our GitHub repository", "hosted on GitHub"
  /\b(?:available|released|hosted|accessible|found)\s+(?:\w+\s+){0,2}(?:on|at|via|from|in)\s+(?:our\s+|the\s+)?(?:github|gitlab|project\s+(?:page|website)|website|homepage)\b/i,
  /\bon\s+our\s+(?:github|gitlab)\b/i,
  // "We open-source / release our code …"
  new RegExp(`\\bwe\\s+(?:have\\s+)?(?:\\w+ly\\s+)?(?:open[- ]?source[ds]?|release[ds]?|publish(?:ed)?|make|made)\\b${SHORT_GAP}\\b${CODE}\\b`, 'i'),
  new RegExp(`\\bwe\\s+(?:have\\s+)?open[- ]?source[ds]?\\b`, 'i'),
];

/** Words a promise or claim cannot do without: a cheap pre-test before running the patterns. */
const MAY_PROMISE = /will|shall|soon|going to|plan to|intend to|to be|upon|after/i;
const MAY_CLAIM = /available|released|open[- ]?source|public|github|gitlab|accessible|provided|published|shared|hosted/i;

/** Does the text say the code will be released later? */
export function mentionsPromise(text: string): boolean {
  return MAY_PROMISE.test(text) && PROMISE_PATTERNS.some((re) => re.test(text));
}

/** Does the text say the code is (already) available, released or on GitHub? */
export function mentionsClaim(text: string): boolean {
  return MAY_CLAIM.test(text) && CLAIM_PATTERNS.some((re) => re.test(text));
}
