import { describe, expect, it } from 'vitest';
import { readActionInputs, readMode } from '../../src/action/inputs.js';
import { ActionInputError } from '../../src/errors.js';

/** What @actions/core getInput gives for these inputs: the value trimmed, '' when unset. */
const reader = (inputs: Record<string, string>) => (name: string) => (inputs[name] ?? '').trim();

describe('readActionInputs', () => {
  it('splits paths by line and by spaces, skips comments, keeps commas inside globs', () => {
    const read = readActionInputs(reader({ paths: 'examples/\n# a comment\n  docs/*.md papers/{a,b}.txt\n\n' }));
    expect(read.paths).toEqual(['examples/', 'docs/*.md', 'papers/{a,b}.txt']);
  });

  it('leaves unset inputs to the library defaults', () => {
    const read = readActionInputs(reader({ paths: 'x' }));
    expect(read.options.failOn).toBeUndefined();
    expect(read.options.staleDays).toBeUndefined();
    expect(read.options.formats).toBeUndefined();
    expect(read.options.token).toBeUndefined();
    expect('stepSummary' in read.options).toBe(false);
    expect(read.fail).toBe(true);
    expect(read.debug).toBe(false);
    expect(read.options.ignoreFile).toBeUndefined();
  });

  it('job-summary: false turns the job summary off; debug and ignore are read', () => {
    const read = readActionInputs(reader({ paths: 'x', 'job-summary': 'false', debug: 'true', ignore: '.repo-audit-ignore' }));
    expect(read.options.stepSummary).toBeNull();
    expect(read.debug).toBe(true);
    expect(read.options.ignoreFile).toBe('.repo-audit-ignore');
  });

  it('looks up archived copies by default (unlike the command line); archives: false turns it off; swh-token reaches the options', () => {
    expect(readActionInputs(reader({ paths: 'x' })).options.archives).toBe(true);
    expect(readActionInputs(reader({ paths: 'x', archives: 'false' })).options.archives).toBe(false);
    expect(() => readActionInputs(reader({ paths: 'x', archives: 'sometimes' }))).toThrow(/input "archives": must be true or false/);
    expect(readActionInputs(reader({ paths: 'x', 'swh-token': 'swh_secret_0001' })).options.swhToken).toBe('swh_secret_0001');
    expect(readActionInputs(reader({ paths: 'x' })).options.swhToken).toBeUndefined();
  });

  it('understands fail-on none and comma or space separated lists', () => {
    expect(readActionInputs(reader({ paths: 'x', 'fail-on': 'none' })).options.failOn).toEqual([]);
    expect(readActionInputs(reader({ paths: 'x', 'fail-on': 'not-found, empty placeholder' })).options.failOn).toEqual([
      'not-found',
      'empty',
      'placeholder',
    ]);
  });

  it.each([
    [{}, /input "paths" is required/],
    [{ paths: '# only a comment' }, /input "paths" is required/],
    [{ paths: 'x', 'stale-days': 'soon' }, /stale-days.*"soon"/],
    [{ paths: 'x', 'stale-days': '0' }, /stale-days/],
    [{ paths: 'x', format: 'md,pdf' }, /unknown format "pdf"/],
    [{ paths: 'x', 'max-age': 'a while' }, /max-age.*not a duration/],
    [{ paths: 'x', fail: 'maybe' }, /input "fail": must be true or false/],
    [{ paths: 'x', 'job-summary': 'sometimes' }, /input "job-summary": must be true or false/],
  ])('rejects %o with a one-line message naming the input', (inputs, message) => {
    expect(() => readActionInputs(reader(inputs))).toThrow(ActionInputError);
    expect(() => readActionInputs(reader(inputs))).toThrow(message);
  });
});

describe('readMode', () => {
  it('is audit by default, issue on request, and nothing else', () => {
    expect(readMode(reader({}))).toBe('audit');
    expect(readMode(reader({ mode: 'issue' }))).toBe('issue');
    expect(() => readMode(reader({ mode: 'fix' }))).toThrow(/input "mode" must be audit or issue/);
  });
});
