// Streams an input as lines, chunk by chunk, so a 1 GB file never sits in memory whole.
// Splits on bytes (a UTF-8 multi-byte sequence never holds 0x0A), decodes per chunk.
import { isAscii, isUtf8 } from 'node:buffer';
/** A longer line is reported and skipped rather than held in memory (a 1 GB file without newlines). */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;
/** Bytes inspected for NUL to call a file binary. */
const SNIFF = 8192;
/**
 * Decode `buf` into lines, reporting invalid UTF-8 (replaced by U+FFFD) with its line number.
 * Lines are split on bytes and decoded one by one: an all-ASCII line (checked with SIMD) decodes
 * several times faster than UTF-8, and one accented name must not slow down the whole chunk.
 */
function decode(buf, first, events, state) {
    if (isAscii(buf))
        return stripCr(buf.toString('ascii').split('\n'));
    const lines = [];
    let start = 0;
    for (;;) {
        const nl = buf.indexOf(10, start);
        const end = nl === -1 ? buf.length : nl;
        const bytes = buf.subarray(start, end);
        if (isAscii(bytes))
            lines.push(bytes.toString('ascii'));
        else {
            const text = bytes.toString('utf8');
            if (!state.badUtf8 && text.includes('\uFFFD') && !isUtf8(bytes)) {
                // The first line where bytes were replaced; later ones in the same input are not repeated.
                events.problem(first + lines.length, 'invalid UTF-8 replaced with U+FFFD');
                state.badUtf8 = true;
            }
            lines.push(text);
        }
        if (nl === -1)
            break;
        start = nl + 1;
    }
    return stripCr(lines);
}
function stripCr(lines) {
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (l.endsWith('\r'))
            lines[i] = l.slice(0, -1);
    }
    return lines;
}
/**
 * Read `stream` to its end, handing over complete lines in batches. Returns false when the input
 * was skipped as binary (a NUL byte near the start).
 */
export async function streamLines(stream, events, maxLineBytes = MAX_LINE_BYTES) {
    let carry = null;
    /** Inside an over-long line: its bytes are dropped up to the next newline. */
    let skipping = false;
    let next = 1;
    let firstChunk = true;
    const state = { badUtf8: false };
    for await (const chunk of stream) {
        let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        if (firstChunk) {
            firstChunk = false;
            if (buf.subarray(0, SNIFF).includes(0)) {
                events.problem(null, 'binary file skipped');
                return false;
            }
            if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                buf = buf.subarray(3);
        }
        if (skipping) {
            const nl = buf.indexOf(10);
            if (nl === -1)
                continue;
            skipping = false;
            next++;
            buf = buf.subarray(nl + 1);
        }
        const lastNl = buf.lastIndexOf(10);
        if (lastNl === -1) {
            carry = carry ? Buffer.concat([carry, buf]) : Buffer.from(buf);
            if (carry.length > maxLineBytes) {
                events.problem(next, `line longer than ${Math.round(maxLineBytes / 1024 / 1024)} MiB skipped`);
                carry = null;
                skipping = true;
            }
            continue;
        }
        // The line left over from the last chunk is completed on its own, not by copying the whole
        // new chunk behind it.
        let from = 0;
        if (carry) {
            const firstNl = buf.indexOf(10);
            const head = decode(Buffer.concat([carry, buf.subarray(0, firstNl)]), next, events, state);
            events.lines(head, next);
            next += head.length;
            from = firstNl + 1;
        }
        carry = lastNl + 1 < buf.length ? Buffer.from(buf.subarray(lastNl + 1)) : null;
        if (from <= lastNl) {
            const lines = decode(buf.subarray(from, lastNl), next, events, state);
            events.lines(lines, next);
            next += lines.length;
        }
        const wait = events.after?.();
        if (wait)
            await wait;
    }
    if (carry && carry.length > 0)
        events.lines(decode(carry, next, events, state), next);
    return true;
}
//# sourceMappingURL=lines.js.map