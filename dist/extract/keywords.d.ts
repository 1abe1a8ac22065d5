export declare const LINK = 1;
/** will be, shall be, would be, going to be (with soon/also/then before be) */
export declare const MODAL_BE = 2;
/** "we " */
export declare const WE = 4;
/** we will, we shall, we plan to, we intend to, we are going to, we aim to */
export declare const WE_WILL = 512;
/** soon */
export declare const SOON = 8;
/** "to be" */
export declare const TO_BE = 16;
/** acceptance, publication, review */
export declare const REVIEW = 32;
/** " code" (at a word start), implementation, software, toolkit, librar(y), repositor(y) */
export declare const CODE_WORD = 64;
/** github, gitlab, website, homepage, project page */
export declare const SITE = 128;
/** open (open-source, opensource) */
export declare const OPEN = 256;
/** Any of these bits: a promise pattern may match (promises.ts checks each pattern's own bits). */
export declare const PROMISE: number;
/** Any of these bits: a claim pattern may match. */
export declare const CLAIM: number;
/** The earliest end of a marker of any of `bits` in the last scan, or -1. */
export declare function earliestEnd(bits: number): number;
/** Which marker groups the text holds (a bit mask of the constants above; 0: nothing to scan for). */
export declare function scanKeywords(text: string): number;
