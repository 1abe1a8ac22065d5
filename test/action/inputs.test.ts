import { describe, expect, it } from 'vitest';
import { InputError, getInput, readActionInputs } from '../../src/action/inputs.js';

describe('getInput', () => {
  it('reads the runner spelling (dashes kept) and the shell spelling (underscores)', () => {
    expect(getInput({ 'INPUT_FAIL-ON': ' empty ' }, 'fail-on')).toBe('empty');
    expect(getInput({ INPUT_FAIL_ON: 'blocked' }, 'fail-on')).toBe('blocked');
    expect(getInput({ 'INPUT_FAIL-ON': 'a', INPUT_FAIL_ON: 'b' }, 'fail-on')).toBe('a');
    expect(getInput({}, 'fail-on')).toBe('');
  });
});

describe('readActionInputs', () => {
  it('splits paths by line and by spaces, skips comments, keeps commas inside globs', () => {
    const read = readActionInputs({ INPUT_PATHS: 'examples/\n# a comment\n  docs/*.md papers/{a,b}.txt\n\n' });
    expect(read.paths).toEqual(['examples/', 'docs/*.md', 'papers/{a,b}.txt']);
  });

  it('leaves unset inputs to the library defaults', () => {
    const read = readActionInputs({ INPUT_PATHS: 'x' });
    expect(read.options.failOn).toBeUndefined();
    expect(read.options.staleDays).toBeUndefined();
    expect(read.options.formats).toBeUndefined();
    expect(read.options.token).toBeUndefined();
    expect(read.options.annotations).toBe(true);
    expect(read.fail).toBe(true);
  });

  it('understands fail-on none and comma or space separated lists', () => {
    expect(readActionInputs({ INPUT_PATHS: 'x', 'INPUT_FAIL-ON': 'none' }).options.failOn).toEqual([]);
    expect(readActionInputs({ INPUT_PATHS: 'x', 'INPUT_FAIL-ON': 'not-found, empty placeholder' }).options.failOn).toEqual([
      'not-found',
      'empty',
      'placeholder',
    ]);
  });

  it.each([
    [{}, /input "paths" is required/],
    [{ INPUT_PATHS: '# only a comment' }, /input "paths" is required/],
    [{ INPUT_PATHS: 'x', 'INPUT_STALE-DAYS': 'soon' }, /stale-days.*"soon"/],
    [{ INPUT_PATHS: 'x', 'INPUT_STALE-DAYS': '0' }, /stale-days/],
    [{ INPUT_PATHS: 'x', INPUT_FORMAT: 'md,pdf' }, /unknown format "pdf"/],
    [{ INPUT_PATHS: 'x', 'INPUT_MAX-AGE': 'a while' }, /max-age.*not a duration/],
    [{ INPUT_PATHS: 'x', INPUT_FAIL: 'maybe' }, /"fail" must be true or false/],
  ])('rejects %o with a one-line message naming the input', (env, message) => {
    expect(() => readActionInputs(env)).toThrow(InputError);
    expect(() => readActionInputs(env)).toThrow(message);
  });
});
