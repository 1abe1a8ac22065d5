/**
 * The promise patterns on lower-cased text whose keyword bits are `found` (scanKeywords of the
 * same text just before: its marker positions let each regex skip the text before its anchor).
 */
export declare function promiseIn(lower: string, found: number, scannedLength?: number): boolean;
/** The claim patterns on lower-cased text whose keyword bits are `found`. */
export declare function claimIn(lower: string, found: number, scannedLength?: number): boolean;
/** Does the text say the code will be released later? */
export declare function mentionsPromise(text: string): boolean;
/** Does the text say the code is (already) available, released or on GitHub? */
export declare function mentionsClaim(text: string): boolean;
