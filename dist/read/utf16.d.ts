export type Utf16 = 'utf-16le' | 'utf-16be';
/** The UTF-16 flavour a byte order mark at the start of `head` announces, or null. */
export declare function utf16Bom(head: Buffer): Utf16 | null;
/** The chunks of a UTF-16 input as UTF-8 (the mark dropped; a character split across chunks kept whole). */
export declare function utf16ToUtf8(chunks: AsyncIterable<Buffer | string>, encoding: Utf16): AsyncGenerator<Buffer>;
