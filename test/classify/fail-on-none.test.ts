import { describe, expect, it } from 'vitest';
import { parseFailOn } from '../../src/classify/fail-on.js';

describe('parseFailOn', () => {
  it('takes `none` alone as "never fail", for the CLI, the action and the nightly script alike', () => {
    expect(parseFailOn(['none'])).toEqual([]);
    expect(parseFailOn(['NONE'])).toEqual([]);
    expect(() => parseFailOn(['none,empty'])).toThrow(/unknown "none"/);
    expect(parseFailOn(['not-found, blocked', 'empty'])).toEqual(['not-found', 'blocked', 'empty']);
  });
});
