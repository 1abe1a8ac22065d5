// UTF-16 inputs (Windows tools write them): recognised by their byte order mark and turned into
// UTF-8 before anything else reads them, so every reader sees the same text.

export type Utf16 = 'utf-16le' | 'utf-16be';

/** The UTF-16 flavour a byte order mark at the start of `head` announces, or null. */
export function utf16Bom(head: Buffer): Utf16 | null {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/** The chunks of a UTF-16 input as UTF-8 (the mark dropped; a character split across chunks kept whole). */
export async function* utf16ToUtf8(chunks: AsyncIterable<Buffer | string>, encoding: Utf16): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.decode(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk, { stream: true });
    if (text) yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.decode();
  if (rest) yield Buffer.from(rest, 'utf8');
}
