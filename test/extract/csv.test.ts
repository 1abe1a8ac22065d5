import { describe, expect, it } from 'vitest';
import { csvFormatter } from '../../src/extract/output/csv.js';

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
    expect(row).toBe(`a.md,3,"'-2+3, ""x""",'=1,false,false,,,,,,,\n`);
  });
});
