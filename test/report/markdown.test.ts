import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/audit/build-snapshot.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { MAX_TABLE_ROWS } from '../../src/report/md-table.js';
import { sourceRef } from '../../src/report/occurrences.js';
import { sourceBaseFor } from '../../src/audit/write-reports.js';
import { MARKDOWNLINT_CONFIG } from '../fixtures/report/markdownlint-config.js';
import { NOW, smallExtract, smallFacts } from '../fixtures/report/scenario.js';
import { fixedClock } from '../../src/harvest/clock.js';

const snapshot = () => buildSnapshot({ extract: smallExtract(), facts: smallFacts(), clock: fixedClock(NOW), staleDays: 365, version: '0.0.0-test' });

describe('renderMarkdown', () => {
  it('matches the golden file for the small scenario', async () => {
    await expect(renderMarkdown(snapshot(), null, { sourceBase: '..' })).toMatchFileSnapshot('../fixtures/report/health.golden.md');
  });

  it('passes markdownlint', () => {
    const md = renderMarkdown(snapshot(), null, { sourceBase: '..' });
    const result = lint({ strings: { 'health.md': md }, config: MARKDOWNLINT_CONFIG });
    expect(result['health.md']).toEqual([]);
  });
});

describe('file:line links', () => {
  it('link to the input file at its line, relative to the report', () => {
    expect(renderMarkdown(snapshot(), null, { sourceBase: '..' })).toContain('[`papers/a.txt:3`](../papers/a.txt#L3)');
    expect(renderMarkdown(snapshot(), null, { sourceBase: '' })).toContain('[`papers/a.txt:3`](papers/a.txt#L3)');
  });

  it('are plain code without a base, and never for absolute paths or stdin', () => {
    expect(renderMarkdown(snapshot())).toContain('| `papers/a.txt:3` |');
    expect(sourceRef('/abs/x.txt', 3, '..')).toBe('`/abs/x.txt:3`');
    expect(sourceRef('-', 3, '..')).toBe('`-:3`');
    expect(sourceRef('a (b)/c d.txt', 3, '..')).toBe('[`a (b)/c d.txt:3`](../a%20%28b%29/c%20d.txt#L3)');
  });

  it('sourceBaseFor: the way back from the output folder, or null outside the working directory', () => {
    expect(sourceBaseFor('reports', '/w')).toBe('..');
    expect(sourceBaseFor('out/reports', '/w')).toBe('../..');
    expect(sourceBaseFor('.', '/w')).toBe('');
    expect(sourceBaseFor('/tmp/x', '/w')).toBeNull();
  });
});

describe('problem tables', () => {
  it('a reason shared by every row is said once, above a table without the Reason column', () => {
    const facts = smallFacts().map((f) => (f.key === 'github/good/model' ? { ...f, outcome: 'not-found' as const, httpStatus: 404 } : f));
    const md = renderMarkdown(buildSnapshot({ extract: smallExtract(), facts, clock: fixedClock(NOW), staleDays: 365, version: 't' }));
    expect(md).toContain('### Dead links: not found (2)\n\nReason for all 2: deleted, made private, or never existed.\n\n| Repository | Paper | Link as written | Found at |\n');
  });
});

describe('huge collections', () => {
  it('cut each table at MAX_TABLE_ROWS and say where the rest is', async () => {
    const { facts: f, link, paper } = await import('../fixtures/report/facts.js');
    const n = MAX_TABLE_ROWS + 20;
    const papers = Array.from({ length: n }, (_, i) => paper('big.txt', i * 2 + 1, `P${i}`, [link(`o${i}/r`, i * 2 + 2)]));
    const facts = papers.map((_, i) => f(`o${i}/r`, { outcome: 'not-found', httpStatus: 404 }));
    const repos = facts.map((x, i) => ({ key: x.key, forge: x.forge, kind: x.kind, repo: `o${i}/r`, url: x.url, paths: [], papers: [i] }));
    const md = renderMarkdown(buildSnapshot({ extract: { papers, repos }, facts, clock: fixedClock(NOW), staleDays: 365, version: 't' }));
    expect(md).toContain(`### Dead links: not found (${n})`);
    expect(md).toContain(`The first ${MAX_TABLE_ROWS} of ${n} rows; all of them are in repos.csv and snapshot.json.`);
    expect(md.split('\n').filter((l) => l.startsWith('| [github.com/o')).length).toBe(2 * MAX_TABLE_ROWS);
    expect(lint({ strings: { 'health.md': md }, config: MARKDOWNLINT_CONFIG })['health.md']).toEqual([]);
  });

  it('a run that decided nothing: "Not checked" shows the first MAX_TABLE_ROWS, counts and gives the reason for all', async () => {
    const { link, paper } = await import('../fixtures/report/facts.js');
    const n = MAX_TABLE_ROWS + 30;
    const papers = Array.from({ length: n }, (_, i) => paper('big.txt', i + 1, `P${i}`, [link(`o${String(i).padStart(4, '0')}/r`, i + 1)]));
    const repos = papers.map((p, i) => ({ key: p.links[0]!.key, forge: 'github' as const, kind: 'repo' as const, repo: `o${String(i).padStart(4, '0')}/r`, url: p.links[0]!.url, paths: [], papers: [i] }));
    const md = renderMarkdown(buildSnapshot({ extract: { papers, repos }, facts: [], clock: fixedClock(NOW), staleDays: 365, version: 't', incompleteReason: 'rate limit exhausted (core)' }));
    const section = md.slice(md.indexOf('## Not checked'));
    expect(section).toContain(`Reason for all ${n}: could not be checked: rate limit exhausted (core).`);
    expect(section).toContain(`Show ${n} links`);
    expect(section).toContain(`The first ${MAX_TABLE_ROWS} of ${n} rows; all of them are in repos.csv and snapshot.json.`);
    const rows = section.split('\n').filter((l) => l.startsWith('| [github.com/o'));
    expect(rows).toHaveLength(MAX_TABLE_ROWS);
    expect(rows[0]).toContain('o0000/r');
    expect(rows.at(-1)).toContain(`o${String(MAX_TABLE_ROWS - 1).padStart(4, '0')}/r`);
  });
});
