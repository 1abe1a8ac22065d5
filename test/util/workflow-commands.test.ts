import { describe, expect, it } from 'vitest';
import { addMask, escapeData, escapeProperty, workflowCommand } from '../../src/util/workflow-commands.js';
import { redact } from '../../src/util/redact.js';

describe('workflow commands', () => {
  it('escapes messages and properties as the runner unescapes them', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc');
  });

  it('cannot be made to start a second command by untrusted text', () => {
    const line = workflowCommand('error', { file: 'x.txt', line: 3 }, 'title\n::add-mask::oops');
    expect(line).toBe('::error file=x.txt,line=3::title%0A::add-mask::oops\n');
    expect(line.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('leaves out empty properties', () => {
    expect(workflowCommand('warning', { file: undefined, title: '' }, 'm')).toBe('::warning::m\n');
    expect(addMask('s3cret')).toBe('::add-mask::s3cret\n');
  });

  it('redacts every occurrence of a secret', () => {
    expect(redact('token s3cret and s3cret', 's3cret')).toBe('token *** and ***');
    expect(redact('nothing', null)).toBe('nothing');
  });
});
