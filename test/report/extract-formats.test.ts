import { describe, expect, it } from 'vitest';
import { csvFormatter } from '../../src/report/extract/csv.js';
import { tableFormatter } from '../../src/report/extract/table.js';

describe('extract --format csv', () => {
  it('quotes cells and defuses formula starts, - included, like repos.csv', () => {
    const row = csvFormatter().paper({
      source: 'a.md',
      line: 3,
      title: '-2+3, "x"',
      date: '=1',
      promised: false,
      claimsCodeWithoutLink: false,
      links: [],
    }, 0);
    expect(row).toBe(`a.md,3,"'-2+3, ""x""",'=1,false,false,,,,,,,\r\n`);
  });
});

describe('extract --format table', () => {
  it('prints a title from the input without its control characters (no terminal escape sequences)', () => {
    const row = tableFormatter().paper({
      source: 'a.txt',
      line: 1,
      title: 'Evil\u001b]0;pwned\u0007 title\u001b[2J',
      date: null,
      promised: true,
      claimsCodeWithoutLink: false,
      links: [],
    }, 0);
    expect(row).not.toMatch(/[\u0000-\u001f](?<!\n)/);
    expect(row).toContain('Evil]0;pwned title[2J');
  });
});
