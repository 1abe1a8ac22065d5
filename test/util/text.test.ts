import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/sim/random.js';
import { foldSpaces } from '../../src/util/text.js';

describe('foldSpaces', () => {
  it('gives what replace(/\\s+/g, " ") gives, on strings of every kind of white space', () => {
    // Plain spaces weigh more, as in text; the rest is every class of \s JavaScript knows.
    const alphabet = [' ', ' ', ' ', 'a', 'b', '.', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b'];
    const next = seededRandom(15);
    for (let n = 0; n < 20_000; n++) {
      const length = Math.floor(next() * 24);
      let s = '';
      for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(foldSpaces(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' '));
    }
  });

  it('leaves single plain spaces as they are and folds runs and other white space', () => {
    expect(foldSpaces('a b c')).toBe('a b c');
    expect(foldSpaces('  a \t b\n\nc\u00a0')).toBe(' a b c ');
    // U+200B (zero width space) is not white space for \s.
    expect(foldSpaces('a\u200b b')).toBe('a\u200b b');
  });
});
